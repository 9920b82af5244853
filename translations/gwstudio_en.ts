<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Undo Commands</name>
    <message numerus="yes">
        <source>Import %n resource(s)</source>
        <translation>
            <numerusform>Import %n resource</numerusform>
            <numerusform>Import %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw</name>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::Design</name>
    <message>
        <source>defined more than once; the later definition wins, as with kubectl apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has text that was never saved to a file; use Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::DesignEditor</name>
    <message>
        <source>the resource no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no item %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds no manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::DocumentActionHandler</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Kubernetes manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Cafe Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the manifests of a file to this design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste manifests or a kubectl apply snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n resource(s)</source>
        <translation>
            <numerusform>Imported %n resource</numerusform>
            <numerusform>Imported %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1 from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::EditActionHandler</name>
    <message>
        <source>&amp;Paste Manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the manifests on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ImportDialog</name>
    <message>
        <source>Import from Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Kubernetes manifests, or a shell snippet with &lt;code&gt;kubectl apply -f - &amp;lt;&amp;lt;EOF&lt;/code&gt; blocks as documentation shows them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::MainWindow</name>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx -T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration NGINX Gateway Fabric would generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected resource as it will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gateway Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gateway Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gateway Studio %1&lt;/h3&gt;&lt;p&gt;Design Gateway API routing for NGINX Gateway Fabric, preview the nginx configuration and status it would produce, and see which Pod each client reaches.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ObjectReader</name>
    <message>
        <source>too many alias expansions (more than %1): the document looks like an alias bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown alias &quot;*%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (quote it: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer or a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a single value, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::Prompts</name>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Studio did not close properly last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1 were saved automatically at %2. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::Resource</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ResourceParser</name>
    <message>
        <source>a manifest must be a mapping with apiVersion, kind and metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion is missing: every manifest needs apiVersion and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind is missing: every manifest needs apiVersion and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generateName is not supported: give the object a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: every object needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an RFC 3339 time such as 2025-12-09T23:51:52Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than or equal to 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ViewActionHandler</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the topology to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the topology to fit the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Topology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the topology as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::cli</name>
    <message>
        <source>Usage: gwstudio [FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       gwstudio SUBCOMMAND [OPTIONS] FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Studio designs Gateway API routing for NGINX Gateway Fabric, previews the nginx configuration and status NGF would produce, and simulates which Pod each client reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a subcommand, opens the editor on the given manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands (they never open a window):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;gwstudio SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the input is valid but has problems, 2 usage or input errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: the subcommand &quot;%1&quot; is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KIND/[NAMESPACE/]NAME:FIELD=VALUE, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KIND/[NAMESPACE/]NAME before the colon, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed field path &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::cli::ExportCommand</name>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one field before writing, keeping everything else byte for byte (e.g. Deployment/coffee:spec.replicas=3). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND/[NS/]NAME:FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the manifests kubectl-ready; unchanged documents byte-identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 named %2/%3 in the input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::cli::InputOptions</name>
    <message>
        <source>NGINX Gateway Fabric release profile (default: the latest release modelled; &quot;edge&quot; for main).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Plus data plane (default: NGINX OSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway API experimental features enabled (sessionPersistence needs it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gateway to use (default: the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NS/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests to read (.yaml/.yml); - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: no input files (use - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: standard input (-) can only be read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;stdin&gt;: the input is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::cli::RenderCommand</name>
    <message>
        <source>Print only the content of this generated file (e.g. /etc/nginx/conf.d/http.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the nginx configuration NGF would generate, as nginx -T lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: unknown NGF version &quot;%1&quot;; supported: %2 (also vX.Y.Z, X.Y, main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio render: NGF writes no file %1; it writes: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::cli::StatusCommand</name>
    <message>
        <source>print the status NGF would write, as YAML (exit 1 when something is not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::Generator</name>
    <message>
        <source>Gateway %1/%2 is not an NGINX Gateway Fabric Gateway of this design (it has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1/%2 is not an NGINX Gateway Fabric Gateway of this design; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has no Gateway of NGINX Gateway Fabric&apos;s class (gatewayClassName: nginx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has several Gateways; choose one with --gateway NS/NAME: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::GraphBuilder</name>
    <message>
        <source>GatewayClass &quot;%1&quot; is not NGINX Gateway Fabric&apos;s; NGF ignores this Gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::RouteProcessor</name>
    <message>
        <source>the preview does not render %1 filters; the rule is shown without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::runGui</name>
    <message>
        <source>Cannot Recover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::DeploymentForm</name>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;surge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;unavailable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;lector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod la&amp;bels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports of the selected container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Pods (0 replicas).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::EndpointSliceForm</name>
    <message>
        <source>Endpoint slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::FieldBinding</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::FieldDelegate</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::FieldSpec</name>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::FilterEditor</name>
    <message>
        <source>Select a filter to edit its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path rewrite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::FormContext</name>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename key %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::GatewayClassForm</name>
    <message>
        <source>Gateway class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Controller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::GatewayForm</name>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::MappingModel</name>
    <message>
        <source>a key cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::NginxProxyForm</name>
    <message>
        <source>Data plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP &amp;family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable &amp;HTTP/2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 512k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recursive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::PreviewWidget</name>
    <message>
        <source>Generated nginx configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nginx preview: this build has no NGF engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration NGINX Gateway Fabric would generate appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 lines</source>
        <translation>
            <numerusform>%n file, %1 lines</numerusform>
            <numerusform>%n files, %1 lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed</source>
        <translation>
            <numerusform>%n line changed</numerusform>
            <numerusform>%n lines changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::views::ProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ProfileBar</name>
    <message>
        <source>NGF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperimental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Gateway Fabric version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NGINX Gateway Fabric release whose output is previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Open Source or NGINX Plus as the data plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway API experimental features (sessionPersistence needs them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Gateway gets its own nginx; choose the one to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge (main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the only one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::PropertiesView</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no form for %1 resources; edit them in the YAML tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource to edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ReferenceGrantForm</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ResourceActions</name>
    <message>
        <source>&amp;Add Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected resource under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected resource&apos;s manifest to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ResourceForm</name>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ResourceTreeModel</name>
    <message numerus="yes">
        <source>%1: %n resource(s)</source>
        <translation>
            <numerusform>%1: %n resource</numerusform>
            <numerusform>%1: %n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ResourceTreeView</name>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::RouteForm</name>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::RuleEditor</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backend request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky sessions with a cookie (NGINX Plus, experimental features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: sp_&lt;route&gt;_&lt;namespace&gt;_&lt;rule&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absolute timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable session persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable session persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; NGF reports rule names as unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::SecretForm</name>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;String data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string data key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::SequenceEditor</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::SequenceModel</name>
    <message>
        <source>Not set: %1 applies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ServiceForm</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::TopologyGraph</name>
    <message>
        <source>any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n condition</numerusform>
            <numerusform>%n conditions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es)</source>
        <translation>
            <numerusform>%n more match</numerusform>
            <numerusform>%n more matches</numerusform>
        </translation>
    </message>
    <message>
        <source>no ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::TopologyScene</name>
    <message>
        <source>Drag to a Service to add a backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to a listener to attach the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to a Service to target it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to Service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1 to listener %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply %1 to Service %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::TopologyView</name>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a manifest, paste one (Ctrl+Shift+V), or add a Gateway to start.
Gateways, routes, Services and Pods will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Studio topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::UpstreamSettingsPolicyForm</name>
    <message>
        <source>Target Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 512k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cluster &amp;IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 60s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::YamlView</name>
    <message>
        <source>YAML of the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource to see its YAML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits apply when you pause typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::yaml</name>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::yaml::Document</name>
    <message>
        <source>more than one document in one document chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::yaml::Editor</name>
    <message>
        <source>%1: there is no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an alias; edit the anchored value instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot insert at %2 (the list has %3 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the whole document this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::yaml::Stream</name>
    <message>
        <source>the input is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is not text (it contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here-document started here is not closed by &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::yaml::TreeBuilder</name>
    <message>
        <source>duplicate key &quot;%1&quot; (first defined on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one document in one document chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::yaml::Value</name>
    <message>
        <source>too many alias expansions (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
