<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gw::BackendTlsParser</name>
    <message>
        <source>required: a BackendTLSPolicy needs spec.validation with a hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal base64 data: the API server stores binaryData as base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::BrokenFileDialog</name>
    <message>
        <source>Repair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 does not read as Kubernetes manifests.&lt;/b&gt; Fix the marked lines and open it; the design you have open stays as it is until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the repaired text to %1, then open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the repaired text as an unsaved change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text reads well now: open it.</source>
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
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces the existing %1, as kubectl apply would</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n resource(s)</source>
        <translation>
            <numerusform>Import %n resource</numerusform>
            <numerusform>Import %n resources</numerusform>
        </translation>
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
    <message>
        <source>Save the design under a new name, with Gateway Studio&apos;s own documents (scenarios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for kubectl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the manifests kubectl applies, without Gateway Studio&apos;s own documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save As: %n resource(s), ready for kubectl</source>
        <translation>
            <numerusform>Save As: %n resource, ready for kubectl</numerusform>
            <numerusform>Save As: %n resources, ready for kubectl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save As: %n resource(s) and %1 (File ▸ Export for kubectl leaves those out)</source>
        <translation>
            <numerusform>Save As: %n resource and %1 (File ▸ Export for kubectl leaves those out)</numerusform>
            <numerusform>Save As: %n resources and %1 (File ▸ Export for kubectl leaves those out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Gateway Studio document(s)</source>
        <translation>
            <numerusform>%n Gateway Studio document</numerusform>
            <numerusform>%n Gateway Studio documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no manifests to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export for kubectl: %n resource(s)</source>
        <translation>
            <numerusform>Export for kubectl: %n resource</numerusform>
            <numerusform>Export for kubectl: %n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) for kubectl to %1</source>
        <translation>
            <numerusform>Exported %n resource for kubectl to %1</numerusform>
            <numerusform>Exported %n resources for kubectl to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(left out: %n Gateway Studio document(s))</source>
        <translation>
            <numerusform>(left out: %n Gateway Studio document)</numerusform>
            <numerusform>(left out: %n Gateway Studio documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;TLS and L4 Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS terminated, passed through and re-encrypted, and a TCP route, on one Gateway</source>
        <translation type="unfinished"></translation>
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
    <name>gw::FieldDescription</name>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session persistence type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session idle timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method match type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GatewayClass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load-balancing method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::FilterParser</name>
    <message>
        <source>required: a SnippetsFilter needs spec.snippets (1 to 4 snippets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a snippet context (main, http, http.server, http.server.location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one snippet is allowed per context (&quot;%1&quot; is used twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to 4 snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authentication type (Basic, JWT, OIDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the Secret that holds the htpasswd data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 requires spec.%2 to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 must not set spec.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should match &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most 1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JWT key source (File, Remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret that holds the JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source File requires spec.file to be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source File must not set spec.remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source Remote requires spec.remote to be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source Remote must not set spec.file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be at least 1 chars long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret that holds the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret that holds the CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraAuthArgs keys must contain only alphanumeric characters, hyphens, underscores, or dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should have at most 16 properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::HelpActionHandler</name>
    <message>
        <source>About Gateway Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gateway Studio %1&lt;/h3&gt;&lt;p&gt;Design Gateway API routing for NGINX Gateway Fabric, preview the nginx configuration and status it would produce, and see which Pod each client reaches.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read how to design, preview and simulate with Gateway Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gateway Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Studio User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
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
    <name>gw::LabelCarrier</name>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the label %1 along to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::MainWindow</name>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>&amp;Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the design: canvas, resources, properties, preview (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate clients, events and session persistence (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restart Gateway Studio: start it again yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::NgfPolicyParser</name>
    <message>
        <source>TargetRef Kind must be one of: Gateway, HTTPRoute, or GRPCRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetRef Group must be gateway.networking.k8s.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetRef Group must be gateway.networking.k8s.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetRef Kind and Name combination must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should have at least 1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most 16 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mix Gateway kind with HTTPRoute or GRPCRoute kinds in targetRefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;info&quot;, &quot;notice&quot;, &quot;warn&quot;, &quot;error&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NoDelay cannot be true when Delay is also set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetRef Kind must be: Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetRef Name must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;main&quot;, &quot;http&quot;, &quot;http.server&quot;, &quot;http.server.location&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one snippet allowed per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be at least 1 chars long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most 4 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetRef Kind must be: HTTPRoute or GRPCRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;ratio&quot;, &quot;parent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio can only be specified if strategy is of type ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;extract&quot;, &quot;inject&quot;, &quot;propagate&quot;, &quot;ignore&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 255 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should match &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate value: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most 64 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::NginxProxyParser</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the pattern %2</source>
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
    <message>
        <source>Carry the Labels Along?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Pods and Services are still linked by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change these labels to %1 as well? (One undo step; the link stays as it is.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Studio will speak %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now? You are asked about unsaved changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
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
    <message>
        <source>&quot;%1&quot; is not an API version (GROUP/VERSION, such as apps/v1, or VERSION, such as v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl finds no %1 in %2: %1 is served as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use lower case letters, digits and &apos;-&apos;, starting with a letter and ending with a letter or digit (RFC 1035)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use lower case letters, digits and &apos;-&apos;, starting and ending with a letter or digit (RFC 1123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use lower case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit (RFC 1123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: a Service of type ExternalName needs externalName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name: use lower case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit (RFC 1123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excessive aliasing: resolving the document&apos;s aliases gives more than %1 nodes (an alias bomb); kubectl refuses such a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next node up, down, to the left or right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected node&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu of the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next and previous match in the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return, Shift+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next and previous panel or field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous or next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected event by a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::SimulationActionHandler</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a simulation scenario to the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-through Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session persistence guide&apos;s cafe design and play its curl loops, with the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet; run the simulation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Studio simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no results yet; run the simulation first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-through in Local &amp;nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide&apos;s cafe design and send its curl loops to it running in a private local nginx, beside the predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Keep the Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the sandbox&apos;s logs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no probe results yet; run the probe first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::TextActionHandler</name>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the nginx preview or the YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next lines of the preview that the last edit changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous lines of the preview that the last edit changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last edit changed nothing in the generated configuration.</source>
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
        <source>gwstudio: cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Address families the data plane listens on and sends to: dual, ipv4 or ipv6 (default: the NginxProxy&apos;s ipFamily, else dual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 on the listeners: on or off (default: the NginxProxy&apos;s disableHTTP2, else on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: the editor needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These subcommands work without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;gwstudio --help&quot; for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: unknown subcommand &quot;%1&quot;; the subcommands are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open a file of that name in the editor, write it as ./%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF&apos;s control plane runs with snippets enabled (SnippetsFilter and SnippetsPolicy take effect only then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
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
</context>
<context>
    <name>gw::cli::MigrateCommand</name>
    <message>
        <source>The controller the Ingresses were written for (only ingress-nginx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTROLLER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert for NGF with NGINX Plus (cookie session persistence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert for NGF with experimental features (session persistence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the Gateway to create (default: gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the converted manifests to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to REPORT instead of standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of the report: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert ingress-nginx Ingresses to a Gateway, HTTPRoutes and NGF policies, with a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: only &quot;ingress-nginx&quot; is supported, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report-format: expected text or json, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gateway-name: &quot;%1&quot; is not a valid resource name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::cli::ProbeCommand</name>
    <message>
        <source>Probe the design running on a private local nginx (see gwstudio sandbox), started and stopped for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the gateway at this URL (http:// or https://, host and port; e.g. http://127.0.0.1:8080 through kubectl port-forward).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests to send, as CSV (client, host, path, method, cookie, header:..., at_ms, duration_ms), as gwstudio simulate --requests reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client keeps the cookies answers set and sends them later (curl -c/-b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One connection per client, reused (default: one connection per request, as curl in a loop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the answer names its Pod: body (the demo apps&apos; &quot;Server name:&quot; and &quot;Server address:&quot;, default), header:NAME or regex:RX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at most (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for one request&apos;s answer (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse a CSV with more requests than this (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address a remote gateway sees for every request (its $remote_addr), for the predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS: trust the certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS: accept any certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the predictions&apos; random draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send requests for real and compare each answer with the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --sandbox or --target URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the requests to send with --requests REQUESTS.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port, --nginx and --keep-logs belong to --sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-address expects an IP address, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 requests, more than %3 (raise --max-requests to send them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
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
    <message>
        <source>gwstudio: --ip-family expects dual, ipv4 or ipv6, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: --http2 expects on or off, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::cli::SandboxArguments</name>
    <message>
        <source>Run listener port LISTENER on local port LOCAL of 127.0.0.1 (default: the same port when it is 1024 or above and free, else a free one). May be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LISTENER=LOCAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nginx binary (default: nginx on PATH, else /usr/sbin/nginx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the sandbox stops, copy its error and access logs and configuration into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gwstudio: --port expects LISTENER=LOCAL with two port numbers, e.g. 80=8080, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx %1 (pid %2, user %3) runs the design under %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::cli::SandboxCommand</name>
    <message>
        <source>Stop after this many seconds (default: run until Ctrl-C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the design on a private local nginx (loopback only) until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration expects a number of seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1 s; Ctrl-C stops it. Access log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running; Ctrl-C stops it. Access log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs and configuration kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped nginx (pid %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::cli::SimulateCommand</name>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 (the simulation answers its requests with 502)</source>
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
    <message>
        <source>Trace mode: the requests to simulate, as CSV (client, host, path, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario mode: a SimulationScenario (client populations, replicas, events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCENARIO.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario to run when the file holds several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace mode: every client keeps the cookies responses set and sends them later (curl -c/-b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of every random draw (random methods, traffic splits, clients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format. Trace mode: csv (default) or json. Scenario mode: text (default), csv, json, transcript (the guide&apos;s curl output) or requests (one CSV row per request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time of the simulation&apos;s start, RFC 3339 (default 2026-01-01T00:00:00Z; the scenario&apos;s startTime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario mode: requests kept in full with explanations (default: the scenario&apos;s record; -1: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate which Pod answers each request, as nginx balances them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --requests REQUESTS.csv (trace mode) or --scenario SCENARIO.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a whole number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start expects an RFC 3339 time such as 2025-12-10T01:39:55Z, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace mode writes csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to scenario mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario mode writes %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cookie-jar belongs to trace mode; a scenario sets cookieJar per population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record expects a number of requests, or -1 for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transcript lists every request; this scenario plans more than %1 (use --format requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design cannot be simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario mode: run the scenario under every session persistence method (ip_hash, hash consistent, sticky cookie, random two least_conn, round robin) and judge each; text (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --compare: the key of the consistent hash (default: a cookie or header the scenario&apos;s requests send, else $remote_addr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare writes text, csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hash-key goes with --compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data plane: ngf (default: the configuration NGF generates, nginx&apos;s balancers) or ingress-nginx (the design&apos;s Ingresses through ingress-nginx v1.15.1&apos;s Lua balancers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --engine ingress-nginx: nginx workers per replica, each with its own balancers (default: the ConfigMap&apos;s worker-processes, else 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine is ngf or ingress-nginx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workers expects 1 to 64 and goes with --engine ingress-nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare compares NGF&apos;s methods; it does not go with --engine ingress-nginx</source>
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
    <name>gw::ingress::Annotations</name>
    <message>
        <source>&quot;%1&quot; is not a boolean (true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comma-separated list of CIDRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has characters ingress-nginx does not accept here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ingress::IngressReader</name>
    <message>
        <source>a backend is either a service or a resource, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the Service this path sends traffic to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the Service port, by number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the port&apos;s number or its name, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the port&apos;s number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host is a DNS name without port or path (&quot;shop.example.com&quot;, &quot;*.example.com&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: Prefix, Exact or ImplementationSpecific (networking.k8s.io/v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pathType &quot;%1&quot;: Prefix, Exact or ImplementationSpecific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path must start with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ingress needs rules or a defaultBackend (the API server refuses it otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second ingress-nginx ConfigMap: %1 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was removed in Kubernetes 1.22; ingress-nginx v1.15 reads networking.k8s.io/v1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::migrate::AnnotationMapper</name>
    <message>
        <source>cookie affinity needs NGINX Plus and experimental features in NGF (--plus --experimental); UpstreamSettingsPolicy ip_hash on the Ingress&apos;s Services instead: clients are kept by the first three octets of their IPv4 address (everyone behind one NAT shares a Pod), adding a Pod moves most clients, and no %1 cookie is set. Every session moves once at cut-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cookie affinity in NGF OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessionPersistence (cookie %1) on the rules: NGINX Plus &quot;sticky cookie&quot; names the Pod like affinity-mode persistent%2; the cookie&apos;s value changes, so every session moves once at cut-over; NGF writes no HttpOnly, Secure, SameSite or Domain attribute, and re-sends the cookie on every response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (balanced mode&apos;s sessions moved on scale-up, these do not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sticky cookie keeps a session on its Pod, as persistent mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see affinity: sticky cookie behaves like persistent mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessionName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absoluteTimeout %1 (cookie expires=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session-cookie-max-age is used instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF sets the cookie&apos;s path from the rule&apos;s paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway API sessionPersistence has no such setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress-nginx ignores this value (%1); nothing emitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UpstreamSettingsPolicy hash consistent on %1: nginx&apos;s ring is not resty.chash&apos;s, so about (n-1)/n of the keys reach another Pod at cut-over; a request without the key goes by round robin instead of to one Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF&apos;s hashMethodKey is a single variable (^\$[a-z_]+$); use one variable such as $remote_addr or $cookie_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx has no subset hashing; the key hashes to single Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UpstreamSettingsPolicy %1, the nearest nginx method to peak EWMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UpstreamSettingsPolicy round_robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress-nginx does not use this value alone; round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an nginx size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientSettingsPolicy body.maxSize %1 (rounded up to 4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientSettingsPolicy body.maxSize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number of seconds NGF accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxySettingsPolicy timeout.%1 %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxySettingsPolicy buffering.disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxySettingsPolicy buffering.%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxySettingsPolicy buffering.buffers %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RateLimitPolicy %1r/%2, burst %3, nodelay, per client address, rejectCode 503 as in ingress-nginx; the limit applies to every path of the route, and NGF&apos;s zone is its own (ingress-nginx: one per Ingress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules&apos; burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SnippetsFilter (&quot;deny&quot; in the locations): needs snippets enabled in NGF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SnippetsFilter (&quot;allow&quot; ... &quot;deny all&quot; in the locations): needs snippets enabled in NGF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SnippetsFilter context http.server.location, copied as written: needs snippets enabled in NGF, and Lua or more_set_headers directives do not exist in NGF&apos;s nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SnippetsFilter context http.server, copied as written: needs snippets enabled in NGF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF has no digest authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthenticationFilter needs a Secret in the route&apos;s namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthenticationFilter Basic with Secret %1 (key &quot;auth&quot;), realm &quot;%2&quot;; NGF passes the Authorization header on to the backend, ingress-nginx removed it%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CORS filter on every rule, with ingress-nginx&apos;s defaults for what is not written; with origin &quot;*&quot; and credentials NGF echoes the request&apos;s Origin where ingress-nginx sends &quot;*&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF has no error pages served by a default backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF answers 503 when a Service has no endpoints; there is no fallback Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF always balances over the endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF uses nginx&apos;s defaults for retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy; it needs limit_conn_zone in the http context and limit_conn in the locations (snippets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converted; add an HTTPRoute for the other name with a RequestRedirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converted (HTTPS needs a BackendTLSPolicy with a CA and hostname, GRPC a GRPCRoute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress-nginx v1.15.1 does not know this annotation (it had no effect); nothing emitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Studio does not convert this annotation; nothing emitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UpstreamSettingsPolicy %1 for the Services without their own setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored by ingress-nginx too: cookie affinity takes precedence (balancer.lua get_implementation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored by ingress-nginx too: affinity or upstream-hash-by takes precedence (balancer.lua get_implementation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLRewrite hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestHeaderModifier set X-Forwarded-Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the canary&apos;s rules take the primary&apos;s sessionPersistence (or its OSS fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored on a canary Ingress by ingress-nginx too: the primary&apos;s settings apply to the canary&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::migrate::BasicAuthSecret</name>
    <message>
        <source>; the Secret is not in the input and is an auth-map (one key per user): NGF needs the htpasswd file under the key &quot;auth&quot; of an Opaque Secret, rewrite the Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the Secret is not in the input: NGF needs it of type Opaque with the htpasswd file under the key &quot;auth&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Secret %1 is an auth-map (one key per user), which NGF does not read: its users are written to %2 as the htpasswd file (keep %1 for ingress-nginx until it is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the Secret has no key &quot;auth&quot;: ingress-nginx denies these locations and NGF refuses the filter (the rules answer 500) until the htpasswd file is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; NGF does not read Secret %1 of type %2: its key &quot;auth&quot; is copied to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::migrate::IngressConverter</name>
    <message>
        <source>the input has no Ingress (networking.k8s.io/v1) to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input has no Ingress of ingress-nginx to convert (%1 belong to other controllers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another controller&apos;s class: left out, as ingress-nginx leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a List mixes Ingresses with %n other resource(s); they are not written, export them separately</source>
        <translation>
            <numerusform>a List mixes Ingresses with %n other resource; it is not written, export it separately</numerusform>
            <numerusform>a List mixes Ingresses with %n other resources; they are not written, export them separately</numerusform>
        </translation>
    </message>
    <message>
        <source>no secretName: ingress-nginx served its default certificate; a Gateway listener needs a certificate Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hosts: the certificate is not attached to any listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret %1/%2 is not in the input: NGF keeps the HTTPS listener invalid until it exists, where ingress-nginx served its default certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::migrate::MigrationReport</name>
    <message>
        <source>converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted with a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not convertible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) converted, </source>
        <translation>
            <numerusform>%n item converted, </numerusform>
            <numerusform>%n items converted, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n converted with a difference, </source>
        <translation>
            <numerusform>%n converted with a difference, </numerusform>
            <numerusform>%n converted with a difference, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not convertible</source>
        <translation>
            <numerusform>%n not convertible</numerusform>
            <numerusform>%n not convertible</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::migrate::RouteBuilder</name>
    <message>
        <source>a resource backend has no Gateway API equivalent; the rule has no backend (NGF answers 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backendRef needs a port number and the input has no Service %1/%2 with a port named &quot;%3&quot;; the rule has no backend (NGF answers 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1: PathPrefix %2 with URLRewrite ReplacePrefixMatch &quot;/&quot;; NGF matches the prefix case-sensitively (ingress-nginx: &quot;~*&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1: URLRewrite ReplaceFullPath %2: every URI the path matches becomes %2, as in ingress-nginx, and the query string is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1: URLRewrite cannot use regex captures (NGF forbids &quot;$&quot; in rewrite paths) and the target is not one of the prefix idioms (P(/|$)(.*) -&gt; /$2, P/(.*) -&gt; /$1, P(/.*) -&gt; $1); requests reach the backend unrewritten. A SnippetsFilter with &apos;rewrite &quot;(?i)%1&quot; %2 break;&apos; (snippets enabled) would keep the behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF refuses a RegularExpression path with &quot;{&quot;, &quot;}&quot;, &quot;;&quot; or spaces; written as PathPrefix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host %1 is in regex mode (another Ingress of it uses use-regex or rewrite-target), so ingress-nginx matched this path as the case-insensitive regex &quot;^%2&quot;; written as RegularExpression %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImplementationSpecific: ingress-nginx matched &quot;%1&quot; as a string prefix (it also matched &quot;%1x&quot;); PathPrefix matches whole path segments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored by ingress-nginx too: temporal-redirect wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an absolute URL; RequestRedirect needs scheme and host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; status %1 is not possible in Gateway API, %2 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestRedirect %1 to %2; NGF appends the request&apos;s query string ($is_args$args), ingress-nginx&apos;s &quot;return&quot; does not%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1: a second canary of the same path; ingress-nginx uses only the first (%2), so does the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joins the rules of %1 for host %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF&apos;s header rule always wins, while in ingress-nginx a client holding the primary&apos;s affinity cookie stays on the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule matching header %1: %2 goes to the canary; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule matching header %1 against the regex %2 goes to the canary (NGF&apos;s njs tests each comma-separated value, ingress-nginx the whole header with PCRE); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header rules for %1 (&quot;always&quot; to the canary, &quot;never&quot; to the primary); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules matching the Cookie header against %1 (canary) and %2 (primary); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backendRef weights %1 (primary) and %2 (canary): NGF splits each request anew (split_clients on $request_id), so a client is not kept on the canary as ingress-nginx&apos;s affinity cookie keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below 100, which ingress-nginx ignores; 100 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights&apos; total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host has no TLS here; rules answer 308 to https only for requests with X-Forwarded-Proto: http (a TLS-terminating load balancer in front); ingress-nginx redirected every plain-HTTP request unless use-forwarded-headers was on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPRoute %1-ssl-redirect on the http listener answers 308 to https; NGF keeps a trailing slash and redirects /.well-known/acme-challenge too, where ingress-nginx strips the slash and exempts that path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Exact &quot;/&quot; rule with RequestRedirect 302 to %1; NGF&apos;s Location names the listener&apos;s port and keeps the query string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS host: nothing to redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routes attach to the http and https listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: nothing to redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths as RegularExpression &quot;/(?i)...&quot; (case-insensitive like ingress-nginx&apos;s &quot;~*&quot;); NGF orders regex locations of equal length by path ascending, ingress-nginx descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 has no primary Ingress with the same host, path and pathType (ingress-nginx drops such a canary too); nothing emitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 splits between the primary and a canary by weight: NGF gives each backend its own sticky upstream under the same cookie name (graph/backend_refs.go), so a client drawn to the other backend has its cookie replaced; ingress-nginx keeps a canary client on the canary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::BackendRefResolver</name>
    <message>
        <source>InferencePool backends need NGINX Gateway Fabric&apos;s inference extension, which the preview models as off (NGF&apos;s default): NGF looks for a Service of that name instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::BackendTlsProcessor</name>
    <message>
        <source>NGINX Gateway Fabric v2.6.7 ignores subjectAltNames: nginx verifies the backend certificate against spec.validation.hostname (proxy_ssl_name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Gateway Fabric v2.6.7 ignores BackendTLSPolicy options; no option reaches the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backendRef of a route of NGINX Gateway Fabric&apos;s Gateways uses a Service this policy targets: NGF writes no status for it and it changes no configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it is invalid: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::FilterProcessor</name>
    <message>
        <source>NGF watches SnippetsFilters only when its control plane runs with snippets enabled (--snippets): it writes this filter no status, and ExtensionRefs to it are not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview does not model %1 authentication (NGINX Plus): NGF&apos;s checks of the filter are not made, it is shown as accepted, and the auth_jwt/auth_oidc lines NGF writes are left out</source>
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
    <name>gw::ngf::L4RouteProcessor</name>
    <message>
        <source>NGF watches %1s only with experimental features (--experimental): it leaves this route out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two parentRefs name the same listener: NGF drops every parent of this route and writes an empty status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::ListenerSetProcessor</name>
    <message>
        <source>Gateway %1/%2 is not in the design or not of NGINX Gateway Fabric&apos;s class: NGF ignores this ListenerSet and writes no status for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::NgfPolicyProcessor</name>
    <message>
        <source>There is no NGF Gateway: NGF ignores %1 %2 and writes no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF knows no %1 %2/%3 (of NGF&apos;s Gateways and their routes): this target is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the targets exists: NGF ignores %1 %2 and writes no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF watches SnippetsPolicies only when its control plane runs with snippets enabled (--snippets): it ignores this policy and writes it no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 has no NginxProxy: NGF then skips the telemetry check and applies the policy, but main.conf loads no otel module, so nginx rejects otel_trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 has no NginxProxy: NGF then skips the WAF check and applies the policy to the route, but main.conf loads no App Protect module, so nginx rejects app_protect_enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::NginxProxyProcessor</name>
    <message>
        <source>NGINX Gateway Fabric writes only the IPAddress entries of dnsResolver addresses into the resolver directive; this Hostname is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview does not model disableBaseHeaders (edge): the base proxy_set_header lines are still shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::RouteProcessor</name>
    <message>
        <source>NGF runs without snippets (--snippets): it does not watch SnippetsFilters, so this reference is not found and the rule answers 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview does not render %1 filters; the rule is shown without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview does not render %1 authentication: the rule is shown without the auth_jwt/auth_oidc lines NGF writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::Unmodelled</name>
    <message>
        <source>%1 attaches to listener %2, but Gateway Studio does not model %3: the listener&apos;s status and routes leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF acts on %1, but Gateway Studio does not model it yet: the preview, the status and the simulation leave it out (it is kept and exported as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Gateway Fabric does not act on %1 (%2): it is kept and exported as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::AuthJwt</name>
    <message>
        <source>auth_jwt is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Bearer token in the Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Bearer token is present; its signature, expiry and claims are not verified by the simulator (NGINX Plus checks them against the JWKS): the request goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::AuthBasic</name>
    <message>
        <source>auth_basic is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user/password was provided for basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pread() &quot;%1&quot; failed (21: Is a directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open() &quot;%1&quot; failed (2: No such file or directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crypt_r() failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: password mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::CompileLog</name>
    <message>
        <source>pcre2_compile() failed: %1 in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::ComplexValue</name>
    <message>
        <source>invalid variable name in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing bracket in &quot;%1&quot; variable is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::Config</name>
    <message>
        <source>open() &quot;%1&quot; failed (2: No such file or directory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::ConfigParser</name>
    <message>
        <source>&quot;%1&quot; directive is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directive &quot;%1&quot; has no opening &quot;{&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directive &quot;%1&quot; is not terminated by &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number of arguments in &quot;%1&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of file, expecting &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;{&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open() &quot;%1&quot; failed (2: No such file or directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the include is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes are nested more than %1 deep (does &quot;%2&quot; include itself?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::ContextCompiler</name>
    <message>
        <source>duplicate upstream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number of arguments in &quot;%1&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to open file &quot;%1&quot; of js_preload_object &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to parse &quot;%1&quot; of js_preload_object &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid variable name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 is defined again: this definition replaces the earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number of the map parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate default map parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number of arguments in split_clients line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IPv6 address in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duplicate listen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duplicate default server for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;%1&quot; variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::FileSet</name>
    <message>
        <source>no &quot;# configuration file PATH:&quot; line: this is not an nginx -T listing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::HttpMatches</name>
    <message>
        <source>header &quot;%1&quot; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header &quot;%1: %2&quot; does not fit %3 &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter &quot;%1&quot; is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter &quot;%1=%2&quot; does not fit %3 &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matches object (js_preload_object) is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2): &quot;any&quot; fits every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 %2: fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::LimitReq</name>
    <message>
        <source>invalid zone size &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid rate &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have &quot;zone&quot; parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size %1 of shared memory zone &quot;%2&quot; conflicts with already declared size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already bound to key &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid burst value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid delay value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero size shared memory zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value must be between 400 and 599</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; in &quot;%2&quot; directive, it must be &quot;on&quot; or &quot;off&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::LimitReqZones</name>
    <message>
        <source>, dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limiting requests%1, excess: %2 by zone &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delaying request%1, excess: %2, by zone &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::RequestState</name>
    <message>
        <source>map %1 = &quot;%2&quot; -&gt; $%3 = &quot;%4&quot; (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no part (the percentages add up to less than 100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split_clients %1 = &quot;%2&quot;: MurmurHash2 %3 (%4% of 2^32) -&gt; %5 -&gt; $%6 = &quot;%7&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::RouteEngine</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused: nothing listens on %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>connection to %1, listened on by %n server(s)</source>
        <translation>
            <numerusform>connection to %1, listened on by %n server</numerusform>
            <numerusform>connection to %1, listened on by %n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>The plain HTTP request was sent to HTTPS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS without SNI: the default server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with SNI &quot;%1&quot;: server %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake rejected (ssl_reject_handshake on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 is not an ssl listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client attempted to request the server name different from the one that was negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client sent invalid method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client sent invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client sent invalid request (the target &quot;%1&quot; is not a valid URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: $uri &quot;%3&quot;, $args &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client sent invalid header line: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header &quot;%1&quot; ignored: nginx drops header names with characters other than letters, digits and &apos;-&apos; (ignore_invalid_headers on, underscores_in_headers off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client sent duplicate host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client sent duplicate header line: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client sent invalid host header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client sent HTTP/1.1 request without &quot;Host&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no $request_id given: using 32 zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exact, %2 leading-wildcard, %3 trailing-wildcard and %4 regex names (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest leading wildcard &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest trailing wildcard &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first matching regex &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server chosen by SNI (no Host header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name matched: the default_server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name matched: the first server on this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; compared with %2 on %3: server %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>444: the connection is closed without a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirect to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with body &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nginx&apos;s own page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first matching regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URI is the location without its trailing &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no location matches; the server level handles the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (^~: regexes are not tried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; regexes tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$uri &quot;%1&quot;: location %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$uri &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the location is internal: an external request gets 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrite or internal redirection cycle while processing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content handler &quot;%1&quot; is not simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content handler: nginx serves files from the document root; the simulation has none: 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content handler: nginx&apos;s static module answers %1 with 405 (only GET, HEAD and POST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break: no further rewrite directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set $%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrite %1: &quot;%2&quot; does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rewritten URI has a zero length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrite %1: $uri &quot;%2&quot;, $args &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL prefix in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host in &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resolver defined to resolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: upstream &quot;%3&quot;, request URI &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: address %3 (no upstream block of that name), request URI &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>js_content %1 is not simulated (only NGF&apos;s httpmatches.redirect is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReferenceError: &quot;matches&quot; is not defined (no js_preload_object matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>js_content %1 with $match_key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r.error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrite or internal redirection cycle while internally redirecting to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal redirect to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not find named location &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_basic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_basic: %1: the connection is closed without a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit_req zone=%1: the key %2 is empty: not limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit_req zone=%1: the value of the &quot;%2&quot; key is more than 65535 bytes: not limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone=%1 key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit_req: %1; whether the request passes, waits or gets %2 depends on the requests before it (the simulator&apos;s buckets)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run: never rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_oidc %1: the OpenID Connect login (the redirect to the identity provider, the callback, the session cookie) is not simulated: the request goes on as if it carried a valid session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_jwt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirror %1: a subrequest nginx sends besides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::Router</name>
    <message>
        <source>the configuration has no http block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::ScriptCompiler</name>
    <message>
        <source>duplicate location &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid location modifier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location &quot;%1&quot; cannot be inside the exact location &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location &quot;%1&quot; cannot be inside the named location &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named location &quot;%1&quot; can be on the server level only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location &quot;%1&quot; is outside location &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid variable name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid return code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid condition &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; in condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file tests are evaluated as if no file existed: there is no file system in the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot have URI part in location given by regular expression, or inside named location, or inside &quot;if&quot; statement, or inside &quot;limit_except&quot; block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; inside &quot;limit_except&quot; is not simulated: requests are routed as if it were not there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::ServerNames</name>
    <message>
        <source>conflicting server name &quot;%1&quot;, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcre2_compile() failed: %1 in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid server name or wildcard &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::SplitClients</name>
    <message>
        <source>invalid percent value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent total is greater than 100%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::Tokenizer</name>
    <message>
        <source>unexpected end of file, expecting &quot;;&quot; or &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long parameter, probably missing terminating &quot;%1&quot; character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long parameter &quot;%1...&quot; started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::ClientAddressMap</name>
    <message>
        <source>client %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::HttpConnection</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::HttpResponseParser</name>
    <message>
        <source>the response&apos;s headers are larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP response: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an HTTP status: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a response header without a name: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bad Content-Length: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response&apos;s body is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bad chunk size: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::NginxInstallation</name>
    <message>
        <source>no nginx found (neither &quot;nginx&quot; on PATH nor /usr/sbin/nginx); install the %1 package (or nginx), e.g. &quot;apt install %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -V did not answer as nginx does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open-source nginx (nginx -V printed no &quot;nginx version: nginx/&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::PodIdentifier</name>
    <message>
        <source>--pod-from: the regular expression &quot;%1&quot; is not valid: %2 (at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pod-from expects body, header:NAME or regex:RX, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::ProbeReporter</name>
    <message>
        <source>the status differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Pod identified in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draws at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the traffic split draws at random ($request_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent concurrently: nginx may see another order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  requests: %1; deterministic predictions held: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; drawn at random: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; without a Pod or an answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (errors: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: observed %2 (%3%), predicted %4 (%5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  random choices: chi-square %1, degrees of freedom: %2, p = %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent with the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not consistent with the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::ProbeRequests</name>
    <message>
        <source>the scenario sends %1 requests; a probe sends at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario&apos;s events (scaling, failures, rollouts) cannot be played on a real gateway: the requests are sent to the Pods the design has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario cannot be simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::ProbeRunner</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway has no listener on port %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::ProbeSession</name>
    <message>
        <source>the target is http://HOST[:PORT] or https://HOST[:PORT], not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this machine&apos;s IPv4 loopback: the requests come from this machine&apos;s address, not from the CSV&apos;s clients; give the address the gateway sees, else the predictions use the CSV&apos;s clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::Sandbox</name>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx crashed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx exited with code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx stopped at once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx did not become ready within %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Studio runs as root, and nginx never does; the user nobody to run it as is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::SandboxFiles</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF&apos;s njs module %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::SandboxPlan</name>
    <message>
        <source>the design has no Gateway to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Plus: open-source nginx runs the NGINX OSS rendering of this design; the predictions are made on that rendering too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the OSS rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream %1: the sticky cookie %2 needs NGINX Plus; the sandbox runs the OSS rendering (%3, no cookie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream %1: &quot;%2&quot; needs NGINX Plus; the sandbox runs the OSS rendering (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Plus adds the servers through its API (the `state` files); the OSS rendering lists them as `server` lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (NGINX Plus) is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 cannot be used for listener %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 on %2 is in use (asked for listener port %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free port on %1 for listener port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox listens on %1 only: the `listen [::]:...` lines are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free loopback address for the Pod at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream %1 balances with &quot;%2&quot;, which only NGINX Plus has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design matches headers, query parameters or methods, which NGF evaluates with njs (httpmatches.js), and %1 has no njs module: install libnginx-mod-http-js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no njs module: the js_import lines are left out (nothing in this design uses njs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has TLS passthrough, TCP or UDP listeners, which need nginx&apos;s stream module: install libnginx-mod-stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream module: the stream block, which holds only NGF&apos;s connection-closed server, is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx %1 is older than 1.25.1: `http2 on;` is left out (the probe speaks HTTP/1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has HTTPS listeners and %1 was built without the ssl module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS listeners get a generated self-signed certificate instead of the Secrets&apos; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design cannot run on open-source nginx %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readiness %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener %1 (https) -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listener %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1/%2 %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream module: the empty stream block is left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::probe::SelfSignedCertificate</name>
    <message>
        <source>HTTPS listeners need a certificate, made with the openssl command: install the openssl package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openssl could not make a certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openssl wrote no certificate</source>
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
    <name>gw::sim::ClusterState</name>
    <message>
        <source>Pod %1 is pinned to Deployment %2, which the design does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 ms there is no Pod %2/%3; the event does nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has no Deployment %1/%2; the event does nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 ms Deployment %2 has %3 Pods: there is no Pod at index %4; the event does nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::GatewayConfig</name>
    <message>
        <source>the rendered configuration has no http block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy_pass to %1, which is not an upstream block: not simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the location&apos;s content handler is not simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1: a host name nginx resolves through DNS at run time (an ExternalName Service); the simulator does not resolve names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirror %1: nginx sends a copy of each request to the mirror backend (a RequestMirror filter); the simulation does not send, balance or count mirrored requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::GatewayRuntime</name>
    <message>
        <source>try %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no live upstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit_req at %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: served %1 ms later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::MethodComparer</name>
    <message>
        <source>sticky cookie (Plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random two least_conn (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design cannot be simulated under this method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients of %1 keep no cookies (cookieJar: false): nginx sets the cookie, but they never send it back, so it cannot keep them on their Pod.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::MethodVariant</name>
    <message>
        <source>NGF %1 has no session persistence (it came with 2.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF %1 cannot select a load-balancing method (UpstreamSettingsPolicy loadBalancingMethod came with 2.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash consistent needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design does not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::RequestsCsv</name>
    <message>
        <source>the quoted field does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: a header row naming the columns is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected client, host, path, method, cookie, header:&lt;Name&gt;, at_ms, duration_ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row has no &quot;%1&quot; column (required: client, host, path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client &quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; must start with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a space or &apos;#&apos; (percent-encode it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method &quot;%1&quot; is not an HTTP method token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of milliseconds (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected client, host, path, scheme, sni, port, method, cookie, header:&lt;Name&gt;, at_ms, duration_ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme &quot;%1&quot; is not one of http, https, tls, tcp, udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sni &quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a port number (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 row needs a host (tls, tcp and udp rows do not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 row needs a path (tls, tcp and udp rows do not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 row needs a port (a port column, or host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an http row sends no SNI (use https or tls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 row is a connection, not an HTTP request: only gwstudio simulate routes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ResultWriter</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1: %2; seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients, %2 Gateway replica(s), %3 requests over %4 (routing decisions: %5 computed, %6 reused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED: the figures cover the requests made until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests %1 (%2), answered by a Pod %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stickiness %1 (%2 of %3 follow-up requests on the same Pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions %1, broken %2 (%3 breaks); remapped by events %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods seen per client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance per upstream (max/mean and coefficient of variation of the servers&apos; loads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 clients remapped (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ScenarioParser</name>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (for example 500ms, 10s, 5m, 1h30m; a bare number counts seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported apiVersion &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time such as 2025-12-10T01:39:55Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bucket must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is missing: a scenario needs at least one population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs at least one population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown NGF version &quot;%1&quot;; supported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (Pods are IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 is pinned twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1 is given to two Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either routes (a weighted mix) or script (steps in order), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a population needs routes (a weighted mix) or a script (steps in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scripted population&apos;s sessions are its script; requestsPerSession does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a nat plan needs groups (how many addresses) or groupSize (clients per address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups and groupSize belong to the nat plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the churn interval must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; must start with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a number nor a percentage such as 25%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is missing (scale, failPod, restartPod or rollingUpdate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a %2 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the Pod with pod, or with deployment and index (its position among the Deployment&apos;s Pods in name order), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling update of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SimulationScenario named &quot;%1&quot; (found: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SimulationScenario document (apiVersion: %1, kind: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the populations plan %1 requests, more than the %2 a simulation can run; lower clients, sessions or requestsPerSession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment strip would have %1 clients × %2 buckets = %3 cells, more than %4: sample fewer clients (stripClients) or use a longer bucket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ScenarioRunner</name>
    <message>
        <source>(no route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, experimental features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF %1, %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, snippets enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::Verdict</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind one NAT address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind %2 NAT addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request reached a Pod under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put %2 of %3 traffic for %4 on one Pod of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps clients on their Pod (%2 of follow-up requests stayed) and spreads the load evenly (busiest Pod %3× the mean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps clients on their Pod (%2 of follow-up requests stayed) but loads the Pods unevenly (busiest Pod %3× the mean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spreads the load evenly (busiest Pod %3× the mean) but is not sticky: only %2 of follow-up requests reached the same Pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither sticky (%2 of follow-up requests reached the same Pod) nor even (busiest Pod %3× the mean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only partly sticky: %2 of follow-up requests reached the same Pod (busiest Pod %3× the mean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no client sent a second request, so stickiness cannot be judged (busiest Pod %2× the mean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients moved by events: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness %1: %2 of %3 follow-up requests reached the Pod before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions broke (%3), with %4 Pod changes inside a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 moved %3 of the clients seen before and after it (%4 of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest Pod: %1 of the traffic for %2 (%3 Pods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: busiest server %1× the mean, coefficient of variation %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits (limit_req) rejected %1 of %2 requests (%3), most of them for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled at %1; the figures cover what ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::IngressBackends</name>
    <message>
        <source>Service %1/%2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1/%2 is an ExternalName Service: its DNS name is not resolved in the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1/%2 has no port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1/%2 port %3 has no ready endpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::IngressConfig</name>
    <message>
        <source>rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deny-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS preflight answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom error pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the www redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Service&apos;s cluster IP as the only endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backend protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design has no Ingress for ingress-nginx to serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ingress-nginx engine routes and balances only; it does not simulate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: requests for backend %1 get 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary path %1 on host %2 has no primary Ingress with the same host, path and pathType: ingress-nginx drops it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::IngressGateway</name>
    <message numerus="yes">
        <source>ingress-nginx v1.15.1, %n nginx worker(s) per replica</source>
        <translation>
            <numerusform>ingress-nginx v1.15.1, %n nginx worker per replica</numerusform>
            <numerusform>ingress-nginx v1.15.1, %n nginx workers per replica</numerusform>
        </translation>
    </message>
    <message>
        <source>canary: the request carries the primary backend&apos;s affinity cookie: primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary: backend %1 has no endpoints: primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary: the request carries the canary&apos;s affinity cookie: canary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary: header %1 is &quot;%2&quot;: canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary: header %1 matches %2: canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary: header %1 is &quot;always&quot;: canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary: header %1 is &quot;never&quot;: primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary: cookie %1 is &quot;always&quot;: canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary: cookie %1 is &quot;never&quot;: primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary: math.random(%1) = %2, weight %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Ingress path matches: ingress-nginx&apos;s default backend answers 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend %1 has no endpoints: no balancer, 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica %1, nginx worker %2 (pid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an endpoint (this worker has not synced yet): the connection fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every try failed (proxy_next_upstream_tries 3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaChash</name>
    <message>
        <source>chash: key %1 = &quot;%2&quot;, CRC-32 %3, ring point %4 of %5 -&gt; %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaChashSubset</name>
    <message>
        <source>chashsubset: key &quot;%1&quot; -&gt; %2 (%3); random member %4 -&gt; %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaEwma</name>
    <message>
        <source>ewma: every endpoint has been tried; all are candidates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ewma: two random candidates scored %1; the lower wins: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ewma: the only endpoint not yet tried, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaRoundRobin</name>
    <message>
        <source>round_robin: the only endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round_robin: this worker&apos;s cycle gives %1 (position %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaSticky</name>
    <message>
        <source>sticky_balanced: new session key %1 hashes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sticky_persistent: new session, random endpoint %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cookie %2 key %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cookie key %2 names no current endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no new upstream found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no cookie set: host %2 path %3 is not a location of an Ingress with affinity: cookie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::AssignmentStripView</name>
    <message>
        <source>Client by time assignment strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered by nginx, no Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, t = %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients sampled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::AuthenticationFilterForm</name>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ealm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key so&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS &amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://idp.example.com/.well-known/jwks.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://idp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fig URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the issuer's /.well-known/openid-configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /oidc_callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session cookie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After logout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ChartExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the image as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Gateway Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ClientSettingsPolicyForm</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10m (0 turns the check off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 60s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepalive</source>
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
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-Alive: timeout=… (needs the server timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum timeout:</source>
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
    <name>gw::views::EventEditor</name>
    <message>
        <source>Scale a Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail a Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart a Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Deployment&apos;s (25%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a description of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod &amp;index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;etected after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;covers after:</source>
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
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Event Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Event Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Pod Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Ready After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Detected After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Recovers After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Max Surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Max Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Event Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Event Type to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Pod by Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Pod %1</source>
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
        <source>Allowed origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max age (s):</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>gw::views::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::FormContext</name>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename key %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit does not give valid YAML</source>
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
        <source>TLS options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS option</source>
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
    <name>gw::views::KpiModel</name>
    <message>
        <source>%1 at %2 s: %3 (%4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not proxied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sticky %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients answered by another Pod after &quot;%1&quot; than right before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up requests of a client and route answered by the same Pod as the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in which the Pod changed at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod changes inside a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients answered by another Pod after an event than before it, summed over the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest server&apos;s requests over the mean (1 is perfectly even), per balance epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient of variation of the servers&apos; loads (0 is perfectly even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remapped by events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max/mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV</source>
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
    <name>gw::views::MethodComparisonView</name>
    <message>
        <source>Key figures per method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet: choose Compare methods to run the scenario under every method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the same clients and events under each method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 requests from %2 clients, seed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;: some methods did not run to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up requests answered by the same Pod as the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in which the Pod changed at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The busiest Pod&apos;s share of a route&apos;s traffic, where it is furthest above its fair share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max/mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest server over the mean (1 is perfectly even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient of variation of the servers&apos; loads (0 is perfectly even)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved at %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients answered by another Pod after &quot;%1&quot; than before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n Pod(s) that served</source>
        <translation>
            <numerusform>%1 of %n Pod that served</numerusform>
            <numerusform>%1 of %n Pods that served</numerusform>
        </translation>
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
    <name>gw::views::ObservabilityPolicyForm</name>
    <message>
        <source>Target routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratio (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the location's name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span attribute</source>
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
    <message>
        <source>Span attributes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::PodBarChart</name>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per Pod, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::PodLoadChart</name>
    <message>
        <source>Pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, t = %2 s: %3 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod load over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::PopulationsModel</name>
    <message>
        <source>NAT, one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT, %1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT, %1 per address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared /24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Requests per Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Cookie Jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Population %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Population %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
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
    <name>gw::views::ProbeChart</name>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests no route served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per Pod: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ProbeRowModel</name>
    <message>
        <source>Sent from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted: %1 (%2), status %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed: %1 (%2), status %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s $upstream_addr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s $request_id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ProbeView</name>
    <message numerus="yes">
        <source>%1 of %n request(s) answered</source>
        <translation>
            <numerusform>%1 of %n request answered</numerusform>
            <numerusform>%1 of %n requests answered</numerusform>
        </translation>
    </message>
    <message>
        <source>Run Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the requests and compare each answer with the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the local nginx (it keeps running after a run so that its logs stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sandbox&apos;s error and access logs and its configuration into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local nginx (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requests CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to one path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests.csv (client,host,path,…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie jar (curl -c/-b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the probe to compare real answers with the predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe sends at most 10,000 requests; these are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local nginx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local nginx is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deterministic prediction(s) held</source>
        <translation>
            <numerusform>%1 of %n deterministic prediction held</numerusform>
            <numerusform>%1 of %n deterministic predictions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n random choice(s) judged in distribution</source>
        <translation>
            <numerusform>; %n random choice judged in distribution</numerusform>
            <numerusform>; %n random choices judged in distribution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n request(s) without an answer</source>
        <translation>
            <numerusform>; %n request without an answer</numerusform>
            <numerusform>; %n requests without an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n random choice(s)</source>
        <translation>
            <numerusform>%n random choice</numerusform>
            <numerusform>%n random choices</numerusform>
        </translation>
    </message>
    <message>
        <source>: chi-square %1, degrees of freedom: %2, p = %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent with the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not consistent with the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) without an identified Pod or answer</source>
        <translation>
            <numerusform>%n request without an identified Pod or answer</numerusform>
            <numerusform>%n requests without an identified Pod or answer</numerusform>
        </translation>
    </message>
    <message>
        <source>nginx %1, pid %2, user %3, under %4</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the design is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found while loading (this build has no NGF engine to check the status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
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
    <message>
        <source>S&amp;nippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF&apos;s control plane runs with snippets enabled: SnippetsFilter and SnippetsPolicy take effect only then</source>
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
    <name>gw::views::ProxySettingsPolicyForm</name>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of buffers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of &amp;each buffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Busy buffers size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 60s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::RateLimitPolicyForm</name>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local rate limit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10r/s or 500r/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dela&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry r&amp;un:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject code:</source>
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
    <name>gw::views::RejectedChart</name>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected per %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests rejected over time: no limit_req rejected a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests rejected over time (limit_req), per route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::RequestInspector</name>
    <message>
        <source>Filter requests (client, path, route, Pod…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests, every one recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 requests are recorded (the scenario&apos;s record setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1 at %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (Host: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway replica %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population %1, client %2, session %3, step %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: the default server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 rule %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream and the balancer&apos;s reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-Cookie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded without explanations (only the first requests of a run are recorded in full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see how nginx routed and balanced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::RequestRecordModel</name>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
    <message>
        <source>Add &amp;Service for Deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Deployment for Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Service or Deployment That Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create %1 %2</source>
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
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target na&amp;me:</source>
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
    <message numerus="yes">
        <source>%1: %n document(s) of Gateway Studio&apos;s own, saved with the design and left out of File ▸ Export</source>
        <translation>
            <numerusform>%1: %n document of Gateway Studio&apos;s own, saved with the design and left out of File ▸ Export</numerusform>
            <numerusform>%1: %n documents of Gateway Studio&apos;s own, saved with the design and left out of File ▸ Export</numerusform>
        </translation>
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
    <name>gw::views::RouteMixModel</name>
    <message>
        <source>Change Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Request %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Request %1%2</source>
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
    <name>gw::views::ScenarioEditor</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until every client is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica per request (curl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica per session (browser keep-alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 200 buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX &amp;Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperimental features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &amp;replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded re&amp;quests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients in the s&amp;trip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Gateway Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Chart Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Recorded Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Strip Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change NGF Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change NGINX Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Experimental Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client populations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct (a /24 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared /24 subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind NATs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.&lt;n&gt;.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the group size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps &amp;cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one route per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients per /24:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients per NAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address churn every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy in front:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route choice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change First Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Clients per Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change NAT Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Clients per NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Address Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Churn Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Cookie Jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Ramp-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Requests per Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Think Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Session Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Route Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Address Plan to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no simulation scenario yet. Add one with New Scenario.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ScenarioFieldBinder</name>
    <message>
        <source>A duration: 500ms, 10s, 5m, 1h30m (a bare number counts seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (for example 500ms, 10s, 5m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ScenarioStore</name>
    <message>
        <source>there is no scenario to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit does not read as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new scenario could not be added</source>
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
    <name>gw::views::SimulationResultsView</name>
    <message>
        <source>Key figures per route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet: run the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 requests from %3 clients over %4 s; Gateway replicas: %5; seed %6; %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;: the figures cover the first %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered by nginx (no Pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::SimulationWorkspace</name>
    <message>
        <source>Hash key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the consistent hash in Compare Methods: an nginx variable such as $cookie_session or $http_x_user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript (as curl prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event at the end of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an event along the axis to move it; double-click the axis to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same clients and events under every session persistence method, side by side (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running simulation (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Scenario &amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the scenario editor and the event timeline; hide them to give the results the window (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulation is running; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario to run; add one with New Scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating %1 requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design cannot be simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 requests (%2 of simulated time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests, %2 of simulated time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared %n method(s).</source>
        <translation>
            <numerusform>Compared %n method.</numerusform>
            <numerusform>Compared %n methods.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded the first %1 requests in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no results: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1 from the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in &amp;Local nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the scenario&apos;s requests to the design running on a private local nginx and compare each answer with the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario whose requests to send; add one with New Scenario.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::SnippetsForm</name>
    <message>
        <source>Target Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx directives, e.g. add_header X-Snippet on;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;figuration:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::TimelineWidget</name>
    <message>
        <source>Event timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scale %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fail %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restart %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rolling update of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events. Double-click the time axis to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Event to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Scale at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Pod Failure at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pod &amp;Restart at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rolling &amp;Update at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::TopologyGraph</name>
    <message>
        <source>any connection</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>%1 · not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS terminated at the listener: nginx decrypts and routes the HTTP requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS passthrough: nginx routes the encrypted connection by its SNI name; the backend terminates TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypted to the backend: nginx opens TLS to the Service (BackendTLSPolicy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenerSet of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenerSet not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
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
    <message>
        <source>Gateway Studio does not model this kind: the preview, the status and the simulation leave it out (see the problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds its listeners to the Gateway, when the Gateway allows it</source>
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
    <message>
        <source>&amp;Edit Properties</source>
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
    <message>
        <source>&quot;%1&quot; continues the value above, which would read &quot;%2&quot;: finish a new key with &apos;:&apos;, or quote a value that goes on</source>
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
    <message>
        <source>a carriage return without a line feed (old Mac line ends are not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character %1 is not allowed in YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line separator %1 is read differently by kubectl (YAML 1.1); write it as an escape in a double-quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte order mark is only allowed at the start of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is missing before this &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not find the &apos;:&apos; after this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab at the start of a line: YAML indents with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab in the indentation of a line: YAML indents with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab after &apos;%1&apos;: YAML separates block indicators with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment needs a blank before its &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text: the YAML reader skips it, kubectl would reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty entry in this flow sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing or extra &apos;,&apos; in this flow collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first defined on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor and alias names may only hold letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a valid tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this tag uses a handle that no %TAG directive defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key and its &apos;:&apos; must be on the same line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value must be indented more than its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this flow collection is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted text starting here is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab in a blank line of a block scalar that is not indented enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML reader failed: %1</source>
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
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;:&apos; yet; edit the YAML text instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a single-pair mapping without braces; edit the YAML text instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends with a key that has no &apos;:&apos;; edit the YAML text instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines the anchor &amp;%2 that %3 refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed without rewriting more of the document; edit the YAML text instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move item %2 to %3 (the list has %4 items)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::yaml::ParserMessages</name>
    <message>
        <source>a %YAML directive takes exactly one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported YAML version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML version is too new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%YAML is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %TAG directive takes exactly two arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %TAG directive is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that cannot be part of a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag without a name after &apos;!&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;!&lt;&apos; tag without its &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping above does not end properly: check the indentation of this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;{&apos; without its closing &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list above does not end properly: check the indentation of this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;[&apos; without its closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value with two tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value with two anchors (&apos;&amp;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value with two aliases (&apos;*&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias (&apos;*name&apos;) cannot have a value or a tag of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that is not a hexadecimal digit in an escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Unicode character: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; in a double-quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that YAML cannot read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;---&apos; or &apos;...&apos; inside a value: quote the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends inside a quoted value: a quote is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character not allowed in a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab in the indentation: YAML indents with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;]&apos; or &apos;}&apos; without its opening &apos;[&apos; or &apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item (&apos;- &apos;) where none can start: check the indentation of this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key where none can start: check the indentation of this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;:&apos; where no value can start: check the indentation of this line, or quote a value that holds &apos;: &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;*&apos; without an alias name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;&amp;&apos; without an anchor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that cannot be part of an alias name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that cannot be part of an anchor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block value (&apos;|&apos; or &apos;&gt;&apos;) cannot have an indentation of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected character after &apos;|&apos; or &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one anchor name used for two values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias (&apos;*name&apos;) to an anchor that is not defined above</source>
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
        <source>more than %1 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the here-document started here is not closed by &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the here-documents hold no manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl apply skips this document: it follows a &quot;...&quot; line without a &quot;---&quot; line (export adds the &quot;---&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl apply does not accept YAML directives (it cuts the file at &quot;---&quot; lines and reads the directive alone); remove this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid document separator: kubectl allows only a comment after &quot;---&quot;</source>
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
<context>
    <name>gw::views::MigrationComparisonModel</name>
    <message>
        <source>Pods per client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions kept on one Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients kept across the cut-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients moved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled clients answered by the same Pod just before the cut-over (ingress-nginx) and just after it (NGF), at %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress-nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::MigrationReportModel</name>
    <message numerus="yes">
        <source>%n item(s) converted</source>
        <translation>
            <numerusform>%n item converted</numerusform>
            <numerusform>%n items converted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a difference</source>
        <translation>
            <numerusform>%n with a difference</numerusform>
            <numerusform>%n with a difference</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not convertible</source>
        <translation>
            <numerusform>%n not convertible</numerusform>
            <numerusform>%n not convertible</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, listener %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced nothing: selects the Ingress if the design has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::MigrationView</name>
    <message>
        <source>Run Before and After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not convertible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: browsers with cookie jars on every host and path, each Deployment scaled up by two Pods at 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: the one imported with the Ingresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing migrated yet: File ▸ Import ▸ Migrate from ingress-nginx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource of this line is no longer in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario cannot be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the scenario on ingress-nginx and on NGF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingress-nginx: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design cannot be simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests on each engine; the cut-over is at %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness and clients kept, per Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness, ingress-nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stickiness, NGF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept across the cut-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ut-over at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the traffic moves from ingress-nginx to NGF. &quot;Kept across the cut-over&quot; compares each client&apos;s Pod just before it (ingress-nginx) with its Pod just after it (NGF). Automatic: half the time before the scenario&apos;s first event, else half the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line produced no resource, and its Ingress is not in the design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::MigrationActionHandler</name>
    <message>
        <source>&amp;Migrate from ingress-nginx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert ingress-nginx Ingresses to a Gateway, HTTPRoutes and NGF policies, and compare both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the manifests with the Ingresses to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not read:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing converted:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design with unsaved changes was kept; nothing was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated from ingress-nginx: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::MigrationDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX &amp;Plus (cookie session persistence, least_time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperimental channel (session persistence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate from ingress-nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converts ingress-nginx Ingresses into a Gateway, HTTPRoutes and NGF policies, as &lt;code&gt;gwstudio migrate&lt;/code&gt; does, and opens the result as a new, unsaved design. The Migration panel shows what each annotation became.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ingress manifests (with their Services and Deployments):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the ingress-nginx-controller ConfigMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ConfigMap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gateway name &quot;%1&quot; is not a valid resource name (lower-case letters, digits and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the manifests with the Ingresses to convert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::L4RouteForm</name>
    <message>
        <source>The SNI names of the TLS connections this route takes</source>
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
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::FrontendTlsSection</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gateway&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.tls.frontend: HTTPS listeners ask clients for a certificate and check it against these CA certificates (ssl_verify_client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port&apos;s CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::BackendTlsPolicyForm</name>
    <message>
        <source>Target Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name nginx sends as SNI and checks, e.g. app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hostname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Well-known CAs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alt names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::StreamContext</name>
    <message>
        <source>invalid port in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IPv6 address or no port in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number of arguments in split_clients line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;listen&quot; is defined for server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no handler for server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate &quot;%1&quot; address and port pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;%1&quot; variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::nginx::StreamRouter</name>
    <message>
        <source>map %1 = &quot;%2&quot; -&gt; $%3 = &quot;%4&quot; (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split_clients %1 = &quot;%2&quot;: MurmurHash2 %3 -&gt; $%4 = &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream server listens on %1 port %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connection on %2: stream server %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl_preread: not a TLS handshake, $ssl_preread_server_name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl_preread: ClientHello without SNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl_preread: SNI &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no handler for server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return &quot;%1&quot;: sent, connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;&quot;: no host, the connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to the http listener %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to stream server %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass %1: no listen of this configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass %1: only unix sockets of this configuration are followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy_pass to upstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resolver defined to resolve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy_pass to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 10 passes between this configuration&apos;s sockets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::WafPolicyParser</name>
    <message>
        <source>should be at least 1 chars long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may not be more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should match &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be at least 64 chars long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifyChecksum and expectedChecksum are mutually exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one of %1 or %2 must be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetRef Kind must be one of: Gateway, HTTPRoute, or GRPCRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetRef Group must be gateway.networking.k8s.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetRef Name must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should have at least 1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most 16 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All TargetRefs must be the same Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;log_default&quot;, &quot;log_all&quot;, &quot;log_illegal&quot;, &quot;log_blocked&quot;, &quot;log_grpc_all&quot;, &quot;log_grpc_blocked&quot;, &quot;log_grpc_illegal&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one of logSource.defaultProfile, logSource.httpSource, logSource.nimSource, or logSource.n1cSource must be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;stderr&quot;, &quot;file&quot;, &quot;syslog&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination.file must be set if and only if type is file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination.syslog must be set if and only if type is syslog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;HTTP&quot;, &quot;NIM&quot;, &quot;N1C&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policySource.httpSource must be set if and only if type is HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policySource.nimSource must be set if and only if type is NIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policySource.n1cSource must be set if and only if type is N1C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policySource.validation.verifyChecksum is only supported for type HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most 32 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ngf::WafPolicyProcessor</name>
    <message>
        <source>NGINX Instance Manager %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX One Console %1 (namespace %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF fetches the policy bundle from %1 at runtime and writes it to %2; the preview cannot fetch it: the configuration names that path and the status assumes the fetch succeeds (if it fails, NGF reports Programmed=False/Pending &quot;Waiting for WAF bundle; last fetch error: ...&quot; and leaves the policy out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGF fetches this log profile bundle from %1 at runtime and writes it to %2; the preview cannot fetch it and assumes the fetch succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 WAF for NGINX needs NGINX Plus: NGF does not check the edition and accepts this policy, but NGINX OSS has no App Protect module (ngx_http_app_protect_module.so), so nginx cannot load the configuration (render with --plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 WAFPolicies (%3): NGF neither merges nor rejects them and includes each file in the same block, so app_protect_enable and app_protect_policy_file appear more than once there; whether nginx accepts that, and which bundle then applies, the preview cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::PolicySummary</name>
    <message>
        <source>WAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more rule(s)</source>
        <translation>
            <numerusform>%n more rule</numerusform>
            <numerusform>%n more rules</numerusform>
        </translation>
    </message>
    <message>
        <source>body %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body timeout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepalive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepalive timeout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buffering off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buffers %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buffer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snippets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracing parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracing %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ListenerSetForm</name>
    <message>
        <source>Parent Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gateway must allow ListenerSets from this namespace (its spec.allowedListeners) for the listeners to be merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::WafPolicyForm</name>
    <message>
        <source>&amp;Auth Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS CA Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/log/app_protect/security.log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change bundle source of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change security log destination of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP bundle server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N1C na&amp;mespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX Instance Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX One Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polic&amp;y name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &amp;object ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy UI&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;yslog server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip TLS &amp;verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://bundle-server/policy.tgz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.nginx.one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://nim.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syslog-svc:514</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::views::ListenersSection</name>
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
        <source>Selected listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
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
</context>
</TS>
