<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>gw::BackendTlsParser</name>
    <message>
        <source>required: a BackendTLSPolicy needs spec.validation with a hostname</source>
        <translation>erforderlich: eine BackendTLSPolicy braucht spec.validation mit einem hostname</translation>
    </message>
    <message>
        <source>illegal base64 data: the API server stores binaryData as base64</source>
        <translation>ungültige Base64-Daten: der API-Server speichert binaryData als Base64</translation>
    </message>
</context>
<context>
    <name>gw::BrokenFileDialog</name>
    <message>
        <source>Repair %1</source>
        <translation>%1 reparieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 does not read as Kubernetes manifests.&lt;/b&gt; Fix the marked lines and open it; the design you have open stays as it is until then.</source>
        <translation>&lt;b&gt;%1 lässt sich nicht als Kubernetes-Manifeste lesen.&lt;/b&gt; Korrigieren Sie die markierten Zeilen und öffnen Sie die Datei; der geöffnete Entwurf bleibt bis dahin, wie er ist.</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <source>&amp;Save and Open</source>
        <translation>&amp;Speichern und öffnen</translation>
    </message>
    <message>
        <source>Write the repaired text to %1, then open it</source>
        <translation>Den reparierten Text in %1 schreiben, dann öffnen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open the repaired text as an unsaved change of %1</source>
        <translation>Den reparierten Text als ungespeicherte Änderung von %1 öffnen</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The text reads well now: open it.</source>
        <translation>Der Text lässt sich jetzt lesen: Öffnen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>gw::Design</name>
    <message>
        <source>defined more than once; the later definition wins, as with kubectl apply</source>
        <translation>mehrfach definiert; wie bei kubectl apply gilt die spätere Definition</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the design has text that was never saved to a file; use Save As</source>
        <translation>der Entwurf enthält Text, der nie in einer Datei gespeichert wurde; verwenden Sie „Speichern unter“</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gw::DesignEditor</name>
    <message>
        <source>the resource no longer exists</source>
        <translation>die Ressource existiert nicht mehr</translation>
    </message>
    <message>
        <source>the document no longer exists</source>
        <translation>das Dokument existiert nicht mehr</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>the text holds no manifests</source>
        <translation>der Text enthält keine Manifeste</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>the object is empty</source>
        <translation>das Objekt ist leer</translation>
    </message>
    <message>
        <source>replaces the existing %1, as kubectl apply would</source>
        <translation>ersetzt die vorhandene Ressource %1, wie es kubectl apply tun würde</translation>
    </message>
    <message numerus="yes">
        <source>Import %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource importieren</numerusform>
            <numerusform>%n Ressourcen importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::DocumentActionHandler</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty design</source>
        <translation>Einen leeren Entwurf beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open Kubernetes manifests</source>
        <translation>Kubernetes-Manifeste öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;Cafe Example</source>
        <translation>&amp;Café-Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>Datei &amp;importieren …</translation>
    </message>
    <message>
        <source>Add the manifests of a file to this design</source>
        <translation>Die Manifeste einer Datei zu diesem Entwurf hinzufügen</translation>
    </message>
    <message>
        <source>Import from &amp;Text…</source>
        <translation>Aus &amp;Text importieren …</translation>
    </message>
    <message>
        <source>Paste manifests or a kubectl apply snippet</source>
        <translation>Manifeste oder einen kubectl-apply-Ausschnitt einfügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation>Vom Datenträger neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource importiert</numerusform>
            <numerusform>%n Ressourcen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The design is empty.</source>
        <translation>Der Entwurf ist leer.</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml)</source>
        <translation>Kubernetes-Manifeste (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk</source>
        <translation>%1 vom Datenträger neu geladen</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the design under a new name, with Gateway Studio&apos;s own documents (scenarios)</source>
        <translation>Den Entwurf unter einem neuen Namen speichern, mit den eigenen Dokumenten von Gateway Studio (Szenarien)</translation>
    </message>
    <message>
        <source>&amp;Export for kubectl…</source>
        <translation>Für kubectl &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write the manifests kubectl applies, without Gateway Studio&apos;s own documents</source>
        <translation>Die Manifeste schreiben, die kubectl anwendet, ohne die eigenen Dokumente von Gateway Studio</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1 was not opened</source>
        <translation>%1 wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message numerus="yes">
        <source>Save As: %n resource(s), ready for kubectl</source>
        <translation>
            <numerusform>Speichern unter: %n Ressource, bereit für kubectl</numerusform>
            <numerusform>Speichern unter: %n Ressourcen, bereit für kubectl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save As: %n resource(s) and %1 (File ▸ Export for kubectl leaves those out)</source>
        <translation>
            <numerusform>Speichern unter: %n Ressource und %1 (Datei ▸ Für kubectl exportieren lässt diese weg)</numerusform>
            <numerusform>Speichern unter: %n Ressourcen und %1 (Datei ▸ Für kubectl exportieren lässt diese weg)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Gateway Studio document(s)</source>
        <translation>
            <numerusform>%n Dokument von Gateway Studio</numerusform>
            <numerusform>%n Dokumente von Gateway Studio</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>The design has no manifests to export.</source>
        <translation>Der Entwurf enthält keine Manifeste zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Export for kubectl: %n resource(s)</source>
        <translation>
            <numerusform>Für kubectl exportieren: %n Ressource</numerusform>
            <numerusform>Für kubectl exportieren: %n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n resource(s) for kubectl to %1</source>
        <translation>
            <numerusform>%n Ressource für kubectl nach %1 exportiert</numerusform>
            <numerusform>%n Ressourcen für kubectl nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(left out: %n Gateway Studio document(s))</source>
        <translation>
            <numerusform>(weggelassen: %n Dokument von Gateway Studio)</numerusform>
            <numerusform>(weggelassen: %n Dokumente von Gateway Studio)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;TLS and L4 Example</source>
        <translation>&amp;TLS- und L4-Beispiel öffnen</translation>
    </message>
    <message>
        <source>TLS terminated, passed through and re-encrypted, and a TCP route, on one Gateway</source>
        <translation>TLS beendet, durchgeleitet und neu verschlüsselt, dazu eine TCP-Route, an einem Gateway</translation>
    </message>
</context>
<context>
    <name>gw::EditActionHandler</name>
    <message>
        <source>&amp;Paste Manifests</source>
        <translation>Manifeste &amp;einfügen</translation>
    </message>
    <message>
        <source>Import the manifests on the clipboard</source>
        <translation>Die Manifeste aus der Zwischenablage importieren</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren.</translation>
    </message>
</context>
<context>
    <name>gw::FieldDescription</name>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>route kind</source>
        <translation>Routenart</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>header to set</source>
        <translation>zu setzender Header</translation>
    </message>
    <message>
        <source>header to add</source>
        <translation>hinzuzufügender Header</translation>
    </message>
    <message>
        <source>header to remove</source>
        <translation>zu entfernender Header</translation>
    </message>
    <message>
        <source>trusted address</source>
        <translation>vertrauenswürdige Adresse</translation>
    </message>
    <message>
        <source>cookie name</source>
        <translation>Cookie-Name</translation>
    </message>
    <message>
        <source>session persistence type</source>
        <translation>Art der Sitzungspersistenz</translation>
    </message>
    <message>
        <source>session timeout</source>
        <translation>Sitzungs-Timeout</translation>
    </message>
    <message>
        <source>session idle timeout</source>
        <translation>Leerlauf-Timeout der Sitzung</translation>
    </message>
    <message>
        <source>session persistence</source>
        <translation>Sitzungspersistenz</translation>
    </message>
    <message>
        <source>cookie lifetime</source>
        <translation>Cookie-Lebensdauer</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>path type</source>
        <translation>Pfadtyp</translation>
    </message>
    <message>
        <source>gRPC service</source>
        <translation>gRPC-Dienst</translation>
    </message>
    <message>
        <source>gRPC method</source>
        <translation>gRPC-Methode</translation>
    </message>
    <message>
        <source>method match type</source>
        <translation>Trefferart der Methode</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>Anfrage-Timeout</translation>
    </message>
    <message>
        <source>backend request timeout</source>
        <translation>Backend-Anfrage-Timeout</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>GatewayClass</source>
        <translation>GatewayClass</translation>
    </message>
    <message>
        <source>load-balancing method</source>
        <translation>Lastverteilungsmethode</translation>
    </message>
    <message>
        <source>hash key</source>
        <translation>Hash-Schlüssel</translation>
    </message>
    <message>
        <source>target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation>Selektor %1</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>Annotation %1</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Reorder %1 of %2</source>
        <translation>%1 von %2 umordnen</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>gw::FilterParser</name>
    <message>
        <source>required: a SnippetsFilter needs spec.snippets (1 to 4 snippets)</source>
        <translation>erforderlich: ein SnippetsFilter braucht spec.snippets (1 bis 4 Snippets)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a snippet context (main, http, http.server, http.server.location)</source>
        <translation>&quot;%1&quot; ist kein Snippet-Kontext (main, http, http.server, http.server.location)</translation>
    </message>
    <message>
        <source>only one snippet is allowed per context (&quot;%1&quot; is used twice)</source>
        <translation>nur ein Snippet je Kontext ist erlaubt (&quot;%1&quot; kommt zweimal vor)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must have 1 to 4 snippets</source>
        <translation>muss 1 bis 4 Snippets enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authentication type (Basic, JWT, OIDC)</source>
        <translation>&quot;%1&quot; ist keine Authentifizierungsart (Basic, JWT, OIDC)</translation>
    </message>
    <message>
        <source>required: the Secret that holds the htpasswd data</source>
        <translation>erforderlich: das Secret mit den htpasswd-Daten</translation>
    </message>
    <message>
        <source>type %1 requires spec.%2 to be set</source>
        <translation>Typ %1 verlangt, dass spec.%2 gesetzt ist</translation>
    </message>
    <message>
        <source>type %1 must not set spec.%2</source>
        <translation>Typ %1 darf spec.%2 nicht setzen</translation>
    </message>
    <message>
        <source>should match &apos;%1&apos;</source>
        <translation>muss auf &apos;%1&apos; passen</translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation>erforderlich: %1</translation>
    </message>
    <message>
        <source>must have at most 1 items</source>
        <translation>darf höchstens 1 Eintrag haben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JWT key source (File, Remote)</source>
        <translation>&quot;%1&quot; ist keine JWT-Schlüsselquelle (File, Remote)</translation>
    </message>
    <message>
        <source>the Secret that holds the JWKS</source>
        <translation>das Secret, das das JWKS enthält</translation>
    </message>
    <message>
        <source>source File requires spec.file to be set.</source>
        <translation>source File erfordert, dass spec.file gesetzt ist.</translation>
    </message>
    <message>
        <source>source File must not set spec.remote.</source>
        <translation>source File darf spec.remote nicht setzen.</translation>
    </message>
    <message>
        <source>source Remote requires spec.remote to be set.</source>
        <translation>source Remote erfordert, dass spec.remote gesetzt ist.</translation>
    </message>
    <message>
        <source>source Remote must not set spec.file.</source>
        <translation>source Remote darf spec.file nicht setzen.</translation>
    </message>
    <message>
        <source>should be at least 1 chars long</source>
        <translation>muss mindestens 1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>the Secret that holds the client secret</source>
        <translation>das Secret, das das Client-Secret enthält</translation>
    </message>
    <message>
        <source>the Secret that holds the CRL</source>
        <translation>das Secret, das die Sperrliste (CRL) enthält</translation>
    </message>
    <message>
        <source>extraAuthArgs keys must contain only alphanumeric characters, hyphens, underscores, or dots</source>
        <translation>Schlüssel von extraAuthArgs dürfen nur alphanumerische Zeichen, Bindestriche, Unterstriche oder Punkte enthalten</translation>
    </message>
    <message>
        <source>should have at most 16 properties</source>
        <translation>darf höchstens 16 Einträge haben</translation>
    </message>
</context>
<context>
    <name>gw::HelpActionHandler</name>
    <message>
        <source>About Gateway Studio</source>
        <translation>Über Gateway Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gateway Studio %1&lt;/h3&gt;&lt;p&gt;Design Gateway API routing for NGINX Gateway Fabric, preview the nginx configuration and status it would produce, and see which Pod each client reaches.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gateway Studio %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie Gateway-API-Routing für NGINX Gateway Fabric, sehen Sie vorab die nginx-Konfiguration und den Status, die daraus entstünden, und welchen Pod jeder Client erreicht.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read how to design, preview and simulate with Gateway Studio</source>
        <translation>Lesen, wie man mit Gateway Studio entwirft, Vorschauen liest und simuliert</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Gateway Studio</source>
        <translation>Ü&amp;ber Gateway Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Sprache des &amp;Systems</translation>
    </message>
    <message>
        <source>Gateway Studio User Guide</source>
        <translation>Gateway Studio – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Back to the start of the guide</source>
        <translation>Zurück zum Anfang des Handbuchs</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>gw::ImportDialog</name>
    <message>
        <source>Import from Text</source>
        <translation>Aus Text importieren</translation>
    </message>
    <message>
        <source>Paste Kubernetes manifests, or a shell snippet with &lt;code&gt;kubectl apply -f - &amp;lt;&amp;lt;EOF&lt;/code&gt; blocks as documentation shows them:</source>
        <translation>Fügen Sie Kubernetes-Manifeste ein, oder einen Shell-Ausschnitt mit &lt;code&gt;kubectl apply -f - &amp;lt;&amp;lt;EOF&lt;/code&gt;-Blöcken, wie ihn Dokumentationen zeigen:</translation>
    </message>
    <message>
        <source>Manifests to import</source>
        <translation>Zu importierende Manifeste</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>gw::LabelCarrier</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Carry the label %1 along to %2</source>
        <translation>Label %1 zu %2 mitnehmen</translation>
    </message>
</context>
<context>
    <name>gw::MainWindow</name>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>nginx -T</source>
        <translation>nginx -T</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>The configuration NGINX Gateway Fabric would generate</source>
        <translation>Die Konfiguration, die NGINX Gateway Fabric erzeugen würde</translation>
    </message>
    <message>
        <source>The selected resource as it will be exported</source>
        <translation>Die ausgewählte Ressource, so wie sie exportiert wird</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation>Eine Ressource hinzufügen</translation>
    </message>
    <message>
        <source>Add Resource</source>
        <translation>Ressource hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>E&amp;ntwurf</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Edit the design: canvas, resources, properties, preview (Ctrl+1)</source>
        <translation>Den Entwurf bearbeiten: Topologie, Ressourcen, Eigenschaften, Vorschau (Ctrl+1)</translation>
    </message>
    <message>
        <source>Simulate clients, events and session persistence (Ctrl+2)</source>
        <translation>Clients, Ereignisse und Sitzungspersistenz simulieren (Ctrl+2)</translation>
    </message>
    <message>
        <source>Cannot restart Gateway Studio: start it again yourself.</source>
        <translation>Gateway Studio lässt sich nicht neu starten: Starten Sie es bitte selbst erneut.</translation>
    </message>
</context>
<context>
    <name>gw::NgfPolicyParser</name>
    <message>
        <source>TargetRef Kind must be one of: Gateway, HTTPRoute, or GRPCRoute</source>
        <translation>TargetRef Kind muss Gateway, HTTPRoute oder GRPCRoute sein</translation>
    </message>
    <message>
        <source>TargetRef Group must be gateway.networking.k8s.io</source>
        <translation>TargetRef Group muss gateway.networking.k8s.io sein</translation>
    </message>
    <message>
        <source>TargetRef Group must be gateway.networking.k8s.io.</source>
        <translation>TargetRef Group muss gateway.networking.k8s.io sein.</translation>
    </message>
    <message>
        <source>TargetRef Kind and Name combination must be unique</source>
        <translation>Die Kombination aus TargetRef Kind und Name muss eindeutig sein</translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation>Pflichtwert fehlt</translation>
    </message>
    <message>
        <source>should have at least 1 items</source>
        <translation>muss mindestens 1 Eintrag haben</translation>
    </message>
    <message>
        <source>must have at most 16 items</source>
        <translation>darf höchstens 16 Einträge haben</translation>
    </message>
    <message>
        <source>Cannot mix Gateway kind with HTTPRoute or GRPCRoute kinds in targetRefs</source>
        <translation>targetRefs darf Gateway nicht mit HTTPRoute oder GRPCRoute mischen</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;info&quot;, &quot;notice&quot;, &quot;warn&quot;, &quot;error&quot;</source>
        <translation>Nicht unterstützter Wert: „%1“: unterstützt werden „info“, „notice“, „warn“, „error“</translation>
    </message>
    <message>
        <source>NoDelay cannot be true when Delay is also set</source>
        <translation>NoDelay darf nicht true sein, wenn Delay gesetzt ist</translation>
    </message>
    <message>
        <source>TargetRef Kind must be: Gateway</source>
        <translation>TargetRef Kind muss Gateway sein</translation>
    </message>
    <message>
        <source>TargetRef Name must be unique</source>
        <translation>TargetRef Name muss eindeutig sein</translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;main&quot;, &quot;http&quot;, &quot;http.server&quot;, &quot;http.server.location&quot;</source>
        <translation>Nicht unterstützter Wert: „%1“: unterstützt werden „main“, „http“, „http.server“, „http.server.location“</translation>
    </message>
    <message>
        <source>Only one snippet allowed per context</source>
        <translation>Nur ein Snippet pro Kontext erlaubt</translation>
    </message>
    <message>
        <source>should be at least 1 chars long</source>
        <translation>muss mindestens 1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must have at most 4 items</source>
        <translation>darf höchstens 4 Einträge haben</translation>
    </message>
    <message>
        <source>TargetRef Kind must be: HTTPRoute or GRPCRoute</source>
        <translation>TargetRef Kind muss HTTPRoute oder GRPCRoute sein</translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;ratio&quot;, &quot;parent&quot;</source>
        <translation>Nicht unterstützter Wert: „%1“: unterstützt werden „ratio“, „parent“</translation>
    </message>
    <message>
        <source>ratio can only be specified if strategy is of type ratio</source>
        <translation>ratio ist nur mit der Strategie ratio erlaubt</translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;extract&quot;, &quot;inject&quot;, &quot;propagate&quot;, &quot;ignore&quot;</source>
        <translation>Nicht unterstützter Wert: „%1“: unterstützt werden „extract“, „inject“, „propagate“, „ignore“</translation>
    </message>
    <message>
        <source>must be 1 to 255 characters long</source>
        <translation>muss 1 bis 255 Zeichen lang sein</translation>
    </message>
    <message>
        <source>should match &apos;%1&apos;</source>
        <translation>muss auf „%1“ passen</translation>
    </message>
    <message>
        <source>Duplicate value: &quot;%1&quot;</source>
        <translation>Doppelter Wert: „%1“</translation>
    </message>
    <message>
        <source>must have at most 64 items</source>
        <translation>darf höchstens 64 Einträge haben</translation>
    </message>
</context>
<context>
    <name>gw::NginxProxyParser</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the pattern %2</source>
        <translation>„%1“ passt nicht zum Muster %2</translation>
    </message>
</context>
<context>
    <name>gw::ObjectReader</name>
    <message>
        <source>too many alias expansions (more than %1): the document looks like an alias bomb</source>
        <translation>zu viele Alias-Auflösungen (mehr als %1): das Dokument sieht nach einer Alias-Bombe aus</translation>
    </message>
    <message>
        <source>unknown alias &quot;*%1&quot;</source>
        <translation>unbekannter Alias „*%1“</translation>
    </message>
    <message>
        <source>expected a mapping, got %1</source>
        <translation>Zuordnung erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation>ein erforderlicher Wert fehlt</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source> (quote it: &quot;%1&quot;)</source>
        <translation> (in Anführungszeichen setzen: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>integer %1 is out of range</source>
        <translation>die Ganzzahl %1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>Ganzzahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an integer or a string, got %1</source>
        <translation>Ganzzahl oder Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a single value, got %1</source>
        <translation>einzelner Wert erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>den Wahrheitswert %1</translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation>die Ganzzahl %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette „%1“</translation>
    </message>
</context>
<context>
    <name>gw::Prompts</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Möchten Sie die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version?</source>
        <translation>Neu laden und die ungespeicherten Änderungen verwerfen, oder Ihre Fassung behalten?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>Meine Fassung &amp;behalten</translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation>einem ungespeicherten Entwurf</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Gateway Studio did not close properly last time.</source>
        <translation>Gateway Studio wurde beim letzten Mal nicht ordnungsgemäß beendet.</translation>
    </message>
    <message>
        <source>Changes to %1 were saved automatically at %2. Recover them?</source>
        <translation>Änderungen an %1 wurden um %2 automatisch gesichert. Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Open Manifests</source>
        <translation>Manifeste öffnen</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml);;All files (*)</source>
        <translation>Kubernetes-Manifeste (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Carry the Labels Along?</source>
        <translation>Labels mitnehmen?</translation>
    </message>
    <message>
        <source>The Pods and Services are still linked by %1.</source>
        <translation>Die Pods und Services sind noch durch %1 verbunden.</translation>
    </message>
    <message>
        <source>Change these labels to %1 as well? (One undo step; the link stays as it is.)</source>
        <translation>Diese Labels ebenfalls in %1 ändern? (Ein Rückgängig-Schritt; die Verbindung bleibt, wie sie ist.)</translation>
    </message>
    <message>
        <source>&amp;Change Labels</source>
        <translation>Labels &amp;ändern</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Gateway Studio will speak %1 from its next start.</source>
        <translation>Gateway Studio spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Restart now? You are asked about unsaved changes first.</source>
        <translation>Jetzt neu starten? Zuerst werden Sie nach ungespeicherten Änderungen gefragt.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>gw::Resource</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>gw::ResourceParser</name>
    <message>
        <source>a manifest must be a mapping with apiVersion, kind and metadata</source>
        <translation>ein Manifest muss eine Zuordnung mit apiVersion, kind und metadata sein</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>apiVersion is missing: every manifest needs apiVersion and kind</source>
        <translation>apiVersion fehlt: jedes Manifest braucht apiVersion und kind</translation>
    </message>
    <message>
        <source>kind is missing: every manifest needs apiVersion and kind</source>
        <translation>kind fehlt: jedes Manifest braucht apiVersion und kind</translation>
    </message>
    <message>
        <source>generateName is not supported: give the object a name</source>
        <translation>generateName wird nicht unterstützt: geben Sie dem Objekt einen Namen</translation>
    </message>
    <message>
        <source>required: every object needs a name</source>
        <translation>erforderlich: jedes Objekt braucht einen Namen</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time such as 2025-12-09T23:51:52Z</source>
        <translation>Zeitangabe nach RFC 3339 erwartet, etwa 2025-12-09T23:51:52Z</translation>
    </message>
    <message>
        <source>must be greater than or equal to 0</source>
        <translation>muss größer oder gleich 0 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API version (GROUP/VERSION, such as apps/v1, or VERSION, such as v1)</source>
        <translation>„%1“ ist keine API-Version (GRUPPE/VERSION wie apps/v1 oder VERSION wie v1)</translation>
    </message>
    <message>
        <source>kubectl finds no %1 in %2: %1 is served as %3</source>
        <translation>kubectl findet %1 nicht in %2: %1 wird unter %3 angeboten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>„%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use lower case letters, digits and &apos;-&apos;, starting with a letter and ending with a letter or digit (RFC 1035)</source>
        <translation>„%1“ ist kein gültiger Name: verwenden Sie Kleinbuchstaben, Ziffern und „-“, beginnend mit einem Buchstaben und endend mit einem Buchstaben oder einer Ziffer (RFC 1035)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use lower case letters, digits and &apos;-&apos;, starting and ending with a letter or digit (RFC 1123)</source>
        <translation>„%1“ ist kein gültiger Name: verwenden Sie Kleinbuchstaben, Ziffern und „-“, beginnend und endend mit einem Buchstaben oder einer Ziffer (RFC 1123)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use lower case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit (RFC 1123)</source>
        <translation>„%1“ ist kein gültiger Name: verwenden Sie Kleinbuchstaben, Ziffern, „-“ und „.“, beginnend und endend mit einem Buchstaben oder einer Ziffer (RFC 1123)</translation>
    </message>
    <message>
        <source>required: a Service of type ExternalName needs externalName</source>
        <translation>erforderlich: ein Service vom Typ ExternalName braucht externalName</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name: use lower case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit (RFC 1123)</source>
        <translation>„%1“ ist kein DNS-Name: verwenden Sie Kleinbuchstaben, Ziffern, „-“ und „.“, beginnend und endend mit einem Buchstaben oder einer Ziffer (RFC 1123)</translation>
    </message>
    <message>
        <source>excessive aliasing: resolving the document&apos;s aliases gives more than %1 nodes (an alias bomb); kubectl refuses such a document</source>
        <translation>übermäßiges Aliasing: die Aliase des Dokuments aufzulösen ergibt mehr als %1 Knoten (eine Alias-Bombe); kubectl lehnt ein solches Dokument ab</translation>
    </message>
</context>
<context>
    <name>gw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Nach Befehl oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>Select the next node up, down, to the left or right</source>
        <translation>Den nächsten Knoten oben, unten, links oder rechts auswählen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Edit the selected node&apos;s properties</source>
        <translation>Die Eigenschaften des ausgewählten Knotens bearbeiten</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Menu of the selected node</source>
        <translation>Menü des ausgewählten Knotens</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Preview and YAML</source>
        <translation>Vorschau und YAML</translation>
    </message>
    <message>
        <source>Next and previous match in the find bar</source>
        <translation>Nächster und vorheriger Treffer in der Suchleiste</translation>
    </message>
    <message>
        <source>Return, Shift+Return</source>
        <translation>Eingabe, Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Next and previous panel or field</source>
        <translation>Nächster und vorheriger Bereich oder nächstes und vorheriges Feld</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Select the previous or next event</source>
        <translation>Das vorherige oder nächste Ereignis auswählen</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Hoch, Runter</translation>
    </message>
    <message>
        <source>Move the selected event by a step</source>
        <translation>Das ausgewählte Ereignis um einen Schritt verschieben</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Das ausgewählte Ereignis löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
</context>
<context>
    <name>gw::SimulationActionHandler</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;New Scenario</source>
        <translation>&amp;Neues Szenario</translation>
    </message>
    <message>
        <source>Add a simulation scenario to the design</source>
        <translation>Dem Entwurf ein Simulationsszenario hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Walk-through Preset</source>
        <translation>&amp;Beispiel aus der Anleitung</translation>
    </message>
    <message>
        <source>Open the session persistence guide&apos;s cafe design and play its curl loops, with the transcript</source>
        <translation>Den Café-Entwurf aus der Anleitung zur Sitzungspersistenz öffnen und ihre curl-Schleifen mit Transkript abspielen</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation>Diagramm als SV&amp;G exportieren …</translation>
    </message>
    <message>
        <source>Export Results as &amp;CSV…</source>
        <translation>Ergebnisse als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>There is nothing to export yet; run the simulation first.</source>
        <translation>Es gibt noch nichts zu exportieren; führen Sie zuerst die Simulation aus.</translation>
    </message>
    <message>
        <source>Gateway Studio simulation</source>
        <translation>Simulation in Gateway Studio</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>there are no results yet; run the simulation first</source>
        <translation>es gibt noch keine Ergebnisse; führen Sie zuerst die Simulation aus</translation>
    </message>
    <message>
        <source>A new folder (*)</source>
        <translation>Ein neuer Ordner (*)</translation>
    </message>
    <message>
        <source>Walk-through in Local &amp;nginx</source>
        <translation>Rundgang im lokalen &amp;nginx</translation>
    </message>
    <message>
        <source>Open the guide&apos;s cafe design and send its curl loops to it running in a private local nginx, beside the predictions</source>
        <translation>Den Café-Entwurf der Anleitung öffnen und seine curl-Schleifen an ihn in einem privaten lokalen nginx senden, neben den Vorhersagen</translation>
    </message>
    <message>
        <source>Cannot Keep the Logs</source>
        <translation>Protokolle können nicht behalten werden</translation>
    </message>
    <message>
        <source>Saved the sandbox&apos;s logs in %1</source>
        <translation>Protokolle der Sandbox in %1 gespeichert</translation>
    </message>
    <message>
        <source>there are no probe results yet; run the probe first</source>
        <translation>es gibt noch keine Ergebnisse der Probe; führen Sie zuerst die Probe aus</translation>
    </message>
</context>
<context>
    <name>gw::TextActionHandler</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find text in the nginx preview or the YAML</source>
        <translation>Text in der nginx-Vorschau oder im YAML suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Change</source>
        <translation>Nä&amp;chste Änderung</translation>
    </message>
    <message>
        <source>Go to the next lines of the preview that the last edit changed</source>
        <translation>Zu den nächsten Zeilen der Vorschau gehen, die die letzte Änderung betraf</translation>
    </message>
    <message>
        <source>Pre&amp;vious Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>Go to the previous lines of the preview that the last edit changed</source>
        <translation>Zu den vorherigen Zeilen der Vorschau gehen, die die letzte Änderung betraf</translation>
    </message>
    <message>
        <source>The last edit changed nothing in the generated configuration.</source>
        <translation>Die letzte Änderung hat nichts an der erzeugten Konfiguration geändert.</translation>
    </message>
</context>
<context>
    <name>gw::ViewActionHandler</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Exported the topology to %1</source>
        <translation>Topologie nach %1 exportiert</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit Topology</source>
        <translation>Topologie &amp;einpassen</translation>
    </message>
    <message>
        <source>Zoom the topology to fit the window</source>
        <translation>Die Topologie so skalieren, dass sie ins Fenster passt</translation>
    </message>
    <message>
        <source>&amp;Export Topology…</source>
        <translation>Topologie e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the topology as a PNG image or an SVG drawing</source>
        <translation>Die Topologie als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>gw::cli</name>
    <message>
        <source>Usage: gwstudio [FILE...]</source>
        <translation>Aufruf: gwstudio [DATEI …]</translation>
    </message>
    <message>
        <source>       gwstudio SUBCOMMAND [OPTIONS] FILE...</source>
        <translation>        gwstudio UNTERBEFEHL [OPTIONEN] DATEI …</translation>
    </message>
    <message>
        <source>Gateway Studio designs Gateway API routing for NGINX Gateway Fabric, previews the nginx configuration and status NGF would produce, and simulates which Pod each client reaches.</source>
        <translation>Gateway Studio entwirft Gateway-API-Routing für NGINX Gateway Fabric, zeigt vorab die nginx-Konfiguration und den Status, die NGF erzeugen würde, und simuliert, welchen Pod jeder Client erreicht.</translation>
    </message>
    <message>
        <source>Without a subcommand, opens the editor on the given manifests.</source>
        <translation>Ohne Unterbefehl öffnet es den Editor mit den angegebenen Manifesten.</translation>
    </message>
    <message>
        <source>Subcommands (they never open a window):</source>
        <translation>Unterbefehle (sie öffnen nie ein Fenster):</translation>
    </message>
    <message>
        <source>Run &quot;gwstudio SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>„gwstudio UNTERBEFEHL --help“ zeigt die Optionen eines Unterbefehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the input is valid but has problems, 2 usage or input errors.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 die Eingabe ist gültig, hat aber Probleme, 2 Aufruf- oder Eingabefehler.</translation>
    </message>
    <message>
        <source>gwstudio: the subcommand &quot;%1&quot; is not available in this build</source>
        <translation>gwstudio: der Unterbefehl „%1“ ist in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <source>gwstudio: cannot write to standard output</source>
        <translation>gwstudio: kann nicht in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>gwstudio: cannot write %1: %2</source>
        <translation>gwstudio: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>NGINX Gateway Fabric release profile (default: the latest release modelled; &quot;edge&quot; for main).</source>
        <translation>Versionsprofil von NGINX Gateway Fabric (Vorgabe: die neueste nachgebildete Version; „edge“ für main).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>NGINX Plus data plane (default: NGINX OSS).</source>
        <translation>NGINX Plus als Datenebene (Vorgabe: NGINX OSS).</translation>
    </message>
    <message>
        <source>Gateway API experimental features enabled (sessionPersistence needs it).</source>
        <translation>Experimentelle Funktionen der Gateway API eingeschaltet (sessionPersistence braucht sie).</translation>
    </message>
    <message>
        <source>The Gateway to use (default: the only one).</source>
        <translation>Das zu verwendende Gateway (Vorgabe: das einzige).</translation>
    </message>
    <message>
        <source>NS/NAME</source>
        <translation>NS/NAME</translation>
    </message>
    <message>
        <source>Manifests to read (.yaml/.yml); - for standard input.</source>
        <translation>Zu lesende Manifeste (.yaml/.yml); - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>gwstudio: no input files (use - for standard input)</source>
        <translation>gwstudio: keine Eingabedateien (- steht für die Standardeingabe)</translation>
    </message>
    <message>
        <source>gwstudio: standard input (-) can only be read once</source>
        <translation>gwstudio: die Standardeingabe (-) kann nur einmal gelesen werden</translation>
    </message>
    <message>
        <source>gwstudio: cannot read standard input</source>
        <translation>gwstudio: die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;: the input is larger than %1 MiB</source>
        <translation>&lt;stdin&gt;: die Eingabe ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Address families the data plane listens on and sends to: dual, ipv4 or ipv6 (default: the NginxProxy&apos;s ipFamily, else dual).</source>
        <translation>Adressfamilien, auf denen die Datenebene lauscht und an die sie sendet: dual, ipv4 oder ipv6 (Vorgabe: ipFamily des NginxProxy, sonst dual).</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILIE</translation>
    </message>
    <message>
        <source>HTTP/2 on the listeners: on or off (default: the NginxProxy&apos;s disableHTTP2, else on).</source>
        <translation>HTTP/2 auf den Listenern: on oder off (Vorgabe: disableHTTP2 des NginxProxy, sonst on).</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>gwstudio: the editor needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation>gwstudio: Der Editor braucht eine Anzeige, und es gibt keine (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).</translation>
    </message>
    <message>
        <source>These subcommands work without one:</source>
        <translation>Diese Unterbefehle arbeiten ohne Anzeige:</translation>
    </message>
    <message>
        <source>Run &quot;gwstudio --help&quot; for more.</source>
        <translation>Mehr mit „gwstudio --help“.</translation>
    </message>
    <message>
        <source>gwstudio: unknown subcommand &quot;%1&quot;; the subcommands are:</source>
        <translation>gwstudio: unbekannter Unterbefehl „%1“; die Unterbefehle sind:</translation>
    </message>
    <message>
        <source>To open a file of that name in the editor, write it as ./%1</source>
        <translation>Um eine Datei dieses Namens im Editor zu öffnen, schreiben Sie ./%1</translation>
    </message>
    <message>
        <source>gwstudio: %1: no such file</source>
        <translation>gwstudio: %1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>NGF&apos;s control plane runs with snippets enabled (SnippetsFilter and SnippetsPolicy take effect only then).</source>
        <translation>Die NGF-Steuerungsebene läuft mit aktivierten Snippets (SnippetsFilter und SnippetsPolicy wirken nur dann).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>gw::cli::ExportCommand</name>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation>Nach AUSGABE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>Change one field before writing, keeping everything else byte for byte (e.g. Deployment/coffee:spec.replicas=3). Repeatable.</source>
        <translation>Vor dem Schreiben ein Feld ändern und alles andere Byte für Byte erhalten (z. B. Deployment/coffee:spec.replicas=3). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>KIND/[NS/]NAME:FIELD=VALUE</source>
        <translation>KIND/[NS/]NAME:FELD=WERT</translation>
    </message>
    <message>
        <source>Write the manifests kubectl-ready; unchanged documents byte-identical.</source>
        <translation>Die Manifeste bereit für kubectl schreiben; unveränderte Dokumente bleiben Byte für Byte gleich.</translation>
    </message>
    <message>
        <source>no %1 named %2/%3 in the input</source>
        <translation>kein %1 namens %2/%3 in der Eingabe</translation>
    </message>
    <message>
        <source>expected KIND/[NAMESPACE/]NAME:FIELD=VALUE, got &quot;%1&quot;</source>
        <translation>KIND/[NAMESPACE/]NAME:FELD=WERT erwartet, gefunden: „%1“</translation>
    </message>
    <message>
        <source>expected KIND/[NAMESPACE/]NAME before the colon, got &quot;%1&quot;</source>
        <translation>KIND/[NAMESPACE/]NAME vor dem Doppelpunkt erwartet, gefunden: „%1“</translation>
    </message>
    <message>
        <source>malformed field path &quot;%1&quot;</source>
        <translation>fehlerhafter Feldpfad „%1“</translation>
    </message>
</context>
<context>
    <name>gw::cli::MigrateCommand</name>
    <message>
        <source>The controller the Ingresses were written for (only ingress-nginx).</source>
        <translation>Der Controller, für den die Ingresses geschrieben wurden (nur ingress-nginx).</translation>
    </message>
    <message>
        <source>CONTROLLER</source>
        <translation>CONTROLLER</translation>
    </message>
    <message>
        <source>Convert for NGF with NGINX Plus (cookie session persistence).</source>
        <translation>Für NGF mit NGINX Plus umwandeln (Sitzungspersistenz per Cookie).</translation>
    </message>
    <message>
        <source>Convert for NGF with experimental features (session persistence).</source>
        <translation>Für NGF mit experimentellen Funktionen umwandeln (Sitzungspersistenz).</translation>
    </message>
    <message>
        <source>Name of the Gateway to create (default: gateway).</source>
        <translation>Name des anzulegenden Gateways (Vorgabe: gateway).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write the converted manifests to OUT instead of standard output.</source>
        <translation>Die umgewandelten Manifeste nach OUT statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Write the report to REPORT instead of standard error.</source>
        <translation>Den Bericht nach REPORT statt auf die Standardfehlerausgabe schreiben.</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <source>Format of the report: text (default) or json.</source>
        <translation>Format des Berichts: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Convert ingress-nginx Ingresses to a Gateway, HTTPRoutes and NGF policies, with a report.</source>
        <translation>ingress-nginx-Ingresses in ein Gateway, HTTPRoutes und NGF-Policies umwandeln, mit Bericht.</translation>
    </message>
    <message>
        <source>--from: only &quot;ingress-nginx&quot; is supported, got &quot;%1&quot;</source>
        <translation>--from: nur „ingress-nginx“ wird unterstützt, angegeben war „%1“</translation>
    </message>
    <message>
        <source>--report-format: expected text or json, got &quot;%1&quot;</source>
        <translation>--report-format: text oder json erwartet, angegeben war „%1“</translation>
    </message>
    <message>
        <source>--gateway-name: &quot;%1&quot; is not a valid resource name</source>
        <translation>--gateway-name: „%1“ ist kein gültiger Ressourcenname</translation>
    </message>
</context>
<context>
    <name>gw::cli::ProbeCommand</name>
    <message>
        <source>Probe the design running on a private local nginx (see gwstudio sandbox), started and stopped for this run.</source>
        <translation>Den Entwurf in einem privaten lokalen nginx proben (siehe gwstudio sandbox), für diesen Lauf gestartet und gestoppt.</translation>
    </message>
    <message>
        <source>Probe the gateway at this URL (http:// or https://, host and port; e.g. http://127.0.0.1:8080 through kubectl port-forward).</source>
        <translation>Das Gateway unter dieser URL proben (http:// oder https://, Host und Port; z. B. http://127.0.0.1:8080 über kubectl port-forward).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The requests to send, as CSV (client, host, path, method, cookie, header:..., at_ms, duration_ms), as gwstudio simulate --requests reads them.</source>
        <translation>Die zu sendenden Anfragen als CSV (client, host, path, method, cookie, header:..., at_ms, duration_ms), wie gwstudio simulate --requests sie liest.</translation>
    </message>
    <message>
        <source>REQUESTS.csv</source>
        <translation>ANFRAGEN.csv</translation>
    </message>
    <message>
        <source>Every client keeps the cookies answers set and sends them later (curl -c/-b).</source>
        <translation>Jeder Client behält die Cookies, die Antworten setzen, und sendet sie später (curl -c/-b).</translation>
    </message>
    <message>
        <source>One connection per client, reused (default: one connection per request, as curl in a loop).</source>
        <translation>Eine Verbindung je Client, wiederverwendet (Standard: eine Verbindung je Anfrage, wie curl in einer Schleife).</translation>
    </message>
    <message>
        <source>Where the answer names its Pod: body (the demo apps&apos; &quot;Server name:&quot; and &quot;Server address:&quot;, default), header:NAME or regex:RX.</source>
        <translation>Wo die Antwort ihren Pod nennt: body („Server name:“ und „Server address:“ der Demo-Apps, Standard), header:NAME oder regex:RX.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>Requests in flight at most (default 1).</source>
        <translation>Höchstens gleichzeitig laufende Anfragen (Standard 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Time for one request&apos;s answer (default 5000).</source>
        <translation>Zeit für die Antwort auf eine Anfrage (Standard 5000).</translation>
    </message>
    <message>
        <source>Refuse a CSV with more requests than this (default 10000).</source>
        <translation>Eine CSV mit mehr Anfragen als dieser Zahl ablehnen (Standard 10000).</translation>
    </message>
    <message>
        <source>The address a remote gateway sees for every request (its $remote_addr), for the predictions.</source>
        <translation>Die Adresse, die ein entferntes Gateway für jede Anfrage sieht (sein $remote_addr), für die Vorhersagen.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>HTTPS: trust the certificates in this PEM file.</source>
        <translation>HTTPS: den Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>HTTPS: accept any certificate.</source>
        <translation>HTTPS: jedes Zertifikat annehmen.</translation>
    </message>
    <message>
        <source>Seed of the predictions&apos; random draws.</source>
        <translation>Startwert der Zufallsziehungen der Vorhersagen.</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Ausgabeformat: csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>send requests for real and compare each answer with the prediction</source>
        <translation>Anfragen wirklich senden und jede Antwort mit der Vorhersage vergleichen</translation>
    </message>
    <message>
        <source>give either --sandbox or --target URL</source>
        <translation>geben Sie entweder --sandbox oder --target URL an</translation>
    </message>
    <message>
        <source>give the requests to send with --requests REQUESTS.csv</source>
        <translation>geben Sie die zu sendenden Anfragen mit --requests ANFRAGEN.csv an</translation>
    </message>
    <message>
        <source>--port, --nginx and --keep-logs belong to --sandbox</source>
        <translation>--port, --nginx und --keep-logs gehören zu --sandbox</translation>
    </message>
    <message>
        <source>the output is csv or json, not &quot;%1&quot;</source>
        <translation>die Ausgabe ist csv oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--%1 expects a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>--client-address expects an IP address, not &quot;%1&quot;</source>
        <translation>--client-address erwartet eine IP-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>no PEM certificate in %1</source>
        <translation>kein PEM-Zertifikat in %1</translation>
    </message>
    <message>
        <source>%1 holds %2 requests, more than %3 (raise --max-requests to send them)</source>
        <translation>%1 enthält %2 Anfragen, mehr als %3 (erhöhen Sie --max-requests, um sie zu senden)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>gw::cli::RenderCommand</name>
    <message>
        <source>Print only the content of this generated file (e.g. /etc/nginx/conf.d/http.conf).</source>
        <translation>Nur den Inhalt dieser erzeugten Datei ausgeben (z. B. /etc/nginx/conf.d/http.conf).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>print the nginx configuration NGF would generate, as nginx -T lists it</source>
        <translation>die nginx-Konfiguration ausgeben, die NGF erzeugen würde, so wie nginx -T sie auflistet</translation>
    </message>
    <message>
        <source>gwstudio: unknown NGF version &quot;%1&quot;; supported: %2 (also vX.Y.Z, X.Y, main)</source>
        <translation>gwstudio: unbekannte NGF-Version „%1“; unterstützt: %2 (auch vX.Y.Z, X.Y, main)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>gwstudio render: NGF writes no file %1; it writes: %2</source>
        <translation>gwstudio render: NGF schreibt keine Datei %1; es schreibt: %2</translation>
    </message>
    <message>
        <source>gwstudio: --ip-family expects dual, ipv4 or ipv6, got &quot;%1&quot;</source>
        <translation>gwstudio: --ip-family erwartet dual, ipv4 oder ipv6, gefunden: „%1“</translation>
    </message>
    <message>
        <source>gwstudio: --http2 expects on or off, got &quot;%1&quot;</source>
        <translation>gwstudio: --http2 erwartet on oder off, gefunden: „%1“</translation>
    </message>
</context>
<context>
    <name>gw::cli::SandboxArguments</name>
    <message>
        <source>Run listener port LISTENER on local port LOCAL of 127.0.0.1 (default: the same port when it is 1024 or above and free, else a free one). May be repeated.</source>
        <translation>Listener-Port LISTENER auf dem lokalen Port LOKAL von 127.0.0.1 ausführen (Standard: derselbe Port, wenn er 1024 oder höher und frei ist, sonst ein freier). Darf wiederholt werden.</translation>
    </message>
    <message>
        <source>LISTENER=LOCAL</source>
        <translation>LISTENER=LOKAL</translation>
    </message>
    <message>
        <source>The nginx binary (default: nginx on PATH, else /usr/sbin/nginx).</source>
        <translation>Das nginx-Programm (Standard: nginx im PATH, sonst /usr/sbin/nginx).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>When the sandbox stops, copy its error and access logs and configuration into DIR.</source>
        <translation>Wenn die Sandbox endet, ihre Fehler- und Zugriffsprotokolle und ihre Konfiguration nach VERZ kopieren.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>gwstudio: --port expects LISTENER=LOCAL with two port numbers, e.g. 80=8080, not &quot;%1&quot;</source>
        <translation>gwstudio: --port erwartet LISTENER=LOKAL mit zwei Portnummern, z. B. 80=8080, nicht „%1“</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>nginx %1 (pid %2, user %3) runs the design under %4</source>
        <translation>nginx %1 (PID %2, Benutzer %3) führt den Entwurf unter %4 aus</translation>
    </message>
</context>
<context>
    <name>gw::cli::SandboxCommand</name>
    <message>
        <source>Stop after this many seconds (default: run until Ctrl-C).</source>
        <translation>Nach so vielen Sekunden enden (Standard: bis Strg-C laufen).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>run the design on a private local nginx (loopback only) until stopped</source>
        <translation>den Entwurf in einem privaten lokalen nginx ausführen (nur Loopback), bis er gestoppt wird</translation>
    </message>
    <message>
        <source>--duration expects a number of seconds, not &quot;%1&quot;</source>
        <translation>--duration erwartet eine Anzahl Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <source>Running for %1 s; Ctrl-C stops it. Access log:</source>
        <translation>Läuft %1 s; Strg-C stoppt. Zugriffsprotokoll:</translation>
    </message>
    <message>
        <source>Running; Ctrl-C stops it. Access log:</source>
        <translation>Läuft; Strg-C stoppt. Zugriffsprotokoll:</translation>
    </message>
    <message>
        <source>Logs and configuration kept in %1</source>
        <translation>Protokolle und Konfiguration in %1 behalten</translation>
    </message>
    <message>
        <source>Stopped nginx (pid %1).</source>
        <translation>nginx gestoppt (PID %1).</translation>
    </message>
</context>
<context>
    <name>gw::cli::SimulateCommand</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>warning: %1 (the simulation answers its requests with 502)</source>
        <translation>Warnung: %1 (die Simulation beantwortet ihre Anfragen mit 502)</translation>
    </message>
    <message>
        <source>gwstudio: cannot write to standard output</source>
        <translation>gwstudio: kann nicht in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>gwstudio: cannot write %1: %2</source>
        <translation>gwstudio: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Trace mode: the requests to simulate, as CSV (client, host, path, ...).</source>
        <translation>Trace-Modus: die zu simulierenden Anfragen als CSV (client, host, path, ...).</translation>
    </message>
    <message>
        <source>REQUESTS.csv</source>
        <translation>ANFRAGEN.csv</translation>
    </message>
    <message>
        <source>Scenario mode: a SimulationScenario (client populations, replicas, events).</source>
        <translation>Szenario-Modus: ein SimulationScenario (Client-Populationen, Replikate, Ereignisse).</translation>
    </message>
    <message>
        <source>SCENARIO.yaml</source>
        <translation>SZENARIO.yaml</translation>
    </message>
    <message>
        <source>The scenario to run when the file holds several.</source>
        <translation>Das auszuführende Szenario, wenn die Datei mehrere enthält.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Trace mode: every client keeps the cookies responses set and sends them later (curl -c/-b).</source>
        <translation>Trace-Modus: jeder Client behält die Cookies, die Antworten setzen, und sendet sie später mit (curl -c/-b).</translation>
    </message>
    <message>
        <source>Seed of every random draw (random methods, traffic splits, clients).</source>
        <translation>Seed für jede Zufallsentscheidung (zufällige Methoden, Traffic-Aufteilungen, Clients).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output format. Trace mode: csv (default) or json. Scenario mode: text (default), csv, json, transcript (the guide&apos;s curl output) or requests (one CSV row per request).</source>
        <translation>Ausgabeformat. Trace-Modus: csv (Vorgabe) oder json. Szenario-Modus: text (Vorgabe), csv, json, transcript (die curl-Ausgabe der Anleitung) oder requests (eine CSV-Zeile pro Anfrage).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>Wall-clock time of the simulation&apos;s start, RFC 3339 (default 2026-01-01T00:00:00Z; the scenario&apos;s startTime).</source>
        <translation>Uhrzeit des Simulationsbeginns nach RFC 3339 (Vorgabe 2026-01-01T00:00:00Z; die startTime des Szenarios).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Scenario mode: requests kept in full with explanations (default: the scenario&apos;s record; -1: all).</source>
        <translation>Szenario-Modus: Anzahl der Anfragen, die vollständig mit Erklärungen festgehalten werden (Vorgabe: record des Szenarios; -1: alle).</translation>
    </message>
    <message>
        <source>simulate which Pod answers each request, as nginx balances them</source>
        <translation>simulieren, welcher Pod jede Anfrage beantwortet, so wie nginx sie verteilt</translation>
    </message>
    <message>
        <source>give either --requests REQUESTS.csv (trace mode) or --scenario SCENARIO.yaml</source>
        <translation>geben Sie entweder --requests ANFRAGEN.csv (Trace-Modus) oder --scenario SZENARIO.yaml an</translation>
    </message>
    <message>
        <source>--seed expects a whole number, got &quot;%1&quot;</source>
        <translation>--seed erwartet eine ganze Zahl, gefunden: „%1“</translation>
    </message>
    <message>
        <source>--start expects an RFC 3339 time such as 2025-12-10T01:39:55Z, got &quot;%1&quot;</source>
        <translation>--start erwartet eine Zeitangabe nach RFC 3339 wie 2025-12-10T01:39:55Z, gefunden: „%1“</translation>
    </message>
    <message>
        <source>trace mode writes csv or json, not &quot;%1&quot;</source>
        <translation>der Trace-Modus schreibt csv oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--%1 belongs to scenario mode</source>
        <translation>--%1 gehört zum Szenario-Modus</translation>
    </message>
    <message>
        <source>scenario mode writes %1, not &quot;%2&quot;</source>
        <translation>der Szenario-Modus schreibt %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--cookie-jar belongs to trace mode; a scenario sets cookieJar per population</source>
        <translation>--cookie-jar gehört zum Trace-Modus; ein Szenario setzt cookieJar pro Population</translation>
    </message>
    <message>
        <source>--record expects a number of requests, or -1 for all</source>
        <translation>--record erwartet eine Anzahl von Anfragen oder -1 für alle</translation>
    </message>
    <message>
        <source>a transcript lists every request; this scenario plans more than %1 (use --format requests)</source>
        <translation>ein Transkript listet jede Anfrage auf; dieses Szenario plant mehr als %1 (verwenden Sie --format requests)</translation>
    </message>
    <message>
        <source>the design cannot be simulated</source>
        <translation>der Entwurf lässt sich nicht simulieren</translation>
    </message>
    <message>
        <source>Scenario mode: run the scenario under every session persistence method (ip_hash, hash consistent, sticky cookie, random two least_conn, round robin) and judge each; text (default), csv or json.</source>
        <translation>Szenario-Modus: das Szenario mit jeder Methode der Sitzungspersistenz ausführen (ip_hash, hash consistent, sticky cookie, random two least_conn, round robin) und jede bewerten; text (Vorgabe), csv oder json.</translation>
    </message>
    <message>
        <source>With --compare: the key of the consistent hash (default: a cookie or header the scenario&apos;s requests send, else $remote_addr).</source>
        <translation>Mit --compare: der Schlüssel des konsistenten Hashs (Vorgabe: ein Cookie oder Header, den die Anfragen des Szenarios senden, sonst $remote_addr).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>--compare writes text, csv or json, not &quot;%1&quot;</source>
        <translation>--compare schreibt text, csv oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--hash-key goes with --compare</source>
        <translation>--hash-key gehört zu --compare</translation>
    </message>
    <message>
        <source>warning: %1 not run: %2</source>
        <translation>Warnung: %1 nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>The data plane: ngf (default: the configuration NGF generates, nginx&apos;s balancers) or ingress-nginx (the design&apos;s Ingresses through ingress-nginx v1.15.1&apos;s Lua balancers).</source>
        <translation>Die Datenebene: ngf (Vorgabe: die Konfiguration, die NGF erzeugt, mit den Balancern von nginx) oder ingress-nginx (die Ingresses des Entwurfs durch die Lua-Balancer von ingress-nginx v1.15.1).</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>ENGINE</translation>
    </message>
    <message>
        <source>With --engine ingress-nginx: nginx workers per replica, each with its own balancers (default: the ConfigMap&apos;s worker-processes, else 1).</source>
        <translation>Mit --engine ingress-nginx: nginx-Worker je Replik, jeder mit eigenen Balancern (Vorgabe: worker-processes der ConfigMap, sonst 1).</translation>
    </message>
    <message>
        <source>--engine is ngf or ingress-nginx, not &quot;%1&quot;</source>
        <translation>--engine ist ngf oder ingress-nginx, nicht „%1“</translation>
    </message>
    <message>
        <source>--workers expects 1 to 64 and goes with --engine ingress-nginx</source>
        <translation>--workers erwartet 1 bis 64 und gehört zu --engine ingress-nginx</translation>
    </message>
    <message>
        <source>--compare compares NGF&apos;s methods; it does not go with --engine ingress-nginx</source>
        <translation>--compare vergleicht die Methoden von NGF; es passt nicht zu --engine ingress-nginx</translation>
    </message>
</context>
<context>
    <name>gw::cli::StatusCommand</name>
    <message>
        <source>print the status NGF would write, as YAML (exit 1 when something is not accepted)</source>
        <translation>den Status ausgeben, den NGF schreiben würde, als YAML (Rückgabewert 1, wenn etwas nicht akzeptiert wird)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>gw::ingress::Annotations</name>
    <message>
        <source>&quot;%1&quot; is not a boolean (true or false)</source>
        <translation>„%1“ ist kein Wahrheitswert (true oder false)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a comma-separated list of CIDRs</source>
        <translation>„%1“ ist keine kommagetrennte Liste von CIDRs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has characters ingress-nginx does not accept here</source>
        <translation>„%1“ enthält Zeichen, die ingress-nginx hier nicht annimmt</translation>
    </message>
</context>
<context>
    <name>gw::ingress::IngressReader</name>
    <message>
        <source>a backend is either a service or a resource, not both</source>
        <translation>ein Backend ist entweder ein Service oder eine Ressource, nicht beides</translation>
    </message>
    <message>
        <source>required: the Service this path sends traffic to</source>
        <translation>erforderlich: der Service, an den dieser Pfad den Verkehr schickt</translation>
    </message>
    <message>
        <source>required: the Service port, by number or name</source>
        <translation>erforderlich: der Service-Port, als Nummer oder Name</translation>
    </message>
    <message>
        <source>give the port&apos;s number or its name, not both</source>
        <translation>die Nummer des Ports oder seinen Namen angeben, nicht beides</translation>
    </message>
    <message>
        <source>required: the port&apos;s number or name</source>
        <translation>erforderlich: die Nummer oder der Name des Ports</translation>
    </message>
    <message>
        <source>a host is a DNS name without port or path (&quot;shop.example.com&quot;, &quot;*.example.com&quot;)</source>
        <translation>ein Host ist ein DNS-Name ohne Port oder Pfad („shop.example.com“, „*.example.com“)</translation>
    </message>
    <message>
        <source>required: Prefix, Exact or ImplementationSpecific (networking.k8s.io/v1)</source>
        <translation>erforderlich: Prefix, Exact oder ImplementationSpecific (networking.k8s.io/v1)</translation>
    </message>
    <message>
        <source>unknown pathType &quot;%1&quot;: Prefix, Exact or ImplementationSpecific</source>
        <translation>unbekannter pathType „%1“: Prefix, Exact oder ImplementationSpecific</translation>
    </message>
    <message>
        <source>a path must start with &quot;/&quot;</source>
        <translation>ein Pfad muss mit „/“ beginnen</translation>
    </message>
    <message>
        <source>an Ingress needs rules or a defaultBackend (the API server refuses it otherwise)</source>
        <translation>ein Ingress braucht rules oder ein defaultBackend (sonst lehnt der API-Server es ab)</translation>
    </message>
    <message>
        <source>a second ingress-nginx ConfigMap: %1 is used</source>
        <translation>eine zweite ingress-nginx-ConfigMap: %1 wird verwendet</translation>
    </message>
    <message>
        <source>%1 %2 was removed in Kubernetes 1.22; ingress-nginx v1.15 reads networking.k8s.io/v1</source>
        <translation>%1 %2 wurde in Kubernetes 1.22 entfernt; ingress-nginx v1.15 liest networking.k8s.io/v1</translation>
    </message>
</context>
<context>
    <name>gw::migrate::AnnotationMapper</name>
    <message>
        <source>cookie affinity needs NGINX Plus and experimental features in NGF (--plus --experimental); UpstreamSettingsPolicy ip_hash on the Ingress&apos;s Services instead: clients are kept by the first three octets of their IPv4 address (everyone behind one NAT shares a Pod), adding a Pod moves most clients, and no %1 cookie is set. Every session moves once at cut-over</source>
        <translation>Cookie-Affinität braucht in NGF NGINX Plus und experimentelle Funktionen (--plus --experimental); stattdessen UpstreamSettingsPolicy ip_hash auf den Services des Ingress: Clients bleiben nach den ersten drei Oktetten ihrer IPv4-Adresse (alle hinter einem NAT teilen sich einen Pod), ein zusätzlicher Pod verschiebt die meisten Clients, und kein Cookie %1 wird gesetzt. Jede Sitzung wechselt bei der Umstellung einmal</translation>
    </message>
    <message>
        <source>no cookie affinity in NGF OSS</source>
        <translation>keine Cookie-Affinität in NGF OSS</translation>
    </message>
    <message>
        <source>sessionPersistence (cookie %1) on the rules: NGINX Plus &quot;sticky cookie&quot; names the Pod like affinity-mode persistent%2; the cookie&apos;s value changes, so every session moves once at cut-over; NGF writes no HttpOnly, Secure, SameSite or Domain attribute, and re-sends the cookie on every response</source>
        <translation>sessionPersistence (Cookie %1) an den Regeln: „sticky cookie“ von NGINX Plus benennt den Pod wie affinity-mode persistent%2; der Wert des Cookies ändert sich, daher wechselt jede Sitzung bei der Umstellung einmal; NGF schreibt keine Attribute HttpOnly, Secure, SameSite oder Domain und sendet das Cookie mit jeder Antwort neu</translation>
    </message>
    <message>
        <source> (balanced mode&apos;s sessions moved on scale-up, these do not)</source>
        <translation> (die Sitzungen des balanced-Modus wechselten beim Hochskalieren, diese nicht)</translation>
    </message>
    <message>
        <source>sticky cookie keeps a session on its Pod, as persistent mode</source>
        <translation>sticky cookie hält eine Sitzung auf ihrem Pod, wie der persistent-Modus</translation>
    </message>
    <message>
        <source>see affinity: sticky cookie behaves like persistent mode</source>
        <translation>siehe affinity: sticky cookie verhält sich wie der persistent-Modus</translation>
    </message>
    <message>
        <source>sessionName</source>
        <translation>sessionName</translation>
    </message>
    <message>
        <source>absoluteTimeout %1 (cookie expires=)</source>
        <translation>absoluteTimeout %1 (Cookie expires=)</translation>
    </message>
    <message>
        <source>session-cookie-max-age is used instead</source>
        <translation>stattdessen gilt session-cookie-max-age</translation>
    </message>
    <message>
        <source>NGF sets the cookie&apos;s path from the rule&apos;s paths</source>
        <translation>NGF setzt den Pfad des Cookies aus den Pfaden der Regel</translation>
    </message>
    <message>
        <source>Gateway API sessionPersistence has no such setting</source>
        <translation>sessionPersistence von Gateway API hat keine solche Einstellung</translation>
    </message>
    <message>
        <source>ingress-nginx ignores this value (%1); nothing emitted</source>
        <translation>ingress-nginx ignoriert diesen Wert (%1); nichts erzeugt</translation>
    </message>
    <message>
        <source>UpstreamSettingsPolicy hash consistent on %1: nginx&apos;s ring is not resty.chash&apos;s, so about (n-1)/n of the keys reach another Pod at cut-over; a request without the key goes by round robin instead of to one Pod</source>
        <translation>UpstreamSettingsPolicy hash consistent auf %1: nginx&apos; Ring ist nicht der von resty.chash, daher erreichen etwa (n-1)/n der Schlüssel bei der Umstellung einen anderen Pod; eine Anfrage ohne den Schlüssel geht per Round Robin statt zu einem Pod</translation>
    </message>
    <message>
        <source>NGF&apos;s hashMethodKey is a single variable (^\$[a-z_]+$); use one variable such as $remote_addr or $cookie_name</source>
        <translation>hashMethodKey von NGF ist eine einzelne Variable (^\$[a-z_]+$); eine Variable wie $remote_addr oder $cookie_name verwenden</translation>
    </message>
    <message>
        <source>nginx has no subset hashing; the key hashes to single Pods</source>
        <translation>nginx kennt kein Hashing über Teilmengen; der Schlüssel führt zu einzelnen Pods</translation>
    </message>
    <message>
        <source>UpstreamSettingsPolicy %1, the nearest nginx method to peak EWMA</source>
        <translation>UpstreamSettingsPolicy %1, die nächstliegende nginx-Methode zu Peak-EWMA</translation>
    </message>
    <message>
        <source>UpstreamSettingsPolicy round_robin</source>
        <translation>UpstreamSettingsPolicy round_robin</translation>
    </message>
    <message>
        <source>ingress-nginx does not use this value alone; round robin</source>
        <translation>ingress-nginx verwendet diesen Wert nicht allein; Round Robin</translation>
    </message>
    <message>
        <source>not an nginx size</source>
        <translation>keine nginx-Größe</translation>
    </message>
    <message>
        <source>ClientSettingsPolicy body.maxSize %1 (rounded up to 4 digits)</source>
        <translation>ClientSettingsPolicy body.maxSize %1 (auf 4 Stellen aufgerundet)</translation>
    </message>
    <message>
        <source>ClientSettingsPolicy body.maxSize %1</source>
        <translation>ClientSettingsPolicy body.maxSize %1</translation>
    </message>
    <message>
        <source>not a number of seconds NGF accepts</source>
        <translation>keine Sekundenzahl, die NGF annimmt</translation>
    </message>
    <message>
        <source>ProxySettingsPolicy timeout.%1 %2s</source>
        <translation>ProxySettingsPolicy timeout.%1 %2s</translation>
    </message>
    <message>
        <source>ProxySettingsPolicy buffering.disable %1</source>
        <translation>ProxySettingsPolicy buffering.disable %1</translation>
    </message>
    <message>
        <source>ProxySettingsPolicy buffering.%1 %2</source>
        <translation>ProxySettingsPolicy buffering.%1 %2</translation>
    </message>
    <message>
        <source>ProxySettingsPolicy buffering.buffers %1 x %2</source>
        <translation>ProxySettingsPolicy buffering.buffers %1 x %2</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a positive number</source>
        <translation>keine positive Zahl</translation>
    </message>
    <message>
        <source>RateLimitPolicy %1r/%2, burst %3, nodelay, per client address, rejectCode 503 as in ingress-nginx; the limit applies to every path of the route, and NGF&apos;s zone is its own (ingress-nginx: one per Ingress)</source>
        <translation>RateLimitPolicy %1r/%2, burst %3, nodelay, je Client-Adresse, rejectCode 503 wie in ingress-nginx; die Grenze gilt für jeden Pfad der Route, und NGF hat eine eigene Zone (ingress-nginx: eine je Ingress)</translation>
    </message>
    <message>
        <source>the rules&apos; burst</source>
        <translation>der burst der Regeln</translation>
    </message>
    <message>
        <source>SnippetsFilter (&quot;deny&quot; in the locations): needs snippets enabled in NGF</source>
        <translation>SnippetsFilter („deny“ in den Locations): braucht in NGF aktivierte Snippets</translation>
    </message>
    <message>
        <source>SnippetsFilter (&quot;allow&quot; ... &quot;deny all&quot; in the locations): needs snippets enabled in NGF</source>
        <translation>SnippetsFilter („allow“ … „deny all“ in den Locations): braucht in NGF aktivierte Snippets</translation>
    </message>
    <message>
        <source>SnippetsFilter context http.server.location, copied as written: needs snippets enabled in NGF, and Lua or more_set_headers directives do not exist in NGF&apos;s nginx</source>
        <translation>SnippetsFilter im Kontext http.server.location, unverändert übernommen: braucht in NGF aktivierte Snippets, und Lua- oder more_set_headers-Direktiven gibt es im nginx von NGF nicht</translation>
    </message>
    <message>
        <source>SnippetsFilter context http.server, copied as written: needs snippets enabled in NGF</source>
        <translation>SnippetsFilter im Kontext http.server, unverändert übernommen: braucht in NGF aktivierte Snippets</translation>
    </message>
    <message>
        <source>NGF has no digest authentication</source>
        <translation>NGF hat keine Digest-Authentifizierung</translation>
    </message>
    <message>
        <source>AuthenticationFilter needs a Secret in the route&apos;s namespace</source>
        <translation>AuthenticationFilter braucht ein Secret im Namensraum der Route</translation>
    </message>
    <message>
        <source>AuthenticationFilter Basic with Secret %1 (key &quot;auth&quot;), realm &quot;%2&quot;; NGF passes the Authorization header on to the backend, ingress-nginx removed it%3</source>
        <translation>AuthenticationFilter Basic mit Secret %1 (Schlüssel „auth“), Realm „%2“; NGF reicht den Authorization-Header an das Backend weiter, ingress-nginx entfernte ihn%3</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>the CORS filter on every rule, with ingress-nginx&apos;s defaults for what is not written; with origin &quot;*&quot; and credentials NGF echoes the request&apos;s Origin where ingress-nginx sends &quot;*&quot;</source>
        <translation>der CORS-Filter an jeder Regel, mit den Vorgaben von ingress-nginx für Nichtangegebenes; bei Origin „*“ mit Credentials gibt NGF den Origin der Anfrage zurück, wo ingress-nginx „*“ sendet</translation>
    </message>
    <message>
        <source>NGF has no error pages served by a default backend</source>
        <translation>NGF hat keine Fehlerseiten, die ein Default-Backend liefert</translation>
    </message>
    <message>
        <source>NGF answers 503 when a Service has no endpoints; there is no fallback Service</source>
        <translation>NGF antwortet 503, wenn ein Service keine Endpunkte hat; es gibt keinen Ersatz-Service</translation>
    </message>
    <message>
        <source>NGF always balances over the endpoints</source>
        <translation>NGF verteilt immer über die Endpunkte</translation>
    </message>
    <message>
        <source>NGF uses nginx&apos;s defaults for retries</source>
        <translation>NGF verwendet für Wiederholungen die Vorgaben von nginx</translation>
    </message>
    <message>
        <source>no policy; it needs limit_conn_zone in the http context and limit_conn in the locations (snippets)</source>
        <translation>keine Policy; nötig sind limit_conn_zone im http-Kontext und limit_conn in den Locations (Snippets)</translation>
    </message>
    <message>
        <source>not converted; add an HTTPRoute for the other name with a RequestRedirect</source>
        <translation>nicht umgewandelt; eine HTTPRoute für den anderen Namen mit einem RequestRedirect anlegen</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>die Vorgabe</translation>
    </message>
    <message>
        <source>not converted (HTTPS needs a BackendTLSPolicy with a CA and hostname, GRPC a GRPCRoute)</source>
        <translation>nicht umgewandelt (HTTPS braucht eine BackendTLSPolicy mit CA und Hostname, GRPC eine GRPCRoute)</translation>
    </message>
    <message>
        <source>ingress-nginx v1.15.1 does not know this annotation (it had no effect); nothing emitted</source>
        <translation>ingress-nginx v1.15.1 kennt diese Annotation nicht (sie war wirkungslos); nichts erzeugt</translation>
    </message>
    <message>
        <source>Gateway Studio does not convert this annotation; nothing emitted</source>
        <translation>Gateway Studio wandelt diese Annotation nicht um; nichts erzeugt</translation>
    </message>
    <message>
        <source>UpstreamSettingsPolicy %1 for the Services without their own setting</source>
        <translation>UpstreamSettingsPolicy %1 für die Services ohne eigene Einstellung</translation>
    </message>
    <message>
        <source>ignored by ingress-nginx too: cookie affinity takes precedence (balancer.lua get_implementation)</source>
        <translation>auch von ingress-nginx ignoriert: Cookie-Affinität hat Vorrang (balancer.lua get_implementation)</translation>
    </message>
    <message>
        <source>ignored by ingress-nginx too: affinity or upstream-hash-by takes precedence (balancer.lua get_implementation)</source>
        <translation>auch von ingress-nginx ignoriert: affinity oder upstream-hash-by hat Vorrang (balancer.lua get_implementation)</translation>
    </message>
    <message>
        <source>URLRewrite hostname</source>
        <translation>URLRewrite hostname</translation>
    </message>
    <message>
        <source>RequestHeaderModifier set X-Forwarded-Prefix</source>
        <translation>RequestHeaderModifier set X-Forwarded-Prefix</translation>
    </message>
    <message>
        <source>the canary&apos;s rules take the primary&apos;s sessionPersistence (or its OSS fallback)</source>
        <translation>die Regeln des Canary übernehmen die sessionPersistence des Primärbackends (oder deren OSS-Ersatz)</translation>
    </message>
    <message>
        <source>ignored on a canary Ingress by ingress-nginx too: the primary&apos;s settings apply to the canary&apos;s rules</source>
        <translation>auch von ingress-nginx an einem Canary-Ingress ignoriert: die Einstellungen des Primärbackends gelten für die Regeln des Canary</translation>
    </message>
</context>
<context>
    <name>gw::migrate::BasicAuthSecret</name>
    <message>
        <source>; the Secret is not in the input and is an auth-map (one key per user): NGF needs the htpasswd file under the key &quot;auth&quot; of an Opaque Secret, rewrite the Secret</source>
        <translation>; das Secret ist nicht in der Eingabe und ist eine auth-map (ein Schlüssel je Benutzer): NGF braucht die htpasswd-Datei unter dem Schlüssel „auth“ eines Opaque-Secrets, das Secret umschreiben</translation>
    </message>
    <message>
        <source>; the Secret is not in the input: NGF needs it of type Opaque with the htpasswd file under the key &quot;auth&quot;</source>
        <translation>; das Secret ist nicht in der Eingabe: NGF braucht es vom Typ Opaque mit der htpasswd-Datei unter dem Schlüssel „auth“</translation>
    </message>
    <message>
        <source>; Secret %1 is an auth-map (one key per user), which NGF does not read: its users are written to %2 as the htpasswd file (keep %1 for ingress-nginx until it is gone)</source>
        <translation>; Secret %1 ist eine auth-map (ein Schlüssel je Benutzer), die NGF nicht liest: seine Benutzer werden als htpasswd-Datei in %2 geschrieben (%1 für ingress-nginx behalten, bis es abgelöst ist)</translation>
    </message>
    <message>
        <source>; the Secret has no key &quot;auth&quot;: ingress-nginx denies these locations and NGF refuses the filter (the rules answer 500) until the htpasswd file is added</source>
        <translation>; das Secret hat keinen Schlüssel „auth“: ingress-nginx verweigert diese Locations und NGF lehnt den Filter ab (die Regeln antworten 500), bis die htpasswd-Datei ergänzt ist</translation>
    </message>
    <message>
        <source>; NGF does not read Secret %1 of type %2: its key &quot;auth&quot; is copied to %3</source>
        <translation>; NGF liest Secret %1 vom Typ %2 nicht: sein Schlüssel „auth“ wird nach %3 kopiert</translation>
    </message>
</context>
<context>
    <name>gw::migrate::IngressConverter</name>
    <message>
        <source>the input has no Ingress (networking.k8s.io/v1) to convert</source>
        <translation>die Eingabe enthält kein Ingress (networking.k8s.io/v1) zum Umwandeln</translation>
    </message>
    <message>
        <source>the input has no Ingress of ingress-nginx to convert (%1 belong to other controllers)</source>
        <translation>die Eingabe enthält kein Ingress von ingress-nginx zum Umwandeln (%1 gehören zu anderen Controllern)</translation>
    </message>
    <message>
        <source>another controller&apos;s class: left out, as ingress-nginx leaves it</source>
        <translation>Klasse eines anderen Controllers: ausgelassen, wie ingress-nginx es auslässt</translation>
    </message>
    <message numerus="yes">
        <source>a List mixes Ingresses with %n other resource(s); they are not written, export them separately</source>
        <translation>
            <numerusform>eine List mischt Ingresses mit %n anderen Ressource; sie wird nicht geschrieben, bitte getrennt exportieren</numerusform>
            <numerusform>eine List mischt Ingresses mit %n anderen Ressourcen; sie werden nicht geschrieben, bitte getrennt exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>no secretName: ingress-nginx served its default certificate; a Gateway listener needs a certificate Secret</source>
        <translation>kein secretName: ingress-nginx lieferte sein Standardzertifikat; ein Gateway-Listener braucht ein Zertifikats-Secret</translation>
    </message>
    <message>
        <source>no hosts: the certificate is not attached to any listener</source>
        <translation>keine Hosts: das Zertifikat gehört zu keinem Listener</translation>
    </message>
    <message>
        <source>the Secret %1/%2 is not in the input: NGF keeps the HTTPS listener invalid until it exists, where ingress-nginx served its default certificate</source>
        <translation>das Secret %1/%2 ist nicht in der Eingabe: NGF hält den HTTPS-Listener ungültig, bis es existiert, wo ingress-nginx sein Standardzertifikat lieferte</translation>
    </message>
</context>
<context>
    <name>gw::migrate::MigrationReport</name>
    <message>
        <source>converted</source>
        <translation>umgewandelt</translation>
    </message>
    <message>
        <source>converted with a difference</source>
        <translation>mit Unterschied umgewandelt</translation>
    </message>
    <message>
        <source>not convertible</source>
        <translation>nicht umwandelbar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) converted, </source>
        <translation>
            <numerusform>%n Eintrag umgewandelt, </numerusform>
            <numerusform>%n Einträge umgewandelt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n converted with a difference, </source>
        <translation>
            <numerusform>%n mit Unterschied umgewandelt, </numerusform>
            <numerusform>%n mit Unterschied umgewandelt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not convertible</source>
        <translation>
            <numerusform>%n nicht umwandelbar</numerusform>
            <numerusform>%n nicht umwandelbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::migrate::RouteBuilder</name>
    <message>
        <source>a resource backend has no Gateway API equivalent; the rule has no backend (NGF answers 500)</source>
        <translation>ein Resource-Backend hat in Gateway API keine Entsprechung; die Regel hat kein Backend (NGF antwortet 500)</translation>
    </message>
    <message>
        <source>a backendRef needs a port number and the input has no Service %1/%2 with a port named &quot;%3&quot;; the rule has no backend (NGF answers 500)</source>
        <translation>eine backendRef braucht eine Portnummer, und die Eingabe hat keinen Service %1/%2 mit einem Port namens „%3“; die Regel hat kein Backend (NGF antwortet 500)</translation>
    </message>
    <message>
        <source>path %1: PathPrefix %2 with URLRewrite ReplacePrefixMatch &quot;/&quot;; NGF matches the prefix case-sensitively (ingress-nginx: &quot;~*&quot;)</source>
        <translation>Pfad %1: PathPrefix %2 mit URLRewrite ReplacePrefixMatch „/“; NGF vergleicht das Präfix unter Beachtung der Groß-/Kleinschreibung (ingress-nginx: „~*“)</translation>
    </message>
    <message>
        <source>path %1: URLRewrite ReplaceFullPath %2: every URI the path matches becomes %2, as in ingress-nginx, and the query string is kept</source>
        <translation>Pfad %1: URLRewrite ReplaceFullPath %2: jede URI, auf die der Pfad passt, wird zu %2, wie in ingress-nginx, und die Query bleibt erhalten</translation>
    </message>
    <message>
        <source>path %1: URLRewrite cannot use regex captures (NGF forbids &quot;$&quot; in rewrite paths) and the target is not one of the prefix idioms (P(/|$)(.*) -&gt; /$2, P/(.*) -&gt; /$1, P(/.*) -&gt; $1); requests reach the backend unrewritten. A SnippetsFilter with &apos;rewrite &quot;(?i)%1&quot; %2 break;&apos; (snippets enabled) would keep the behaviour</source>
        <translation>Pfad %1: URLRewrite kann keine Regex-Gruppen verwenden (NGF verbietet „$“ in Rewrite-Pfaden), und das Ziel ist keines der Präfix-Idiome (P(/|$)(.*) -&gt; /$2, P/(.*) -&gt; /$1, P(/.*) -&gt; $1); Anfragen erreichen das Backend ohne Rewrite. Ein SnippetsFilter mit &apos;rewrite &quot;(?i)%1&quot; %2 break;&apos; (Snippets aktiviert) behielte das Verhalten bei</translation>
    </message>
    <message>
        <source>NGF refuses a RegularExpression path with &quot;{&quot;, &quot;}&quot;, &quot;;&quot; or spaces; written as PathPrefix %1</source>
        <translation>NGF lehnt einen RegularExpression-Pfad mit „{“, „}“, „;“ oder Leerzeichen ab; als PathPrefix %1 geschrieben</translation>
    </message>
    <message>
        <source>the host %1 is in regex mode (another Ingress of it uses use-regex or rewrite-target), so ingress-nginx matched this path as the case-insensitive regex &quot;^%2&quot;; written as RegularExpression %3</source>
        <translation>der Host %1 ist im Regex-Modus (ein anderes Ingress des Hosts verwendet use-regex oder rewrite-target), daher verglich ingress-nginx diesen Pfad als Regex „^%2“ ohne Beachtung der Groß-/Kleinschreibung; als RegularExpression %3 geschrieben</translation>
    </message>
    <message>
        <source>ImplementationSpecific: ingress-nginx matched &quot;%1&quot; as a string prefix (it also matched &quot;%1x&quot;); PathPrefix matches whole path segments only</source>
        <translation>ImplementationSpecific: ingress-nginx verglich „%1“ als Zeichenketten-Präfix (es passte auch auf „%1x“); PathPrefix passt nur auf ganze Pfadsegmente</translation>
    </message>
    <message>
        <source>ignored by ingress-nginx too: temporal-redirect wins</source>
        <translation>auch von ingress-nginx ignoriert: temporal-redirect hat Vorrang</translation>
    </message>
    <message>
        <source>not an absolute URL; RequestRedirect needs scheme and host</source>
        <translation>keine absolute URL; RequestRedirect braucht Schema und Host</translation>
    </message>
    <message>
        <source>; status %1 is not possible in Gateway API, %2 is used</source>
        <translation>; Status %1 ist in Gateway API nicht möglich, %2 wird verwendet</translation>
    </message>
    <message>
        <source>RequestRedirect %1 to %2; NGF appends the request&apos;s query string ($is_args$args), ingress-nginx&apos;s &quot;return&quot; does not%3</source>
        <translation>RequestRedirect %1 nach %2; NGF hängt die Query der Anfrage an ($is_args$args), das „return“ von ingress-nginx nicht%3</translation>
    </message>
    <message>
        <source>path %1: a second canary of the same path; ingress-nginx uses only the first (%2), so does the conversion</source>
        <translation>Pfad %1: ein zweiter Canary desselben Pfads; ingress-nginx verwendet nur den ersten (%2), die Umwandlung ebenso</translation>
    </message>
    <message>
        <source>joins the rules of %1 for host %2</source>
        <translation>schließt sich den Regeln von %1 für den Host %2 an</translation>
    </message>
    <message>
        <source>NGF&apos;s header rule always wins, while in ingress-nginx a client holding the primary&apos;s affinity cookie stays on the primary</source>
        <translation>die Header-Regel von NGF gewinnt immer, während in ingress-nginx ein Client mit dem Affinitäts-Cookie des Primärbackends beim Primärbackend bleibt</translation>
    </message>
    <message>
        <source>a rule matching header %1: %2 goes to the canary; %3</source>
        <translation>eine Regel auf den Header %1: %2 führt zum Canary; %3</translation>
    </message>
    <message>
        <source>a rule matching header %1 against the regex %2 goes to the canary (NGF&apos;s njs tests each comma-separated value, ingress-nginx the whole header with PCRE); %3</source>
        <translation>eine Regel, die den Header %1 mit dem Regex %2 vergleicht, führt zum Canary (das njs von NGF prüft jeden durch Komma getrennten Wert, ingress-nginx den ganzen Header mit PCRE); %3</translation>
    </message>
    <message>
        <source>header rules for %1 (&quot;always&quot; to the canary, &quot;never&quot; to the primary); %2</source>
        <translation>Header-Regeln für %1 („always“ zum Canary, „never“ zum Primärbackend); %2</translation>
    </message>
    <message>
        <source>rules matching the Cookie header against %1 (canary) and %2 (primary); %3</source>
        <translation>Regeln, die den Cookie-Header mit %1 (Canary) und %2 (Primärbackend) vergleichen; %3</translation>
    </message>
    <message>
        <source>backendRef weights %1 (primary) and %2 (canary): NGF splits each request anew (split_clients on $request_id), so a client is not kept on the canary as ingress-nginx&apos;s affinity cookie keeps it</source>
        <translation>backendRef-Gewichte %1 (Primärbackend) und %2 (Canary): NGF teilt jede Anfrage neu auf (split_clients über $request_id), daher bleibt ein Client nicht beim Canary, wie ihn das Affinitäts-Cookie von ingress-nginx hält</translation>
    </message>
    <message>
        <source>below 100, which ingress-nginx ignores; 100 is used</source>
        <translation>unter 100, was ingress-nginx ignoriert; 100 wird verwendet</translation>
    </message>
    <message>
        <source>the weights&apos; total</source>
        <translation>die Summe der Gewichte</translation>
    </message>
    <message>
        <source>the host has no TLS here; rules answer 308 to https only for requests with X-Forwarded-Proto: http (a TLS-terminating load balancer in front); ingress-nginx redirected every plain-HTTP request unless use-forwarded-headers was on</source>
        <translation>der Host hat hier kein TLS; Regeln antworten nur Anfragen mit X-Forwarded-Proto: http mit 308 nach https (ein TLS-terminierender Load Balancer davor); ingress-nginx leitete jede Klartext-HTTP-Anfrage um, außer bei use-forwarded-headers</translation>
    </message>
    <message>
        <source>true (default)</source>
        <translation>true (Vorgabe)</translation>
    </message>
    <message>
        <source>HTTPRoute %1-ssl-redirect on the http listener answers 308 to https; NGF keeps a trailing slash and redirects /.well-known/acme-challenge too, where ingress-nginx strips the slash and exempts that path</source>
        <translation>HTTPRoute %1-ssl-redirect am http-Listener antwortet mit 308 nach https; NGF behält einen abschließenden Schrägstrich und leitet auch /.well-known/acme-challenge um, wo ingress-nginx den Schrägstrich entfernt und diesen Pfad ausnimmt</translation>
    </message>
    <message>
        <source>an Exact &quot;/&quot; rule with RequestRedirect 302 to %1; NGF&apos;s Location names the listener&apos;s port and keeps the query string</source>
        <translation>eine Exact-„/“-Regel mit RequestRedirect 302 nach %1; die Location von NGF nennt den Port des Listeners und behält die Query</translation>
    </message>
    <message>
        <source>no TLS host: nothing to redirect</source>
        <translation>kein TLS-Host: nichts umzuleiten</translation>
    </message>
    <message>
        <source>the routes attach to the http and https listeners</source>
        <translation>die Routen hängen an den Listenern http und https</translation>
    </message>
    <message>
        <source>off: nothing to redirect</source>
        <translation>aus: nichts umzuleiten</translation>
    </message>
    <message>
        <source>paths as RegularExpression &quot;/(?i)...&quot; (case-insensitive like ingress-nginx&apos;s &quot;~*&quot;); NGF orders regex locations of equal length by path ascending, ingress-nginx descending</source>
        <translation>Pfade als RegularExpression „/(?i)…“ (ohne Beachtung der Groß-/Kleinschreibung wie „~*“ von ingress-nginx); NGF ordnet Regex-Locations gleicher Länge nach Pfad aufsteigend, ingress-nginx absteigend</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>path %1 has no primary Ingress with the same host, path and pathType (ingress-nginx drops such a canary too); nothing emitted</source>
        <translation>Pfad %1 hat kein primäres Ingress mit gleichem Host, Pfad und pathType (ingress-nginx verwirft einen solchen Canary ebenfalls); nichts erzeugt</translation>
    </message>
    <message>
        <source>path %1 splits between the primary and a canary by weight: NGF gives each backend its own sticky upstream under the same cookie name (graph/backend_refs.go), so a client drawn to the other backend has its cookie replaced; ingress-nginx keeps a canary client on the canary</source>
        <translation>Pfad %1 teilt nach Gewicht zwischen Primärbackend und Canary auf: NGF gibt jedem Backend einen eigenen Sticky-Upstream unter demselben Cookie-Namen (graph/backend_refs.go), daher wird einem Client, den es zum anderen Backend zieht, das Cookie ersetzt; ingress-nginx hält einen Canary-Client beim Canary</translation>
    </message>
</context>
<context>
    <name>gw::ngf::BackendRefResolver</name>
    <message>
        <source>InferencePool backends need NGINX Gateway Fabric&apos;s inference extension, which the preview models as off (NGF&apos;s default): NGF looks for a Service of that name instead</source>
        <translation>InferencePool-Backends brauchen die Inference-Erweiterung von NGINX Gateway Fabric, die die Vorschau als ausgeschaltet modelliert (NGFs Voreinstellung): NGF sucht stattdessen einen Service dieses Namens</translation>
    </message>
</context>
<context>
    <name>gw::ngf::BackendTlsProcessor</name>
    <message>
        <source>NGINX Gateway Fabric v2.6.7 ignores subjectAltNames: nginx verifies the backend certificate against spec.validation.hostname (proxy_ssl_name)</source>
        <translation>NGINX Gateway Fabric v2.6.7 übergeht subjectAltNames: nginx prüft das Backend-Zertifikat gegen spec.validation.hostname (proxy_ssl_name)</translation>
    </message>
    <message>
        <source>NGINX Gateway Fabric v2.6.7 ignores BackendTLSPolicy options; no option reaches the configuration</source>
        <translation>NGINX Gateway Fabric v2.6.7 übergeht die options einer BackendTLSPolicy; keine Option gelangt in die Konfiguration</translation>
    </message>
    <message>
        <source>no backendRef of a route of NGINX Gateway Fabric&apos;s Gateways uses a Service this policy targets: NGF writes no status for it and it changes no configuration</source>
        <translation>kein backendRef einer Route der Gateways von NGINX Gateway Fabric nutzt einen Service, auf den diese Policy zielt: NGF schreibt keinen Status für sie, und sie ändert keine Konfiguration</translation>
    </message>
    <message>
        <source> (it is invalid: %1)</source>
        <translation> (sie ist ungültig: %1)</translation>
    </message>
</context>
<context>
    <name>gw::ngf::FilterProcessor</name>
    <message>
        <source>NGF watches SnippetsFilters only when its control plane runs with snippets enabled (--snippets): it writes this filter no status, and ExtensionRefs to it are not found</source>
        <translation>NGF beobachtet SnippetsFilter nur, wenn seine Steuerungsebene mit aktivierten Snippets läuft (--snippets): es schreibt diesem Filter keinen Status, und ExtensionRefs darauf werden nicht gefunden</translation>
    </message>
    <message>
        <source>the preview does not model %1 authentication (NGINX Plus): NGF&apos;s checks of the filter are not made, it is shown as accepted, and the auth_jwt/auth_oidc lines NGF writes are left out</source>
        <translation>die Vorschau bildet %1-Authentifizierung (NGINX Plus) nicht ab: NGFs Prüfungen des Filters entfallen, er wird als akzeptiert gezeigt, und die auth_jwt/auth_oidc-Zeilen, die NGF schreibt, fehlen</translation>
    </message>
</context>
<context>
    <name>gw::ngf::Generator</name>
    <message>
        <source>Gateway %1/%2 is not an NGINX Gateway Fabric Gateway of this design (it has none)</source>
        <translation>Gateway %1/%2 ist kein Gateway von NGINX Gateway Fabric in diesem Entwurf (er hat keines)</translation>
    </message>
    <message>
        <source>Gateway %1/%2 is not an NGINX Gateway Fabric Gateway of this design; it has: %3</source>
        <translation>Gateway %1/%2 ist kein Gateway von NGINX Gateway Fabric in diesem Entwurf; er hat: %3</translation>
    </message>
    <message>
        <source>the design has no Gateway of NGINX Gateway Fabric&apos;s class (gatewayClassName: nginx)</source>
        <translation>der Entwurf hat kein Gateway der Klasse von NGINX Gateway Fabric (gatewayClassName: nginx)</translation>
    </message>
    <message>
        <source>the design has several Gateways; choose one with --gateway NS/NAME: %1</source>
        <translation>der Entwurf hat mehrere Gateways; wählen Sie eines mit --gateway NS/NAME: %1</translation>
    </message>
</context>
<context>
    <name>gw::ngf::GraphBuilder</name>
    <message>
        <source>GatewayClass &quot;%1&quot; is not NGINX Gateway Fabric&apos;s; NGF ignores this Gateway</source>
        <translation>die GatewayClass „%1“ gehört nicht zu NGINX Gateway Fabric; NGF übergeht dieses Gateway</translation>
    </message>
</context>
<context>
    <name>gw::ngf::L4RouteProcessor</name>
    <message>
        <source>NGF watches %1s only with experimental features (--experimental): it leaves this route out</source>
        <translation>NGF beobachtet %1s nur mit experimentellen Funktionen (--experimental): es lässt diese Route weg</translation>
    </message>
    <message>
        <source>two parentRefs name the same listener: NGF drops every parent of this route and writes an empty status</source>
        <translation>zwei parentRefs nennen denselben Listener: NGF verwirft alle Eltern dieser Route und schreibt einen leeren Status</translation>
    </message>
</context>
<context>
    <name>gw::ngf::ListenerSetProcessor</name>
    <message>
        <source>Gateway %1/%2 is not in the design or not of NGINX Gateway Fabric&apos;s class: NGF ignores this ListenerSet and writes no status for it</source>
        <translation>Gateway %1/%2 ist nicht im Entwurf oder nicht von der Klasse von NGINX Gateway Fabric: NGF ignoriert dieses ListenerSet und schreibt keinen Status dafür</translation>
    </message>
</context>
<context>
    <name>gw::ngf::NgfPolicyProcessor</name>
    <message>
        <source>There is no NGF Gateway: NGF ignores %1 %2 and writes no status</source>
        <translation>Es gibt kein NGF-Gateway: NGF ignoriert %1 %2 und schreibt keinen Status</translation>
    </message>
    <message>
        <source>NGF knows no %1 %2/%3 (of NGF&apos;s Gateways and their routes): this target is ignored</source>
        <translation>NGF kennt kein %1 %2/%3 (unter den NGF-Gateways und ihren Routen): dieses Ziel wird ignoriert</translation>
    </message>
    <message>
        <source>None of the targets exists: NGF ignores %1 %2 and writes no status</source>
        <translation>Keines der Ziele existiert: NGF ignoriert %1 %2 und schreibt keinen Status</translation>
    </message>
    <message>
        <source>NGF watches SnippetsPolicies only when its control plane runs with snippets enabled (--snippets): it ignores this policy and writes it no status</source>
        <translation>NGF beobachtet SnippetsPolicies nur, wenn seine Steuerebene mit aktivierten Snippets läuft (--snippets): es ignoriert diese Policy und schreibt ihr keinen Status</translation>
    </message>
    <message>
        <source>Gateway %1 has no NginxProxy: NGF then skips the telemetry check and applies the policy, but main.conf loads no otel module, so nginx rejects otel_trace</source>
        <translation>Gateway %1 hat keinen NginxProxy: NGF überspringt dann die Telemetrie-Prüfung und wendet die Policy an, aber main.conf lädt kein otel-Modul, daher lehnt nginx otel_trace ab</translation>
    </message>
    <message>
        <source>Gateway %1 has no NginxProxy: NGF then skips the WAF check and applies the policy to the route, but main.conf loads no App Protect module, so nginx rejects app_protect_enable</source>
        <translation>Gateway %1 hat keinen NginxProxy: NGF überspringt dann die WAF-Prüfung und wendet die Policy auf die Route an, aber main.conf lädt kein App-Protect-Modul, daher lehnt nginx app_protect_enable ab</translation>
    </message>
</context>
<context>
    <name>gw::ngf::NginxProxyProcessor</name>
    <message>
        <source>NGINX Gateway Fabric writes only the IPAddress entries of dnsResolver addresses into the resolver directive; this Hostname is left out</source>
        <translation>NGINX Gateway Fabric schreibt nur die IPAddress-Einträge der dnsResolver-Adressen in die resolver-Direktive; dieser Hostname fehlt dort</translation>
    </message>
    <message>
        <source>the preview does not model disableBaseHeaders (edge): the base proxy_set_header lines are still shown</source>
        <translation>die Vorschau modelliert disableBaseHeaders (edge) nicht: die Basis-Zeilen proxy_set_header werden weiter gezeigt</translation>
    </message>
</context>
<context>
    <name>gw::ngf::RouteProcessor</name>
    <message>
        <source>NGF runs without snippets (--snippets): it does not watch SnippetsFilters, so this reference is not found and the rule answers 500</source>
        <translation>NGF läuft ohne Snippets (--snippets): es beobachtet keine SnippetsFilter, daher wird dieser Verweis nicht gefunden und die Regel antwortet mit 500</translation>
    </message>
    <message>
        <source>the preview does not render %1 filters; the rule is shown without it</source>
        <translation>die Vorschau stellt %1-Filter nicht dar; die Regel wird ohne ihn gezeigt</translation>
    </message>
    <message>
        <source>the preview does not render %1 authentication: the rule is shown without the auth_jwt/auth_oidc lines NGF writes</source>
        <translation>die Vorschau stellt %1-Authentifizierung nicht dar: die Regel wird ohne die auth_jwt/auth_oidc-Zeilen gezeigt, die NGF schreibt</translation>
    </message>
</context>
<context>
    <name>gw::ngf::Unmodelled</name>
    <message>
        <source>%1 attaches to listener %2, but Gateway Studio does not model %3: the listener&apos;s status and routes leave it out</source>
        <translation>%1 hängt am Listener %2, aber Gateway Studio modelliert %3 nicht: Status und Routen des Listeners lassen sie weg</translation>
    </message>
    <message>
        <source>NGF acts on %1, but Gateway Studio does not model it yet: the preview, the status and the simulation leave it out (it is kept and exported as written)</source>
        <translation>NGF reagiert auf %1, aber Gateway Studio modelliert es noch nicht: Vorschau, Status und Simulation lassen es weg (es bleibt erhalten und wird so exportiert, wie es geschrieben ist)</translation>
    </message>
    <message>
        <source>NGINX Gateway Fabric does not act on %1 (%2): it is kept and exported as written</source>
        <translation>NGINX Gateway Fabric beachtet %1 (%2) nicht: es bleibt erhalten und wird so exportiert, wie es geschrieben ist</translation>
    </message>
</context>
<context>
    <name>gw::nginx::AuthJwt</name>
    <message>
        <source>auth_jwt is off</source>
        <translation>auth_jwt ist aus (off)</translation>
    </message>
    <message>
        <source>no Bearer token in the Authorization header</source>
        <translation>kein Bearer-Token im Authorization-Header</translation>
    </message>
    <message>
        <source>a Bearer token is present; its signature, expiry and claims are not verified by the simulator (NGINX Plus checks them against the JWKS): the request goes on</source>
        <translation>ein Bearer-Token ist vorhanden; seine Signatur, sein Ablauf und seine Claims werden vom Simulator nicht geprüft (NGINX Plus prüft sie gegen das JWKS): die Anfrage geht weiter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation>Direktive &quot;%1&quot; ist doppelt</translation>
    </message>
</context>
<context>
    <name>gw::nginx::AuthBasic</name>
    <message>
        <source>auth_basic is off</source>
        <translation>auth_basic ist aus (off)</translation>
    </message>
    <message>
        <source>no user/password was provided for basic authentication</source>
        <translation>für die Basic-Authentifizierung wurden kein Benutzer und kein Passwort angegeben</translation>
    </message>
    <message>
        <source>pread() &quot;%1&quot; failed (21: Is a directory)</source>
        <translation>pread() „%1“ fehlgeschlagen (21: Ist ein Verzeichnis)</translation>
    </message>
    <message>
        <source>open() &quot;%1&quot; failed (2: No such file or directory)</source>
        <translation>open() „%1“ fehlgeschlagen (2: Datei oder Verzeichnis nicht gefunden)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; was not found in &quot;%2&quot;</source>
        <translation>Benutzer „%1“ wurde in „%2“ nicht gefunden</translation>
    </message>
    <message>
        <source>crypt_r() failed</source>
        <translation>crypt_r() fehlgeschlagen</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; authenticated</source>
        <translation>Benutzer „%1“ authentifiziert</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: password mismatch</source>
        <translation>Benutzer „%1“: Passwort stimmt nicht überein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation>die Direktive „%1“ ist doppelt</translation>
    </message>
</context>
<context>
    <name>gw::nginx::CompileLog</name>
    <message>
        <source>pcre2_compile() failed: %1 in &quot;%2&quot;</source>
        <translation>pcre2_compile() fehlgeschlagen: %1 in „%2“</translation>
    </message>
</context>
<context>
    <name>gw::nginx::ComplexValue</name>
    <message>
        <source>invalid variable name in &quot;%1&quot;</source>
        <translation>ungültiger Variablenname in „%1“</translation>
    </message>
    <message>
        <source>the closing bracket in &quot;%1&quot; variable is missing</source>
        <translation>in der Variablen „%1“ fehlt die schließende Klammer</translation>
    </message>
</context>
<context>
    <name>gw::nginx::Config</name>
    <message>
        <source>open() &quot;%1&quot; failed (2: No such file or directory)</source>
        <translation>open() „%1“ fehlgeschlagen (2: Datei oder Verzeichnis nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>gw::nginx::ConfigParser</name>
    <message>
        <source>&quot;%1&quot; directive is not allowed here</source>
        <translation>die Direktive „%1“ ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>directive &quot;%1&quot; has no opening &quot;{&quot;</source>
        <translation>die Direktive „%1“ hat kein öffnendes „{“</translation>
    </message>
    <message>
        <source>directive &quot;%1&quot; is not terminated by &quot;;&quot;</source>
        <translation>die Direktive „%1“ ist nicht mit „;“ abgeschlossen</translation>
    </message>
    <message>
        <source>invalid number of arguments in &quot;%1&quot; directive</source>
        <translation>ungültige Anzahl von Argumenten in der Direktive „%1“</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>unexpected end of file, expecting &quot;}&quot;</source>
        <translation>unerwartetes Dateiende, „}“ erwartet</translation>
    </message>
    <message>
        <source>unexpected &quot;}&quot;</source>
        <translation>unerwartetes „}“</translation>
    </message>
    <message>
        <source>more than %1 directives</source>
        <translation>mehr als %1 Direktiven</translation>
    </message>
    <message>
        <source>unexpected &quot;{&quot;</source>
        <translation>unerwartetes „{“</translation>
    </message>
    <message>
        <source>blocks are nested more than %1 deep</source>
        <translation>Blöcke sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>open() &quot;%1&quot; failed (2: No such file or directory)</source>
        <translation>open() „%1“ fehlgeschlagen (2: Datei oder Verzeichnis nicht gefunden)</translation>
    </message>
    <message>
        <source>; the include is skipped</source>
        <translation>; die include-Anweisung wird übersprungen</translation>
    </message>
    <message>
        <source>includes are nested more than %1 deep (does &quot;%2&quot; include itself?)</source>
        <translation>include-Anweisungen sind tiefer als %1 Ebenen verschachtelt (bindet „%2“ sich selbst ein?)</translation>
    </message>
</context>
<context>
    <name>gw::nginx::ContextCompiler</name>
    <message>
        <source>duplicate upstream &quot;%1&quot;</source>
        <translation>doppelter Upstream „%1“</translation>
    </message>
    <message>
        <source>invalid number of arguments in &quot;%1&quot; directive</source>
        <translation>ungültige Anzahl von Argumenten in der Direktive „%1“</translation>
    </message>
    <message>
        <source>failed to open file &quot;%1&quot; of js_preload_object &quot;%2&quot;</source>
        <translation>die Datei „%1“ von js_preload_object „%2“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>failed to parse &quot;%1&quot; of js_preload_object &quot;%2&quot;: %3</source>
        <translation>„%1“ von js_preload_object „%2“ kann nicht geparst werden: %3</translation>
    </message>
    <message>
        <source>invalid variable name &quot;%1&quot;</source>
        <translation>ungültiger Variablenname „%1“</translation>
    </message>
    <message>
        <source>$%1 is defined again: this definition replaces the earlier one</source>
        <translation>$%1 wird erneut definiert: diese Definition ersetzt die frühere</translation>
    </message>
    <message>
        <source>invalid number of the map parameters</source>
        <translation>ungültige Anzahl von map-Parametern</translation>
    </message>
    <message>
        <source>duplicate default map parameter</source>
        <translation>doppelter default-Parameter in map</translation>
    </message>
    <message>
        <source>conflicting parameter &quot;%1&quot;</source>
        <translation>widersprüchlicher Parameter „%1“</translation>
    </message>
    <message>
        <source>invalid number of arguments in split_clients line</source>
        <translation>ungültige Anzahl von Argumenten in einer split_clients-Zeile</translation>
    </message>
    <message>
        <source>invalid port in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation>ungültiger Port in „%1“ der Direktive „listen“</translation>
    </message>
    <message>
        <source>invalid IPv6 address in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation>ungültige IPv6-Adresse in „%1“ der Direktive „listen“</translation>
    </message>
    <message>
        <source>host not found in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation>Host in „%1“ der Direktive „listen“ nicht gefunden</translation>
    </message>
    <message>
        <source>invalid parameter &quot;%1&quot;</source>
        <translation>ungültiger Parameter „%1“</translation>
    </message>
    <message>
        <source>a duplicate listen %1</source>
        <translation>doppeltes listen %1</translation>
    </message>
    <message>
        <source>a duplicate default server for %1</source>
        <translation>doppelter Default-Server für %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>unknown &quot;%1&quot; variable</source>
        <translation>unbekannte Variable „%1“</translation>
    </message>
</context>
<context>
    <name>gw::nginx::FileSet</name>
    <message>
        <source>no &quot;# configuration file PATH:&quot; line: this is not an nginx -T listing</source>
        <translation>keine Zeile „# configuration file PATH:“: das ist keine Auflistung von nginx -T</translation>
    </message>
</context>
<context>
    <name>gw::nginx::HttpMatches</name>
    <message>
        <source>header &quot;%1&quot; is %2</source>
        <translation>Header „%1“ ist %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>header &quot;%1: %2&quot; does not fit %3 &quot;%4&quot;</source>
        <translation>Header „%1: %2“ passt nicht zu %3 „%4“</translation>
    </message>
    <message>
        <source>query parameter &quot;%1&quot; is %2</source>
        <translation>Abfrageparameter „%1“ ist %2</translation>
    </message>
    <message>
        <source>query parameter &quot;%1=%2&quot; does not fit %3 &quot;%4&quot;</source>
        <translation>Abfrageparameter „%1=%2“ passt nicht zu %3 „%4“</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>the matches object (js_preload_object) is not loaded</source>
        <translation>das matches-Objekt (js_preload_object) ist nicht geladen</translation>
    </message>
    <message>
        <source>entry %1 (%2): &quot;any&quot; fits every request</source>
        <translation>Eintrag %1 (%2): „any“ passt auf jede Anfrage</translation>
    </message>
    <message>
        <source>method %1 is not %2</source>
        <translation>Methode %1 ist nicht %2</translation>
    </message>
    <message>
        <source>entry %1 %2: fits</source>
        <translation>Eintrag %1 %2: passt</translation>
    </message>
    <message>
        <source>entry %1 %2: %3</source>
        <translation>Eintrag %1 %2: %3</translation>
    </message>
    <message>
        <source>the script failed: %1</source>
        <translation>das Skript ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>gw::nginx::LimitReq</name>
    <message>
        <source>invalid zone size &quot;%1&quot;</source>
        <translation>ungültige Zonengröße „%1“</translation>
    </message>
    <message>
        <source>zone &quot;%1&quot; is too small</source>
        <translation>die Zone „%1“ ist zu klein</translation>
    </message>
    <message>
        <source>invalid rate &quot;%1&quot;</source>
        <translation>ungültige Rate „%1“</translation>
    </message>
    <message>
        <source>invalid parameter &quot;%1&quot;</source>
        <translation>ungültiger Parameter „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have &quot;zone&quot; parameter</source>
        <translation>„%1“ braucht den Parameter „zone“</translation>
    </message>
    <message>
        <source>the size %1 of shared memory zone &quot;%2&quot; conflicts with already declared size %3</source>
        <translation>die Größe %1 der Shared-Memory-Zone „%2“ widerspricht der schon deklarierten Größe %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already bound to key &quot;%3&quot;</source>
        <translation>%1 „%2“ ist schon an den Schlüssel „%3“ gebunden</translation>
    </message>
    <message>
        <source>invalid burst value &quot;%1&quot;</source>
        <translation>ungültiger burst-Wert „%1“</translation>
    </message>
    <message>
        <source>invalid delay value &quot;%1&quot;</source>
        <translation>ungültiger delay-Wert „%1“</translation>
    </message>
    <message>
        <source>zero size shared memory zone &quot;%1&quot;</source>
        <translation>die Shared-Memory-Zone „%1“ hat die Größe null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation>die Direktive „%1“ ist doppelt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive invalid number</source>
        <translation>die Direktive „%1“: ungültige Zahl</translation>
    </message>
    <message>
        <source>value must be between 400 and 599</source>
        <translation>der Wert muss zwischen 400 und 599 liegen</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; in &quot;%2&quot; directive, it must be &quot;on&quot; or &quot;off&quot;</source>
        <translation>ungültiger Wert „%1“ in der Direktive „%2“, er muss „on“ oder „off“ sein</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot;</source>
        <translation>ungültiger Wert „%1“</translation>
    </message>
</context>
<context>
    <name>gw::nginx::LimitReqZones</name>
    <message>
        <source>, dry run</source>
        <translation>, Probelauf (dry run)</translation>
    </message>
    <message>
        <source>limiting requests%1, excess: %2 by zone &quot;%3&quot;</source>
        <translation>Anfragen werden begrenzt%1, Überschuss: %2 in Zone „%3“</translation>
    </message>
    <message>
        <source>delaying request%1, excess: %2, by zone &quot;%3&quot;</source>
        <translation>Anfrage wird verzögert%1, Überschuss: %2, durch Zone „%3“</translation>
    </message>
</context>
<context>
    <name>gw::nginx::RequestState</name>
    <message>
        <source>map %1 = &quot;%2&quot; -&gt; $%3 = &quot;%4&quot; (%5)</source>
        <translation>map %1 = &quot;%2&quot; -&gt; $%3 = &quot;%4&quot; (%5)</translation>
    </message>
    <message>
        <source>no part (the percentages add up to less than 100%)</source>
        <translation>kein Anteil (die Prozentwerte ergeben zusammen weniger als 100 %)</translation>
    </message>
    <message>
        <source>split_clients %1 = &quot;%2&quot;: MurmurHash2 %3 (%4% of 2^32) -&gt; %5 -&gt; $%6 = &quot;%7&quot;</source>
        <translation>split_clients %1 = &quot;%2&quot;: MurmurHash2 %3 (%4% von 2^32) -&gt; %5 -&gt; $%6 = &quot;%7&quot;</translation>
    </message>
</context>
<context>
    <name>gw::nginx::RouteEngine</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on %1 port %2</source>
        <translation>Verbindung abgelehnt: nichts lauscht auf %1, Port %2</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>einer beliebigen Adresse</translation>
    </message>
    <message numerus="yes">
        <source>connection to %1, listened on by %n server(s)</source>
        <translation>
            <numerusform>Verbindung zu %1, dort lauscht %n Server</numerusform>
            <numerusform>Verbindung zu %1, dort lauschen %n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>The plain HTTP request was sent to HTTPS port</source>
        <translation>Die einfache HTTP-Anfrage wurde an einen HTTPS-Port gesendet</translation>
    </message>
    <message>
        <source>TLS without SNI: the default server&apos;s certificate</source>
        <translation>TLS ohne SNI: das Zertifikat des Default-Servers</translation>
    </message>
    <message>
        <source>TLS with SNI &quot;%1&quot;: server %2 (%3)</source>
        <translation>TLS mit SNI „%1“: Server %2 (%3)</translation>
    </message>
    <message>
        <source>default server</source>
        <translation>Default-Server</translation>
    </message>
    <message>
        <source>TLS handshake rejected (ssl_reject_handshake on)</source>
        <translation>TLS-Handshake abgelehnt (ssl_reject_handshake on)</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 is not an ssl listener</source>
        <translation>TLS-Handshake fehlgeschlagen: %1 ist kein ssl-Listener</translation>
    </message>
    <message>
        <source>client attempted to request the server name different from the one that was negotiated</source>
        <translation>der Client hat einen anderen Servernamen angefragt als den ausgehandelten</translation>
    </message>
    <message>
        <source>client sent invalid method</source>
        <translation>der Client hat eine ungültige Methode gesendet</translation>
    </message>
    <message>
        <source>client sent invalid request</source>
        <translation>der Client hat eine ungültige Anfrage gesendet</translation>
    </message>
    <message>
        <source>client sent invalid request (the target &quot;%1&quot; is not a valid URI)</source>
        <translation>der Client hat eine ungültige Anfrage gesendet (das Ziel „%1“ ist keine gültige URI)</translation>
    </message>
    <message>
        <source>%1 %2: $uri &quot;%3&quot;, $args &quot;%4&quot;</source>
        <translation>%1 %2: $uri &quot;%3&quot;, $args &quot;%4&quot;</translation>
    </message>
    <message>
        <source>client sent invalid header line: &quot;%1&quot;</source>
        <translation>der Client hat eine ungültige Header-Zeile gesendet: „%1“</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; ignored: nginx drops header names with characters other than letters, digits and &apos;-&apos; (ignore_invalid_headers on, underscores_in_headers off)</source>
        <translation>Header „%1“ ignoriert: nginx verwirft Header-Namen mit anderen Zeichen als Buchstaben, Ziffern und „-“ (ignore_invalid_headers on, underscores_in_headers off)</translation>
    </message>
    <message>
        <source>client sent duplicate host header</source>
        <translation>der Client hat den Host-Header doppelt gesendet</translation>
    </message>
    <message>
        <source>client sent duplicate header line: &quot;%1&quot;</source>
        <translation>der Client hat eine Header-Zeile doppelt gesendet: „%1“</translation>
    </message>
    <message>
        <source>client sent invalid host header &quot;%1&quot;</source>
        <translation>der Client hat einen ungültigen Host-Header „%1“ gesendet</translation>
    </message>
    <message>
        <source>client sent HTTP/1.1 request without &quot;Host&quot; header</source>
        <translation>der Client hat eine HTTP/1.1-Anfrage ohne „Host“-Header gesendet</translation>
    </message>
    <message>
        <source>no $request_id given: using 32 zeros</source>
        <translation>keine $request_id angegeben: es werden 32 Nullen verwendet</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 exact, %2 leading-wildcard, %3 trailing-wildcard and %4 regex names (%5)</source>
        <translation>%1 exakte Namen, %2 mit Wildcard am Anfang, %3 mit Wildcard am Ende und %4 reguläre Ausdrücke (%5)</translation>
    </message>
    <message>
        <source>exact name &quot;%1&quot;</source>
        <translation>exakter Name „%1“</translation>
    </message>
    <message>
        <source>longest leading wildcard &quot;%1&quot;</source>
        <translation>längster Name mit Wildcard am Anfang „%1“</translation>
    </message>
    <message>
        <source>longest trailing wildcard &quot;%1&quot;</source>
        <translation>längster Name mit Wildcard am Ende „%1“</translation>
    </message>
    <message>
        <source>first matching regex &quot;%1&quot;</source>
        <translation>erster passender regulärer Ausdruck „%1“</translation>
    </message>
    <message>
        <source>the server chosen by SNI (no Host header)</source>
        <translation>der per SNI gewählte Server (kein Host-Header)</translation>
    </message>
    <message>
        <source>no name matched: the default_server</source>
        <translation>kein Name passt: der default_server</translation>
    </message>
    <message>
        <source>no name matched: the first server on this address</source>
        <translation>kein Name passt: der erste Server auf dieser Adresse</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; compared with %2 on %3: server %4 (%5)</source>
        <translation>Host „%1“ verglichen mit %2 auf %3: Server %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>444: the connection is closed without a response</source>
        <translation>444: die Verbindung wird ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 redirect to %2</source>
        <translation>%1-Weiterleitung nach %2</translation>
    </message>
    <message>
        <source>%1 with body &quot;%2&quot;</source>
        <translation>%1 mit Body „%2“</translation>
    </message>
    <message>
        <source>%1 (nginx&apos;s own page)</source>
        <translation>%1 (eigene Seite von nginx)</translation>
    </message>
    <message>
        <source>first matching regex</source>
        <translation>erster passender regulärer Ausdruck</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>exakte Übereinstimmung</translation>
    </message>
    <message>
        <source>longest prefix</source>
        <translation>längstes Präfix</translation>
    </message>
    <message>
        <source>the URI is the location without its trailing &apos;/&apos;</source>
        <translation>die URI ist die Location ohne ihren abschließenden „/“</translation>
    </message>
    <message>
        <source>no location matches; the server level handles the request</source>
        <translation>keine Location passt; die Server-Ebene bearbeitet die Anfrage</translation>
    </message>
    <message>
        <source> (^~: regexes are not tried)</source>
        <translation> (^~: reguläre Ausdrücke werden nicht geprüft)</translation>
    </message>
    <message>
        <source>; regexes tried: %1</source>
        <translation>; geprüfte reguläre Ausdrücke: %1</translation>
    </message>
    <message>
        <source>$uri &quot;%1&quot;: location %2 (%3)</source>
        <translation>$uri &quot;%1&quot;: location %2 (%3)</translation>
    </message>
    <message>
        <source>$uri &quot;%1&quot;: %2</source>
        <translation>$uri &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the location is internal: an external request gets 404</source>
        <translation>die Location ist internal: eine externe Anfrage erhält 404</translation>
    </message>
    <message>
        <source>rewrite or internal redirection cycle while processing &quot;%1&quot;</source>
        <translation>Zyklus aus rewrite oder interner Weiterleitung beim Verarbeiten von „%1“</translation>
    </message>
    <message>
        <source>content handler &quot;%1&quot; is not simulated</source>
        <translation>Content-Handler „%1“ wird nicht simuliert</translation>
    </message>
    <message>
        <source>no content handler: nginx serves files from the document root; the simulation has none: 404</source>
        <translation>kein Content-Handler: nginx liefert Dateien aus dem Document Root aus; die Simulation hat keinen: 404</translation>
    </message>
    <message>
        <source>no content handler: nginx&apos;s static module answers %1 with 405 (only GET, HEAD and POST)</source>
        <translation>kein Content-Handler: das statische Modul von nginx beantwortet %1 mit 405 (nur GET, HEAD und POST)</translation>
    </message>
    <message>
        <source>break: no further rewrite directives</source>
        <translation>break: keine weiteren rewrite-Direktiven</translation>
    </message>
    <message>
        <source>set $%1 &quot;%2&quot;</source>
        <translation>set $%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>rewrite %1: &quot;%2&quot; does not match</source>
        <translation>rewrite %1: „%2“ passt nicht</translation>
    </message>
    <message>
        <source>the rewritten URI has a zero length</source>
        <translation>die umgeschriebene URI ist leer</translation>
    </message>
    <message>
        <source>rewrite %1: $uri &quot;%2&quot;, $args &quot;%3&quot;</source>
        <translation>rewrite %1: $uri &quot;%2&quot;, $args &quot;%3&quot;</translation>
    </message>
    <message>
        <source> (matches)</source>
        <translation> (passt)</translation>
    </message>
    <message>
        <source> (no)</source>
        <translation> (nein)</translation>
    </message>
    <message>
        <source>invalid URL prefix in &quot;%1&quot;</source>
        <translation>ungültiges URL-Präfix in „%1“</translation>
    </message>
    <message>
        <source>no host in &quot;%1&quot; of %2</source>
        <translation>kein Host in „%1“ von %2</translation>
    </message>
    <message>
        <source>no resolver defined to resolve %1</source>
        <translation>kein Resolver definiert, um %1 aufzulösen</translation>
    </message>
    <message>
        <source>%1 %2: upstream &quot;%3&quot;, request URI &quot;%4&quot;</source>
        <translation>%1 %2: Upstream „%3“, Anfrage-URI „%4“</translation>
    </message>
    <message>
        <source>%1 %2: address %3 (no upstream block of that name), request URI &quot;%4&quot;</source>
        <translation>%1 %2: Adresse %3 (kein upstream-Block dieses Namens), Anfrage-URI „%4“</translation>
    </message>
    <message>
        <source>socket %1: %2</source>
        <translation>Socket %1: %2</translation>
    </message>
    <message>
        <source>js_content %1 is not simulated (only NGF&apos;s httpmatches.redirect is)</source>
        <translation>js_content %1 wird nicht simuliert (nur httpmatches.redirect von NGF)</translation>
    </message>
    <message>
        <source>ReferenceError: &quot;matches&quot; is not defined (no js_preload_object matches)</source>
        <translation>ReferenceError: &quot;matches&quot; is not defined (kein js_preload_object matches)</translation>
    </message>
    <message>
        <source>js_content %1 with $match_key &quot;%2&quot;</source>
        <translation>js_content %1 mit $match_key „%2“</translation>
    </message>
    <message>
        <source>r.error: %1</source>
        <translation>r.error: %1</translation>
    </message>
    <message>
        <source>rewrite or internal redirection cycle while internally redirecting to &quot;%1&quot;</source>
        <translation>Zyklus aus rewrite oder interner Weiterleitung bei der internen Weiterleitung nach „%1“</translation>
    </message>
    <message>
        <source>internal redirect to &quot;%1&quot;</source>
        <translation>interne Weiterleitung nach „%1“</translation>
    </message>
    <message>
        <source>could not find named location &quot;%1&quot;</source>
        <translation>benannte Location „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>auth_basic: %1</source>
        <translation>auth_basic: %1</translation>
    </message>
    <message>
        <source>auth_basic: %1: the connection is closed without a response</source>
        <translation>auth_basic: %1: die Verbindung wird ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>limit_req zone=%1: the key %2 is empty: not limited</source>
        <translation>limit_req zone=%1: der Schlüssel %2 ist leer: nicht begrenzt</translation>
    </message>
    <message>
        <source>limit_req zone=%1: the value of the &quot;%2&quot; key is more than 65535 bytes: not limited</source>
        <translation>limit_req zone=%1: der Wert des Schlüssels „%2“ ist länger als 65535 Bytes: nicht begrenzt</translation>
    </message>
    <message>
        <source>zone=%1 key %2</source>
        <translation>zone=%1 Schlüssel %2</translation>
    </message>
    <message>
        <source>limit_req: %1; whether the request passes, waits or gets %2 depends on the requests before it (the simulator&apos;s buckets)%3</source>
        <translation>limit_req: %1; ob die Anfrage durchgeht, wartet oder %2 erhält, hängt von den Anfragen davor ab (den Buckets des Simulators)%3</translation>
    </message>
    <message>
        <source> (dry run: never rejected)</source>
        <translation> (Probelauf: nie abgewiesen)</translation>
    </message>
    <message>
        <source>auth_oidc %1: the OpenID Connect login (the redirect to the identity provider, the callback, the session cookie) is not simulated: the request goes on as if it carried a valid session</source>
        <translation>auth_oidc %1: die OpenID-Connect-Anmeldung (die Weiterleitung zum Identity-Provider, der Callback, das Sitzungs-Cookie) wird nicht simuliert: die Anfrage geht weiter, als trüge sie eine gültige Sitzung</translation>
    </message>
    <message>
        <source>auth_jwt: %1</source>
        <translation>auth_jwt: %1</translation>
    </message>
    <message>
        <source>mirror %1: a subrequest nginx sends besides</source>
        <translation>mirror %1: eine Unteranfrage, die nginx zusätzlich schickt</translation>
    </message>
</context>
<context>
    <name>gw::nginx::Router</name>
    <message>
        <source>the configuration has no http block</source>
        <translation>die Konfiguration hat keinen http-Block</translation>
    </message>
</context>
<context>
    <name>gw::nginx::ScriptCompiler</name>
    <message>
        <source>duplicate location &quot;%1&quot;</source>
        <translation>doppelte Location „%1“</translation>
    </message>
    <message>
        <source>invalid location modifier &quot;%1&quot;</source>
        <translation>ungültiger Location-Modifikator „%1“</translation>
    </message>
    <message>
        <source>location &quot;%1&quot; cannot be inside the exact location &quot;%2&quot;</source>
        <translation>die Location „%1“ darf nicht in der exakten Location „%2“ stehen</translation>
    </message>
    <message>
        <source>location &quot;%1&quot; cannot be inside the named location &quot;%2&quot;</source>
        <translation>die Location „%1“ darf nicht in der benannten Location „%2“ stehen</translation>
    </message>
    <message>
        <source>named location &quot;%1&quot; can be on the server level only</source>
        <translation>die benannte Location „%1“ ist nur auf Server-Ebene erlaubt</translation>
    </message>
    <message>
        <source>location &quot;%1&quot; is outside location &quot;%2&quot;</source>
        <translation>die Location „%1“ liegt außerhalb der Location „%2“</translation>
    </message>
    <message>
        <source>invalid variable name &quot;%1&quot;</source>
        <translation>ungültiger Variablenname „%1“</translation>
    </message>
    <message>
        <source>invalid return code &quot;%1&quot;</source>
        <translation>ungültiger return-Code „%1“</translation>
    </message>
    <message>
        <source>invalid parameter &quot;%1&quot;</source>
        <translation>ungültiger Parameter „%1“</translation>
    </message>
    <message>
        <source>invalid condition &quot;%1&quot;</source>
        <translation>ungültige Bedingung „%1“</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; in condition</source>
        <translation>unerwartetes „%1“ in der Bedingung</translation>
    </message>
    <message>
        <source>file tests are evaluated as if no file existed: there is no file system in the simulation</source>
        <translation>Dateitests werden ausgewertet, als gäbe es keine Datei: die Simulation hat kein Dateisystem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation>die Direktive „%1“ ist doppelt</translation>
    </message>
    <message>
        <source>invalid URL prefix</source>
        <translation>ungültiges URL-Präfix</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot have URI part in location given by regular expression, or inside named location, or inside &quot;if&quot; statement, or inside &quot;limit_except&quot; block</source>
        <translation>„%1“ darf keinen URI-Teil haben in einer Location mit regulärem Ausdruck, in einer benannten Location, in einer „if“-Anweisung oder in einem „limit_except“-Block</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inside &quot;limit_except&quot; is not simulated: requests are routed as if it were not there</source>
        <translation>„%1“ in „limit_except“ wird nicht simuliert: Anfragen werden geroutet, als stünde es nicht da</translation>
    </message>
</context>
<context>
    <name>gw::nginx::ServerNames</name>
    <message>
        <source>conflicting server name &quot;%1&quot;, ignored</source>
        <translation>widersprüchlicher Servername „%1“, ignoriert</translation>
    </message>
    <message>
        <source>pcre2_compile() failed: %1 in &quot;%2&quot;</source>
        <translation>pcre2_compile() fehlgeschlagen: %1 in „%2“</translation>
    </message>
    <message>
        <source>invalid server name or wildcard &quot;%1&quot;</source>
        <translation>ungültiger Servername oder ungültige Wildcard „%1“</translation>
    </message>
</context>
<context>
    <name>gw::nginx::SplitClients</name>
    <message>
        <source>invalid percent value &quot;%1&quot;</source>
        <translation>ungültiger Prozentwert „%1“</translation>
    </message>
    <message>
        <source>percent total is greater than 100%</source>
        <translation>die Summe der Prozentwerte ist größer als 100 %</translation>
    </message>
</context>
<context>
    <name>gw::nginx::Tokenizer</name>
    <message>
        <source>unexpected end of file, expecting &quot;;&quot; or &quot;}&quot;</source>
        <translation>unerwartetes Dateiende, „;“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>too long parameter, probably missing terminating &quot;%1&quot; character</source>
        <translation>zu langer Parameter, vermutlich fehlt das abschließende Zeichen „%1“</translation>
    </message>
    <message>
        <source>too long parameter &quot;%1...&quot; started</source>
        <translation>zu langer Parameter, beginnend mit „%1...“</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>unexpected &quot;}&quot;</source>
        <translation>unerwartetes „}“</translation>
    </message>
</context>
<context>
    <name>gw::probe::ClientAddressMap</name>
    <message>
        <source>client %1 -&gt; %2</source>
        <translation>Client %1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>gw::probe::HttpConnection</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>cannot send from %1: %2</source>
        <translation>kann nicht von %1 senden: %2</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>gw::probe::HttpResponseParser</name>
    <message>
        <source>the response&apos;s headers are larger than %1 bytes</source>
        <translation>die Kopfzeilen der Antwort sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>not an HTTP response: &quot;%1&quot;</source>
        <translation>keine HTTP-Antwort: „%1“</translation>
    </message>
    <message>
        <source>not an HTTP status: &quot;%1&quot;</source>
        <translation>kein HTTP-Status: „%1“</translation>
    </message>
    <message>
        <source>a response header without a name: &quot;%1&quot;</source>
        <translation>eine Kopfzeile der Antwort ohne Namen: „%1“</translation>
    </message>
    <message>
        <source>a bad Content-Length: &quot;%1&quot;</source>
        <translation>eine ungültige Content-Length: „%1“</translation>
    </message>
    <message>
        <source>the response&apos;s body is larger than %1 bytes</source>
        <translation>der Inhalt der Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>a bad chunk size: &quot;%1&quot;</source>
        <translation>eine ungültige Chunk-Größe: „%1“</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>gw::probe::NginxInstallation</name>
    <message>
        <source>no nginx found (neither &quot;nginx&quot; on PATH nor /usr/sbin/nginx); install the %1 package (or nginx), e.g. &quot;apt install %1&quot;</source>
        <translation>kein nginx gefunden (weder „nginx“ im PATH noch /usr/sbin/nginx); installieren Sie das Paket %1 (oder nginx), z. B. „apt install %1“</translation>
    </message>
    <message>
        <source>%1 is not an executable nginx</source>
        <translation>%1 ist kein ausführbares nginx</translation>
    </message>
    <message>
        <source>%1 -V did not answer as nginx does</source>
        <translation>%1 -V antwortete nicht wie nginx</translation>
    </message>
    <message>
        <source>%1 is not open-source nginx (nginx -V printed no &quot;nginx version: nginx/&quot;)</source>
        <translation>%1 ist kein Open-Source-nginx (nginx -V gab kein „nginx version: nginx/“ aus)</translation>
    </message>
</context>
<context>
    <name>gw::probe::PodIdentifier</name>
    <message>
        <source>--pod-from: the regular expression &quot;%1&quot; is not valid: %2 (at offset %3)</source>
        <translation>--pod-from: der reguläre Ausdruck „%1“ ist ungültig: %2 (an Position %3)</translation>
    </message>
    <message>
        <source>--pod-from expects body, header:NAME or regex:RX, not &quot;%1&quot;</source>
        <translation>--pod-from erwartet body, header:NAME oder regex:RX, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>gw::probe::ProbeReporter</name>
    <message>
        <source>the status differs</source>
        <translation>der Status weicht ab</translation>
    </message>
    <message>
        <source>no Pod identified in the answer</source>
        <translation>kein Pod in der Antwort erkannt</translation>
    </message>
    <message>
        <source>%1 draws at random</source>
        <translation>%1 wählt zufällig</translation>
    </message>
    <message>
        <source>the traffic split draws at random ($request_id)</source>
        <translation>die Verkehrsaufteilung wählt zufällig ($request_id)</translation>
    </message>
    <message>
        <source>sent concurrently: nginx may see another order</source>
        <translation>gleichzeitig gesendet: nginx kann eine andere Reihenfolge sehen</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>keine Route</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>  requests: %1; deterministic predictions held: %2 of %3</source>
        <translation>  Anfragen: %1; zutreffende deterministische Vorhersagen: %2 von %3</translation>
    </message>
    <message>
        <source>; drawn at random: %1</source>
        <translation>; zufällig gewählt: %1</translation>
    </message>
    <message>
        <source>; without a Pod or an answer: %1</source>
        <translation>; ohne Pod oder Antwort: %1</translation>
    </message>
    <message>
        <source> (errors: %1)</source>
        <translation> (Fehler: %1)</translation>
    </message>
    <message>
        <source>  %1: observed %2 (%3%), predicted %4 (%5%)</source>
        <translation>  %1: beobachtet %2 (%3 %), vorhergesagt %4 (%5 %)</translation>
    </message>
    <message>
        <source>  random choices: chi-square %1, degrees of freedom: %2, p = %3 (%4)</source>
        <translation>  zufällige Wahlen: Chi-Quadrat %1, Freiheitsgrade: %2, p = %3 (%4)</translation>
    </message>
    <message>
        <source>consistent with the prediction</source>
        <translation>mit der Vorhersage vereinbar</translation>
    </message>
    <message>
        <source>not consistent with the prediction</source>
        <translation>mit der Vorhersage nicht vereinbar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>gw::probe::ProbeRequests</name>
    <message>
        <source>the scenario sends %1 requests; a probe sends at most %2</source>
        <translation>das Szenario sendet %1 Anfragen; eine Probe sendet höchstens %2</translation>
    </message>
    <message>
        <source>the scenario&apos;s events (scaling, failures, rollouts) cannot be played on a real gateway: the requests are sent to the Pods the design has</source>
        <translation>die Ereignisse des Szenarios (Skalierung, Ausfälle, Rollouts) lassen sich auf einem echten Gateway nicht abspielen: die Anfragen gehen an die Pods des Entwurfs</translation>
    </message>
    <message>
        <source>the scenario cannot be simulated</source>
        <translation>das Szenario kann nicht simuliert werden</translation>
    </message>
    <message>
        <source>the design cannot be read</source>
        <translation>der Entwurf kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>gw::probe::ProbeRunner</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>abgebrochen, bevor sie gesendet wurde</translation>
    </message>
    <message>
        <source>the gateway has no listener on port %1</source>
        <translation>das Gateway hat keinen Listener auf Port %1</translation>
    </message>
</context>
<context>
    <name>gw::probe::ProbeSession</name>
    <message>
        <source>the target is http://HOST[:PORT] or https://HOST[:PORT], not &quot;%1&quot;</source>
        <translation>das Ziel ist http://HOST[:PORT] oder https://HOST[:PORT], nicht „%1“</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>%1 is not on this machine&apos;s IPv4 loopback: the requests come from this machine&apos;s address, not from the CSV&apos;s clients; give the address the gateway sees, else the predictions use the CSV&apos;s clients</source>
        <translation>%1 liegt nicht auf dem IPv4-Loopback dieses Rechners: die Anfragen kommen von der Adresse dieses Rechners, nicht von den Clients der CSV; geben Sie die Adresse an, die das Gateway sieht, sonst verwenden die Vorhersagen die Clients der CSV</translation>
    </message>
</context>
<context>
    <name>gw::probe::Sandbox</name>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>ein temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 startete nicht: %2</translation>
    </message>
    <message>
        <source>nginx crashed: %1</source>
        <translation>nginx ist abgestürzt: %1</translation>
    </message>
    <message>
        <source>nginx exited with code %1: %2</source>
        <translation>nginx endete mit Code %1: %2</translation>
    </message>
    <message>
        <source>nginx stopped at once: %1</source>
        <translation>nginx endete sofort: %1</translation>
    </message>
    <message>
        <source>nginx did not become ready within %1 ms: %2</source>
        <translation>nginx wurde nicht innerhalb von %1 ms bereit: %2</translation>
    </message>
    <message>
        <source>the sandbox is not running</source>
        <translation>die Sandbox läuft nicht</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Gateway Studio runs as root, and nginx never does; the user nobody to run it as is missing</source>
        <translation>Gateway Studio läuft als root, nginx aber nie; der Benutzer nobody, als der es laufen soll, fehlt</translation>
    </message>
</context>
<context>
    <name>gw::probe::SandboxFiles</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>NGF&apos;s njs module %1 is missing from this build</source>
        <translation>das njs-Modul %1 von NGF fehlt in diesem Build</translation>
    </message>
</context>
<context>
    <name>gw::probe::SandboxPlan</name>
    <message>
        <source>the design has no Gateway to run</source>
        <translation>der Entwurf hat kein Gateway zum Ausführen</translation>
    </message>
    <message>
        <source>NGINX Plus: open-source nginx runs the NGINX OSS rendering of this design; the predictions are made on that rendering too</source>
        <translation>NGINX Plus: Open-Source-nginx führt die NGINX-OSS-Konfiguration dieses Entwurfs aus; auch die Vorhersagen beruhen auf ihr</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>Round Robin</translation>
    </message>
    <message>
        <source>not in the OSS rendering</source>
        <translation>nicht in der OSS-Konfiguration</translation>
    </message>
    <message>
        <source>upstream %1: the sticky cookie %2 needs NGINX Plus; the sandbox runs the OSS rendering (%3, no cookie)</source>
        <translation>Upstream %1: das Sticky-Cookie %2 braucht NGINX Plus; die Sandbox führt die OSS-Konfiguration aus (%3, kein Cookie)</translation>
    </message>
    <message>
        <source>upstream %1: &quot;%2&quot; needs NGINX Plus; the sandbox runs the OSS rendering (%3)</source>
        <translation>Upstream %1: „%2“ braucht NGINX Plus; die Sandbox führt die OSS-Konfiguration aus (%3)</translation>
    </message>
    <message>
        <source>NGINX Plus adds the servers through its API (the `state` files); the OSS rendering lists them as `server` lines</source>
        <translation>NGINX Plus fügt die Server über seine API hinzu (die `state`-Dateien); die OSS-Konfiguration führt sie als `server`-Zeilen auf</translation>
    </message>
    <message>
        <source>%1 (NGINX Plus) is left out</source>
        <translation>%1 (NGINX Plus) wird weggelassen</translation>
    </message>
    <message>
        <source>port %1 cannot be used for listener %2</source>
        <translation>Port %1 kann nicht für Listener %2 verwendet werden</translation>
    </message>
    <message>
        <source>port %1 on %2 is in use (asked for listener port %3)</source>
        <translation>Port %1 auf %2 ist belegt (verlangt für Listener-Port %3)</translation>
    </message>
    <message>
        <source>no free port on %1 for listener port %2</source>
        <translation>kein freier Port auf %1 für Listener-Port %2</translation>
    </message>
    <message>
        <source>the sandbox listens on %1 only: the `listen [::]:...` lines are left out</source>
        <translation>die Sandbox lauscht nur auf %1: die Zeilen `listen [::]:...` werden weggelassen</translation>
    </message>
    <message>
        <source>no free loopback address for the Pod at %1</source>
        <translation>keine freie Loopback-Adresse für den Pod unter %1</translation>
    </message>
    <message>
        <source>upstream %1 balances with &quot;%2&quot;, which only NGINX Plus has</source>
        <translation>Upstream %1 verteilt mit „%2“, das nur NGINX Plus hat</translation>
    </message>
    <message>
        <source>the design matches headers, query parameters or methods, which NGF evaluates with njs (httpmatches.js), and %1 has no njs module: install libnginx-mod-http-js</source>
        <translation>der Entwurf prüft Kopfzeilen, Abfrageparameter oder Methoden, die NGF mit njs (httpmatches.js) auswertet, und %1 hat kein njs-Modul: installieren Sie libnginx-mod-http-js</translation>
    </message>
    <message>
        <source>no njs module: the js_import lines are left out (nothing in this design uses njs)</source>
        <translation>kein njs-Modul: die js_import-Zeilen werden weggelassen (nichts in diesem Entwurf verwendet njs)</translation>
    </message>
    <message>
        <source>the design has TLS passthrough, TCP or UDP listeners, which need nginx&apos;s stream module: install libnginx-mod-stream</source>
        <translation>der Entwurf hat TLS-Passthrough-, TCP- oder UDP-Listener, die das stream-Modul von nginx brauchen: installieren Sie libnginx-mod-stream</translation>
    </message>
    <message>
        <source>no stream module: the stream block, which holds only NGF&apos;s connection-closed server, is left out</source>
        <translation>kein stream-Modul: der stream-Block, der nur den connection-closed-Server von NGF enthält, wird weggelassen</translation>
    </message>
    <message>
        <source>nginx %1 is older than 1.25.1: `http2 on;` is left out (the probe speaks HTTP/1.1)</source>
        <translation>nginx %1 ist älter als 1.25.1: `http2 on;` wird weggelassen (die Probe spricht HTTP/1.1)</translation>
    </message>
    <message>
        <source>the design has HTTPS listeners and %1 was built without the ssl module</source>
        <translation>der Entwurf hat HTTPS-Listener, und %1 wurde ohne das ssl-Modul gebaut</translation>
    </message>
    <message>
        <source>HTTPS listeners get a generated self-signed certificate instead of the Secrets&apos; (%1)</source>
        <translation>HTTPS-Listener erhalten ein erzeugtes selbstsigniertes Zertifikat statt dem der Secrets (%1)</translation>
    </message>
    <message>
        <source>the design cannot run on open-source nginx %1: %2</source>
        <translation>der Entwurf kann nicht auf Open-Source-nginx %1 laufen: %2</translation>
    </message>
    <message>
        <source>readiness %1 -&gt; %2</source>
        <translation>Bereitschaft %1 -&gt; %2</translation>
    </message>
    <message>
        <source>listener %1 (https) -&gt; %2</source>
        <translation>Listener %1 (https) -&gt; %2</translation>
    </message>
    <message>
        <source>listener %1 -&gt; %2</source>
        <translation>Listener %1 -&gt; %2</translation>
    </message>
    <message>
        <source>pod %1/%2 %3 -&gt; %4</source>
        <translation>Pod %1/%2 %3 -&gt; %4</translation>
    </message>
    <message>
        <source>no stream module: the empty stream block is left out</source>
        <translation>kein stream-Modul: der leere stream-Block wird weggelassen</translation>
    </message>
</context>
<context>
    <name>gw::probe::SelfSignedCertificate</name>
    <message>
        <source>HTTPS listeners need a certificate, made with the openssl command: install the openssl package</source>
        <translation>HTTPS-Listener brauchen ein Zertifikat, das mit dem Befehl openssl erzeugt wird: installieren Sie das Paket openssl</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>ein temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>openssl could not make a certificate: %1</source>
        <translation>openssl konnte kein Zertifikat erzeugen: %1</translation>
    </message>
    <message>
        <source>openssl wrote no certificate</source>
        <translation>openssl schrieb kein Zertifikat</translation>
    </message>
</context>
<context>
    <name>gw::runGui</name>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
</context>
<context>
    <name>gw::sim::ClusterState</name>
    <message>
        <source>Pod %1 is pinned to Deployment %2, which the design does not have</source>
        <translation>Pod %1 ist an Deployment %2 gebunden, das der Entwurf nicht enthält</translation>
    </message>
    <message>
        <source>at %1 ms there is no Pod %2/%3; the event does nothing</source>
        <translation>bei %1 ms gibt es keinen Pod %2/%3; das Ereignis bewirkt nichts</translation>
    </message>
    <message>
        <source>the design has no Deployment %1/%2; the event does nothing</source>
        <translation>der Entwurf hat kein Deployment %1/%2; das Ereignis bewirkt nichts</translation>
    </message>
    <message>
        <source>at %1 ms Deployment %2 has %3 Pods: there is no Pod at index %4; the event does nothing</source>
        <translation>bei %1 ms hat Deployment %2 %3 Pods: es gibt keinen Pod mit Index %4; das Ereignis bewirkt nichts</translation>
    </message>
</context>
<context>
    <name>gw::sim::GatewayConfig</name>
    <message>
        <source>the rendered configuration has no http block: %1</source>
        <translation>die erzeugte Konfiguration hat keinen http-Block: %1</translation>
    </message>
    <message>
        <source>proxy_pass to %1, which is not an upstream block: not simulated</source>
        <translation>proxy_pass an %1, das kein upstream-Block ist: nicht simuliert</translation>
    </message>
    <message>
        <source>the location&apos;s content handler is not simulated</source>
        <translation>der Content-Handler der Location wird nicht simuliert</translation>
    </message>
    <message>
        <source>server %1: a host name nginx resolves through DNS at run time (an ExternalName Service); the simulator does not resolve names</source>
        <translation>server %1: ein Hostname, den nginx zur Laufzeit über DNS auflöst (ein ExternalName-Service); der Simulator löst keine Namen auf</translation>
    </message>
    <message>
        <source>mirror %1: nginx sends a copy of each request to the mirror backend (a RequestMirror filter); the simulation does not send, balance or count mirrored requests</source>
        <translation>mirror %1: nginx schickt eine Kopie jeder Anfrage an das Spiegel-Backend (ein RequestMirror-Filter); die Simulation sendet, verteilt und zählt gespiegelte Anfragen nicht</translation>
    </message>
</context>
<context>
    <name>gw::sim::GatewayRuntime</name>
    <message>
        <source>try %1:</source>
        <translation>Versuch %1:</translation>
    </message>
    <message>
        <source>no live upstreams</source>
        <translation>keine verfügbaren Upstreams</translation>
    </message>
    <message>
        <source>limit_req at %1 ms: %2</source>
        <translation>limit_req bei %1 ms: %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>: served %1 ms later</source>
        <translation>: %1 ms später bedient</translation>
    </message>
</context>
<context>
    <name>gw::sim::MethodComparer</name>
    <message>
        <source>sticky cookie (Plus)</source>
        <translation>sticky cookie (Plus)</translation>
    </message>
    <message>
        <source>random two least_conn (default)</source>
        <translation>random two least_conn (Vorgabe)</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>round robin</translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>the design cannot be simulated under this method</source>
        <translation>der Entwurf lässt sich mit dieser Methode nicht simulieren</translation>
    </message>
    <message>
        <source>Clients of %1 keep no cookies (cookieJar: false): nginx sets the cookie, but they never send it back, so it cannot keep them on their Pod.</source>
        <translation>Die Clients von %1 behalten keine Cookies (cookieJar: false): nginx setzt das Cookie, aber sie senden es nie zurück, daher kann es sie nicht an ihren Pod binden.</translation>
    </message>
</context>
<context>
    <name>gw::sim::MethodVariant</name>
    <message>
        <source>NGF %1 has no session persistence (it came with 2.4)</source>
        <translation>NGF %1 hat keine Sitzungspersistenz (sie kam erst mit 2.4)</translation>
    </message>
    <message>
        <source>NGF %1 cannot select a load-balancing method (UpstreamSettingsPolicy loadBalancingMethod came with 2.4)</source>
        <translation>NGF %1 kann keine Lastverteilungsmethode auswählen (loadBalancingMethod der UpstreamSettingsPolicy kam erst mit 2.4)</translation>
    </message>
    <message>
        <source>hash consistent needs a key</source>
        <translation>hash consistent braucht einen Schlüssel</translation>
    </message>
    <message>
        <source>the design does not read</source>
        <translation>der Entwurf lässt sich nicht lesen</translation>
    </message>
</context>
<context>
    <name>gw::sim::RequestsCsv</name>
    <message>
        <source>the quoted field does not end</source>
        <translation>das Feld in Anführungszeichen endet nicht</translation>
    </message>
    <message>
        <source>unexpected text after a quoted field</source>
        <translation>unerwarteter Text nach einem Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen)</translation>
    </message>
    <message>
        <source>the file is empty: a header row naming the columns is required</source>
        <translation>die Datei ist leer: eine Kopfzeile mit den Spaltennamen ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>„%1“ ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected client, host, path, method, cookie, header:&lt;Name&gt;, at_ms, duration_ms)</source>
        <translation>unbekannte Spalte „%1“ (erwartet: client, host, path, method, cookie, header:&lt;Name&gt;, at_ms, duration_ms)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header row has no &quot;%1&quot; column (required: client, host, path)</source>
        <translation>die Kopfzeile hat keine Spalte „%1“ (erforderlich: client, host, path)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat aber %2</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; is not an IPv4 or IPv6 address</source>
        <translation>Client „%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; is not a host name</source>
        <translation>Host „%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; must start with &quot;/&quot;</source>
        <translation>Pfad „%1“ muss mit „/“ beginnen</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; contains a space or &apos;#&apos; (percent-encode it)</source>
        <translation>Pfad „%1“ enthält ein Leerzeichen oder „#“ (verwenden Sie Prozent-Kodierung)</translation>
    </message>
    <message>
        <source>method &quot;%1&quot; is not an HTTP method token</source>
        <translation>Methode „%1“ ist kein gültiges Token für eine HTTP-Methode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of milliseconds (0 or more)</source>
        <translation>„%1“ ist keine ganze Zahl von Millisekunden (0 oder mehr)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected client, host, path, scheme, sni, port, method, cookie, header:&lt;Name&gt;, at_ms, duration_ms)</source>
        <translation>unbekannte Spalte „%1“ (erwartet: client, host, path, scheme, sni, port, method, cookie, header:&lt;Name&gt;, at_ms, duration_ms)</translation>
    </message>
    <message>
        <source>scheme &quot;%1&quot; is not one of http, https, tls, tcp, udp</source>
        <translation>Schema „%1“ ist keines von http, https, tls, tcp, udp</translation>
    </message>
    <message>
        <source>sni &quot;%1&quot; is not a host name</source>
        <translation>SNI „%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a port number (1 to 65535)</source>
        <translation>Port „%1“ ist keine Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>an %1 row needs a host (tls, tcp and udp rows do not)</source>
        <translation>eine %1-Zeile braucht einen Host (tls-, tcp- und udp-Zeilen nicht)</translation>
    </message>
    <message>
        <source>an %1 row needs a path (tls, tcp and udp rows do not)</source>
        <translation>eine %1-Zeile braucht einen Pfad (tls-, tcp- und udp-Zeilen nicht)</translation>
    </message>
    <message>
        <source>a %1 row needs a port (a port column, or host:port)</source>
        <translation>eine %1-Zeile braucht einen Port (eine Spalte port oder host:port)</translation>
    </message>
    <message>
        <source>an http row sends no SNI (use https or tls)</source>
        <translation>eine http-Zeile sendet keine SNI (verwenden Sie https oder tls)</translation>
    </message>
    <message>
        <source>a %1 row is a connection, not an HTTP request: only gwstudio simulate routes it</source>
        <translation>eine %1-Zeile ist eine Verbindung, keine HTTP-Anfrage: nur gwstudio simulate leitet sie</translation>
    </message>
</context>
<context>
    <name>gw::sim::ResultWriter</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Scenario %1: %2; seed %3</source>
        <translation>Szenario %1: %2; Seed %3</translation>
    </message>
    <message>
        <source>%1 clients, %2 Gateway replica(s), %3 requests over %4 (routing decisions: %5 computed, %6 reused)</source>
        <translation>%1 Clients, %2 Gateway-Replikat(e), %3 Anfragen über %4 (Routing-Entscheidungen: %5 berechnet, %6 wiederverwendet)</translation>
    </message>
    <message>
        <source>CANCELLED: the figures cover the requests made until then.</source>
        <translation>ABGEBROCHEN: die Zahlen umfassen die bis dahin gestellten Anfragen.</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>requests %1 (%2), answered by a Pod %3</source>
        <translation>Anfragen %1 (%2), von einem Pod beantwortet %3</translation>
    </message>
    <message>
        <source>stickiness %1 (%2 of %3 follow-up requests on the same Pod)</source>
        <translation>Stickiness %1 (%2 von %3 Folgeanfragen auf demselben Pod)</translation>
    </message>
    <message>
        <source>sessions %1, broken %2 (%3 breaks); remapped by events %4</source>
        <translation>Sitzungen %1, abgebrochen %2 (%3 Abbrüche); durch Ereignisse neu zugeordnet %4</translation>
    </message>
    <message>
        <source>Pods seen per client: %1</source>
        <translation>Pro Client gesehene Pods: %1</translation>
    </message>
    <message>
        <source>load:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <source>Balance per upstream (max/mean and coefficient of variation of the servers&apos; loads)</source>
        <translation>Lastverteilung pro Upstream (Maximum/Mittelwert und Variationskoeffizient der Last der Server)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation>(nicht beendet)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 clients remapped (%4)</source>
        <translation>%1: %2 von %3 Clients neu zugeordnet (%4)</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation>Konfigurationsänderungen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>client %1 (%2)</source>
        <translation>Client %1 (%2)</translation>
    </message>
</context>
<context>
    <name>gw::sim::ScenarioParser</name>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Feld „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation>ein erforderlicher Wert fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (for example 500ms, 10s, 5m, 1h30m; a bare number counts seconds)</source>
        <translation>„%1“ ist keine Dauer (zum Beispiel 500ms, 10s, 5m, 1h30m; eine bloße Zahl zählt als Sekunden)</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>the scenario document is empty</source>
        <translation>das Szenario-Dokument ist leer</translation>
    </message>
    <message>
        <source>unsupported apiVersion &quot;%1&quot; (expected %2)</source>
        <translation>nicht unterstützte apiVersion „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 18446744073709551615</source>
        <translation>ganze Zahl von 0 bis 18446744073709551615 erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time such as 2025-12-10T01:39:55Z</source>
        <translation>„%1“ ist keine Zeitangabe nach RFC 3339 wie 2025-12-10T01:39:55Z</translation>
    </message>
    <message>
        <source>the duration must be positive</source>
        <translation>die Dauer muss positiv sein</translation>
    </message>
    <message>
        <source>the bucket must be positive</source>
        <translation>bucket muss positiv sein</translation>
    </message>
    <message>
        <source>population &quot;%1&quot; is defined twice</source>
        <translation>die Population „%1“ ist zweimal definiert</translation>
    </message>
    <message>
        <source>required value is missing: a scenario needs at least one population</source>
        <translation>ein erforderlicher Wert fehlt: ein Szenario braucht mindestens eine Population</translation>
    </message>
    <message>
        <source>a scenario needs at least one population</source>
        <translation>ein Szenario braucht mindestens eine Population</translation>
    </message>
    <message>
        <source>unknown NGF version &quot;%1&quot;; supported: %2</source>
        <translation>unbekannte NGF-Version „%1“; unterstützt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (Pods are IPv4)</source>
        <translation>„%1“ ist keine IPv4-Adresse (Pods haben IPv4-Adressen)</translation>
    </message>
    <message>
        <source>Pod %1 is pinned twice</source>
        <translation>Pod %1 wird zweimal festgelegt</translation>
    </message>
    <message>
        <source>address %1 is given to two Pods</source>
        <translation>die Adresse %1 ist zwei Pods zugewiesen</translation>
    </message>
    <message>
        <source>give either routes (a weighted mix) or script (steps in order), not both</source>
        <translation>geben Sie entweder routes (eine gewichtete Mischung) oder script (Schritte der Reihe nach) an, nicht beides</translation>
    </message>
    <message>
        <source>a population needs routes (a weighted mix) or a script (steps in order)</source>
        <translation>eine Population braucht routes (eine gewichtete Mischung) oder ein script (Schritte der Reihe nach)</translation>
    </message>
    <message>
        <source>a scripted population&apos;s sessions are its script; requestsPerSession does not apply</source>
        <translation>die Sitzungen einer Population mit Skript sind ihr script; requestsPerSession gilt hier nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>a nat plan needs groups (how many addresses) or groupSize (clients per address)</source>
        <translation>ein nat-Plan braucht groups (wie viele Adressen) oder groupSize (Clients pro Adresse)</translation>
    </message>
    <message>
        <source>groups and groupSize belong to the nat plan</source>
        <translation>groups und groupSize gehören zum nat-Plan</translation>
    </message>
    <message>
        <source>the churn interval must be positive</source>
        <translation>das churn-Intervall muss positiv sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; must start with &quot;/&quot;</source>
        <translation>Pfad „%1“ muss mit „/“ beginnen</translation>
    </message>
    <message>
        <source>host &quot;%1&quot; is not a host name</source>
        <translation>Host „%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>the weight must be positive</source>
        <translation>das Gewicht muss positiv sein</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a number nor a percentage such as 25%</source>
        <translation>„%1“ ist weder eine Zahl noch ein Prozentsatz wie 25%</translation>
    </message>
    <message>
        <source>required value is missing (scale, failPod, restartPod or rollingUpdate)</source>
        <translation>ein erforderlicher Wert fehlt (scale, failPod, restartPod oder rollingUpdate)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a %2 event</source>
        <translation>„%1“ gilt nicht für ein %2-Ereignis</translation>
    </message>
    <message>
        <source>name the Pod with pod, or with deployment and index (its position among the Deployment&apos;s Pods in name order), not both</source>
        <translation>benennen Sie den Pod mit pod oder mit deployment und index (seine Position unter den Pods des Deployments in Namensreihenfolge), nicht mit beidem</translation>
    </message>
    <message>
        <source>scale %1 to %2</source>
        <translation>%1 auf %2 skalieren</translation>
    </message>
    <message>
        <source>fail %1</source>
        <translation>%1 ausfallen lassen</translation>
    </message>
    <message>
        <source>restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>rolling update of %1</source>
        <translation>Rolling Update von %1</translation>
    </message>
    <message>
        <source>no SimulationScenario named &quot;%1&quot; (found: %2)</source>
        <translation>kein SimulationScenario namens „%1“ (gefunden: %2)</translation>
    </message>
    <message>
        <source>no SimulationScenario document (apiVersion: %1, kind: %2)</source>
        <translation>kein SimulationScenario-Dokument (apiVersion: %1, kind: %2)</translation>
    </message>
    <message>
        <source>the populations plan %1 requests, more than the %2 a simulation can run; lower clients, sessions or requestsPerSession</source>
        <translation>die Populationen planen %1 Anfragen, mehr als die %2, die eine Simulation ausführen kann; verringern Sie clients, sessions oder requestsPerSession</translation>
    </message>
    <message>
        <source>the assignment strip would have %1 clients × %2 buckets = %3 cells, more than %4: sample fewer clients (stripClients) or use a longer bucket</source>
        <translation>der Zuordnungsstreifen hätte %1 Clients × %2 Intervalle = %3 Zellen, mehr als %4: wählen Sie weniger Clients (stripClients) oder ein längeres Intervall (bucket)</translation>
    </message>
</context>
<context>
    <name>gw::sim::ScenarioRunner</name>
    <message>
        <source>(no route)</source>
        <translation>(keine Route)</translation>
    </message>
    <message>
        <source>%1 rule %2</source>
        <translation>%1 Regel %2</translation>
    </message>
    <message>
        <source>NGINX Plus</source>
        <translation>NGINX Plus</translation>
    </message>
    <message>
        <source>NGINX OSS</source>
        <translation>NGINX OSS</translation>
    </message>
    <message>
        <source>, experimental features</source>
        <translation>, experimentelle Funktionen</translation>
    </message>
    <message>
        <source>NGF %1, %2%3%4</source>
        <translation>NGF %1, %2%3%4</translation>
    </message>
    <message>
        <source>, snippets enabled</source>
        <translation>, Snippets aktiviert</translation>
    </message>
</context>
<context>
    <name>gw::sim::Verdict</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 Client</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Clients</translation>
    </message>
    <message>
        <source>%1 behind one NAT address</source>
        <translation>%1 hinter einer NAT-Adresse</translation>
    </message>
    <message>
        <source>%1 behind %2 NAT addresses</source>
        <translation>%1 hinter %2 NAT-Adressen</translation>
    </message>
    <message>
        <source>%1 behind a proxy</source>
        <translation>%1 hinter einem Proxy</translation>
    </message>
    <message>
        <source>No request reached a Pod under %1.</source>
        <translation>Unter %1 hat keine Anfrage einen Pod erreicht.</translation>
    </message>
    <message>
        <source>%1 put %2 of %3 traffic for %4 on one Pod of %5.</source>
        <translation>Bei %1 schickt %3 %2 des Traffics für %4 an einen einzigen von %5 Pods.</translation>
    </message>
    <message>
        <source>%1 keeps clients on their Pod (%2 of follow-up requests stayed) and spreads the load evenly (busiest Pod %3× the mean).</source>
        <translation>%1 bindet Clients an ihren Pod (%2 der Folgeanfragen blieben dort) und verteilt die Last gleichmäßig (meistbelasteter Pod: das %3-Fache des Mittelwerts).</translation>
    </message>
    <message>
        <source>%1 keeps clients on their Pod (%2 of follow-up requests stayed) but loads the Pods unevenly (busiest Pod %3× the mean).</source>
        <translation>%1 bindet Clients an ihren Pod (%2 der Folgeanfragen blieben dort), belastet die Pods aber ungleichmäßig (meistbelasteter Pod: das %3-Fache des Mittelwerts).</translation>
    </message>
    <message>
        <source>%1 spreads the load evenly (busiest Pod %3× the mean) but is not sticky: only %2 of follow-up requests reached the same Pod.</source>
        <translation>%1 verteilt die Last gleichmäßig (meistbelasteter Pod: das %3-Fache des Mittelwerts), bindet Clients aber nicht an ihren Pod: nur %2 der Folgeanfragen erreichten denselben Pod.</translation>
    </message>
    <message>
        <source>%1 is neither sticky (%2 of follow-up requests reached the same Pod) nor even (busiest Pod %3× the mean).</source>
        <translation>%1 bindet Clients nicht an ihren Pod (%2 der Folgeanfragen erreichten denselben Pod) und verteilt die Last auch nicht gleichmäßig (meistbelasteter Pod: das %3-Fache des Mittelwerts).</translation>
    </message>
    <message>
        <source>%1 is only partly sticky: %2 of follow-up requests reached the same Pod (busiest Pod %3× the mean).</source>
        <translation>%1 bindet Clients nur teilweise an ihren Pod: %2 der Folgeanfragen erreichten denselben Pod (meistbelasteter Pod: das %3-Fache des Mittelwerts).</translation>
    </message>
    <message>
        <source>%1: no client sent a second request, so stickiness cannot be judged (busiest Pod %2× the mean).</source>
        <translation>%1: kein Client hat eine zweite Anfrage gesendet, daher lässt sich die Stickiness nicht beurteilen (meistbelasteter Pod: das %2-Fache des Mittelwerts).</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Clients moved by events: %1.</source>
        <translation>Durch Ereignisse neu zugeordnete Clients: %1.</translation>
    </message>
    <message>
        <source>Stickiness %1: %2 of %3 follow-up requests reached the Pod before.</source>
        <translation>Stickiness %1: %2 von %3 Folgeanfragen erreichten denselben Pod wie zuvor.</translation>
    </message>
    <message>
        <source>%1 of %2 sessions broke (%3), with %4 Pod changes inside a session.</source>
        <translation>%1 von %2 Sitzungen sind abgebrochen (%3), mit %4 Pod-Wechseln innerhalb einer Sitzung.</translation>
    </message>
    <message>
        <source>%1 at %2 moved %3 of the clients seen before and after it (%4 of %5).</source>
        <translation>%1 bei %2 ordnete %3 der Clients, die davor und danach auftraten, neu zu (%4 von %5).</translation>
    </message>
    <message>
        <source>Busiest Pod: %1 of the traffic for %2 (%3 Pods).</source>
        <translation>Meistbelasteter Pod: %1 des Traffics für %2 (%3 Pods).</translation>
    </message>
    <message>
        <source>Balance: busiest server %1× the mean, coefficient of variation %2.</source>
        <translation>Lastverteilung: der meistbelastete Server trägt das %1-Fache des Mittelwerts, Variationskoeffizient %2.</translation>
    </message>
    <message>
        <source>Rate limits (limit_req) rejected %1 of %2 requests (%3), most of them for %4.</source>
        <translation>Ratenbegrenzungen (limit_req) haben %1 von %2 Anfragen abgewiesen (%3), die meisten für %4.</translation>
    </message>
    <message>
        <source>The run was cancelled at %1; the figures cover what ran.</source>
        <translation>Der Lauf wurde bei %1 abgebrochen; die Zahlen umfassen nur den bis dahin gelaufenen Teil.</translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::IngressBackends</name>
    <message>
        <source>Service %1/%2 does not exist</source>
        <translation>Service %1/%2 existiert nicht</translation>
    </message>
    <message>
        <source>Service %1/%2 is an ExternalName Service: its DNS name is not resolved in the simulation</source>
        <translation>Service %1/%2 ist ein ExternalName-Service: sein DNS-Name wird in der Simulation nicht aufgelöst</translation>
    </message>
    <message>
        <source>Service %1/%2 has no port %3</source>
        <translation>Service %1/%2 hat keinen Port %3</translation>
    </message>
    <message>
        <source>Service %1/%2 port %3 has no ready endpoints</source>
        <translation>Service %1/%2 Port %3 hat keine bereiten Endpunkte</translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::IngressConfig</name>
    <message>
        <source>rate limits</source>
        <translation>Ratenbegrenzungen</translation>
    </message>
    <message>
        <source>connection limits</source>
        <translation>Verbindungsbegrenzungen</translation>
    </message>
    <message>
        <source>basic authentication</source>
        <translation>Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>external authentication</source>
        <translation>externe Authentifizierung</translation>
    </message>
    <message>
        <source>the allow-list</source>
        <translation>die Zulassungsliste</translation>
    </message>
    <message>
        <source>the deny-list</source>
        <translation>die Sperrliste</translation>
    </message>
    <message>
        <source>CORS preflight answers</source>
        <translation>CORS-Preflight-Antworten</translation>
    </message>
    <message>
        <source>the snippet</source>
        <translation>das Snippet</translation>
    </message>
    <message>
        <source>custom error pages</source>
        <translation>eigene Fehlerseiten</translation>
    </message>
    <message>
        <source>the default backend</source>
        <translation>das Default-Backend</translation>
    </message>
    <message>
        <source>the www redirect</source>
        <translation>die www-Umleitung</translation>
    </message>
    <message>
        <source>retry conditions</source>
        <translation>Wiederholungsbedingungen</translation>
    </message>
    <message>
        <source>retry counts</source>
        <translation>Wiederholungsanzahlen</translation>
    </message>
    <message>
        <source>the Service&apos;s cluster IP as the only endpoint</source>
        <translation>die Cluster-IP des Service als einzigen Endpunkt</translation>
    </message>
    <message>
        <source>the backend protocol</source>
        <translation>das Backend-Protokoll</translation>
    </message>
    <message>
        <source>the design has no Ingress for ingress-nginx to serve</source>
        <translation>der Entwurf hat kein Ingress, das ingress-nginx bedienen würde</translation>
    </message>
    <message>
        <source>the ingress-nginx engine routes and balances only; it does not simulate %1</source>
        <translation>die ingress-nginx-Engine routet und verteilt nur; sie simuliert nicht: %1</translation>
    </message>
    <message>
        <source>: requests for backend %1 get 503</source>
        <translation>: Anfragen an Backend %1 erhalten 503</translation>
    </message>
    <message>
        <source>canary path %1 on host %2 has no primary Ingress with the same host, path and pathType: ingress-nginx drops it</source>
        <translation>Canary-Pfad %1 auf Host %2 hat kein primäres Ingress mit gleichem Host, Pfad und pathType: ingress-nginx verwirft ihn</translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::IngressGateway</name>
    <message numerus="yes">
        <source>ingress-nginx v1.15.1, %n nginx worker(s) per replica</source>
        <translation>
            <numerusform>ingress-nginx v1.15.1, %n nginx-Worker je Replik</numerusform>
            <numerusform>ingress-nginx v1.15.1, %n nginx-Worker je Replik</numerusform>
        </translation>
    </message>
    <message>
        <source>canary: the request carries the primary backend&apos;s affinity cookie: primary</source>
        <translation>Canary: die Anfrage trägt das Affinitäts-Cookie des primären Backends: primär</translation>
    </message>
    <message>
        <source>canary: backend %1 has no endpoints: primary</source>
        <translation>Canary: Backend %1 hat keine Endpunkte: primär</translation>
    </message>
    <message>
        <source>canary: the request carries the canary&apos;s affinity cookie: canary %1</source>
        <translation>Canary: die Anfrage trägt das Affinitäts-Cookie des Canary: Canary %1</translation>
    </message>
    <message>
        <source>canary: header %1 is &quot;%2&quot;: canary</source>
        <translation>Canary: Header %1 ist „%2“: Canary</translation>
    </message>
    <message>
        <source>canary: header %1 matches %2: canary</source>
        <translation>Canary: Header %1 passt auf %2: Canary</translation>
    </message>
    <message>
        <source>canary: header %1 is &quot;always&quot;: canary</source>
        <translation>Canary: Header %1 ist „always“: Canary</translation>
    </message>
    <message>
        <source>canary: header %1 is &quot;never&quot;: primary</source>
        <translation>Canary: Header %1 ist „never“: primär</translation>
    </message>
    <message>
        <source>canary: cookie %1 is &quot;always&quot;: canary</source>
        <translation>Canary: Cookie %1 ist „always“: Canary</translation>
    </message>
    <message>
        <source>canary: cookie %1 is &quot;never&quot;: primary</source>
        <translation>Canary: Cookie %1 ist „never“: primär</translation>
    </message>
    <message>
        <source>canary: math.random(%1) = %2, weight %3: %4</source>
        <translation>Canary: math.random(%1) = %2, Gewicht %3: %4</translation>
    </message>
    <message>
        <source>canary %1</source>
        <translation>Canary %1</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>no Ingress path matches: ingress-nginx&apos;s default backend answers 404</source>
        <translation>kein Ingress-Pfad passt: das Default-Backend von ingress-nginx antwortet 404</translation>
    </message>
    <message>
        <source>backend %1 has no endpoints: no balancer, 503</source>
        <translation>Backend %1 hat keine Endpunkte: kein Balancer, 503</translation>
    </message>
    <message>
        <source>replica %1, nginx worker %2 (pid %3)</source>
        <translation>Replik %1, nginx-Worker %2 (PID %3)</translation>
    </message>
    <message>
        <source>try %1:</source>
        <translation>Versuch %1:</translation>
    </message>
    <message>
        <source>%1 is no longer an endpoint (this worker has not synced yet): the connection fails</source>
        <translation>%1 ist kein Endpunkt mehr (dieser Worker hat noch nicht synchronisiert): die Verbindung schlägt fehl</translation>
    </message>
    <message>
        <source>%1 refuses the connection</source>
        <translation>%1 lehnt die Verbindung ab</translation>
    </message>
    <message>
        <source>every try failed (proxy_next_upstream_tries 3)</source>
        <translation>jeder Versuch schlug fehl (proxy_next_upstream_tries 3)</translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaChash</name>
    <message>
        <source>chash: key %1 = &quot;%2&quot;, CRC-32 %3, ring point %4 of %5 -&gt; %6</source>
        <translation>chash: Schlüssel %1 = „%2“, CRC-32 %3, Ringpunkt %4 von %5 -&gt; %6</translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaChashSubset</name>
    <message>
        <source>chashsubset: key &quot;%1&quot; -&gt; %2 (%3); random member %4 -&gt; %5</source>
        <translation>chashsubset: Schlüssel „%1“ -&gt; %2 (%3); zufälliges Mitglied %4 -&gt; %5</translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaEwma</name>
    <message>
        <source>ewma: every endpoint has been tried; all are candidates again</source>
        <translation>ewma: jeder Endpunkt wurde versucht; alle sind wieder Kandidaten</translation>
    </message>
    <message>
        <source>ewma: two random candidates scored %1; the lower wins: %2</source>
        <translation>ewma: zwei zufällige Kandidaten bewertet mit %1; der niedrigere gewinnt: %2</translation>
    </message>
    <message>
        <source>ewma: the only endpoint not yet tried, %1</source>
        <translation>ewma: der einzige noch nicht versuchte Endpunkt, %1</translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaRoundRobin</name>
    <message>
        <source>round_robin: the only endpoint %1</source>
        <translation>round_robin: der einzige Endpunkt %1</translation>
    </message>
    <message>
        <source>round_robin: this worker&apos;s cycle gives %1 (position %2 of %3)</source>
        <translation>round_robin: der Zyklus dieses Workers ergibt %1 (Position %2 von %3)</translation>
    </message>
</context>
<context>
    <name>gw::sim::ingressnginx::LuaSticky</name>
    <message>
        <source>sticky_balanced: new session key %1 hashes to %2</source>
        <translation>sticky_balanced: neuer Sitzungsschlüssel %1 wird auf %2 gehasht</translation>
    </message>
    <message>
        <source>sticky_persistent: new session, random endpoint %1 of %2: %3</source>
        <translation>sticky_persistent: neue Sitzung, zufälliger Endpunkt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: cookie %2 key %3 -&gt; %4</source>
        <translation>%1: Cookie %2 Schlüssel %3 -&gt; %4</translation>
    </message>
    <message>
        <source>%1: cookie key %2 names no current endpoint</source>
        <translation>%1: Cookie-Schlüssel %2 nennt keinen aktuellen Endpunkt</translation>
    </message>
    <message>
        <source>%1: no new upstream found</source>
        <translation>%1: kein neuer Upstream gefunden</translation>
    </message>
    <message>
        <source>%1: no cookie set: host %2 path %3 is not a location of an Ingress with affinity: cookie</source>
        <translation>%1: kein Cookie gesetzt: Host %2 Pfad %3 ist keine Location eines Ingress mit affinity: cookie</translation>
    </message>
</context>
<context>
    <name>gw::views::AssignmentStripView</name>
    <message>
        <source>Client by time assignment strip</source>
        <translation>Zuordnungsstreifen nach Client und Zeit</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>keine Anfrage</translation>
    </message>
    <message>
        <source>answered by nginx, no Pod</source>
        <translation>von nginx beantwortet, kein Pod</translation>
    </message>
    <message>
        <source>%1, t = %2: %3</source>
        <translation>%1, t = %2: %3</translation>
    </message>
    <message>
        <source>No clients sampled</source>
        <translation>Keine Clients in der Stichprobe</translation>
    </message>
</context>
<context>
    <name>gw::views::AuthenticationFilterForm</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation>&amp;Realm:</translation>
    </message>
    <message>
        <source>e.g. Restricted</source>
        <translation>z. B. Restricted</translation>
    </message>
    <message>
        <source>JWT authentication</source>
        <translation>JWT-Authentifizierung</translation>
    </message>
    <message>
        <source>R&amp;ealm:</source>
        <translation>R&amp;ealm:</translation>
    </message>
    <message>
        <source>Key so&amp;urce:</source>
        <translation>Schlüssel&amp;quelle:</translation>
    </message>
    <message>
        <source>Key S&amp;ecret:</source>
        <translation>Schlüssel-S&amp;ecret:</translation>
    </message>
    <message>
        <source>JWKS &amp;URI:</source>
        <translation>JWKS-&amp;URI:</translation>
    </message>
    <message>
        <source>https://idp.example.com/.well-known/jwks.json</source>
        <translation>https://idp.example.com/.well-known/jwks.json</translation>
    </message>
    <message>
        <source>Key &amp;cache:</source>
        <translation>Schlüssel-&amp;Cache:</translation>
    </message>
    <message>
        <source>e.g. 1h</source>
        <translation>z. B. 1h</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>https://idp.example.com</source>
        <translation>https://idp.example.com</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Client-Secre&amp;t:</translation>
    </message>
    <message>
        <source>Con&amp;fig URL:</source>
        <translation>Kon&amp;figurations-URL:</translation>
    </message>
    <message>
        <source>default: the issuer's /.well-known/openid-configuration</source>
        <translation>Standard: /.well-known/openid-configuration des Ausstellers</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>e.g. /oidc_callback</source>
        <translation>z. B. /oidc_callback</translation>
    </message>
    <message>
        <source>PKCE:</source>
        <translation>PKCE:</translation>
    </message>
    <message>
        <source>Session cookie:</source>
        <translation>Sitzungs-Cookie:</translation>
    </message>
    <message>
        <source>Session timeout:</source>
        <translation>Sitzungs-Timeout:</translation>
    </message>
    <message>
        <source>e.g. 8h</source>
        <translation>z. B. 8h</translation>
    </message>
    <message>
        <source>Logout URI:</source>
        <translation>Abmelde-URI:</translation>
    </message>
    <message>
        <source>e.g. /logout</source>
        <translation>z. B. /logout</translation>
    </message>
    <message>
        <source>After logout:</source>
        <translation>Nach dem Abmelden:</translation>
    </message>
    <message>
        <source>e.g. /</source>
        <translation>z. B. /</translation>
    </message>
    <message>
        <source>Extra arguments:</source>
        <translation>Zusätzliche Argumente:</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation>Typ von %1 auf %2 ändern</translation>
    </message>
</context>
<context>
    <name>gw::views::ChartExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot encode the image as PNG</source>
        <translation>das Bild kann nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>Exported from Gateway Studio</source>
        <translation>Exportiert aus Gateway Studio</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>gw::views::ClientSettingsPolicyForm</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>e.g. 10m (0 turns the check off)</source>
        <translation>z. B. 10m (0 schaltet die Prüfung ab)</translation>
    </message>
    <message>
        <source>e.g. 60s</source>
        <translation>z. B. 60s</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragekörper</translation>
    </message>
    <message>
        <source>Maximum si&amp;ze:</source>
        <translation>Maximale &amp;Größe:</translation>
    </message>
    <message>
        <source>Read &amp;timeout:</source>
        <translation>Lese-&amp;Timeout:</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>&amp;Anfragen:</translation>
    </message>
    <message>
        <source>e.g. 1h</source>
        <translation>z. B. 1h</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>&amp;Server timeout:</source>
        <translation>&amp;Server-Timeout:</translation>
    </message>
    <message>
        <source>Keep-Alive: timeout=… (needs the server timeout)</source>
        <translation>Keep-Alive: timeout=… (braucht das Server-Timeout)</translation>
    </message>
    <message>
        <source>&amp;Header timeout:</source>
        <translation>&amp;Header-Timeout:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum timeout:</source>
        <translation>&amp;Mindest-Timeout:</translation>
    </message>
</context>
<context>
    <name>gw::views::DeploymentForm</name>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>&amp;Replikate:</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>S&amp;trategie:</translation>
    </message>
    <message>
        <source>Max &amp;surge:</source>
        <translation>Max. &amp;Überschuss:</translation>
    </message>
    <message>
        <source>Max &amp;unavailable:</source>
        <translation>Max. &amp;nicht verfügbar:</translation>
    </message>
    <message>
        <source>Se&amp;lector:</source>
        <translation>Se&amp;lektor:</translation>
    </message>
    <message>
        <source>selector label</source>
        <translation>Selektor-Label</translation>
    </message>
    <message>
        <source>Pod la&amp;bels:</source>
        <translation>Pod-La&amp;bels:</translation>
    </message>
    <message>
        <source>Pod label</source>
        <translation>Pod-Label</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ports of the selected container:</source>
        <translation>Ports des ausgewählten Containers:</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>No Pods (0 replicas).</source>
        <translation>Keine Pods (0 Replikate).</translation>
    </message>
</context>
<context>
    <name>gw::views::EndpointSliceForm</name>
    <message>
        <source>Endpoint slice</source>
        <translation>Endpoint-Slice</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Address type:</source>
        <translation>&amp;Adresstyp:</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address of the selected endpoint</source>
        <translation>Adresse des ausgewählten Endpunkts</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>gw::views::EventEditor</name>
    <message>
        <source>Scale a Deployment</source>
        <translation>Deployment skalieren</translation>
    </message>
    <message>
        <source>Fail a Pod</source>
        <translation>Pod ausfallen lassen</translation>
    </message>
    <message>
        <source>Restart a Pod</source>
        <translation>Pod neu starten</translation>
    </message>
    <message>
        <source>Rolling update</source>
        <translation>Rolling Update</translation>
    </message>
    <message>
        <source>the Deployment&apos;s (25%)</source>
        <translation>wie im Deployment (25 %)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>a description of the event</source>
        <translation>eine Beschreibung des Ereignisses</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Deployment:</translation>
    </message>
    <message>
        <source>&amp;Pod:</source>
        <translation>&amp;Pod:</translation>
    </message>
    <message>
        <source>Pod &amp;index:</source>
        <translation>Pod-&amp;Index:</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>&amp;Replikate:</translation>
    </message>
    <message>
        <source>Ready &amp;after:</source>
        <translation>Bereit &amp;nach:</translation>
    </message>
    <message>
        <source>D&amp;etected after:</source>
        <translation>&amp;Erkannt nach:</translation>
    </message>
    <message>
        <source>Re&amp;covers after:</source>
        <translation>Erholt &amp;sich nach:</translation>
    </message>
    <message>
        <source>Max &amp;surge:</source>
        <translation>Max. &amp;Überschuss:</translation>
    </message>
    <message>
        <source>Max &amp;unavailable:</source>
        <translation>Max. nicht &amp;verfügbar:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Change Event Time</source>
        <translation>Ereigniszeit ändern</translation>
    </message>
    <message>
        <source>Change Event Deployment</source>
        <translation>Deployment des Ereignisses ändern</translation>
    </message>
    <message>
        <source>Change Pod Index</source>
        <translation>Pod-Index ändern</translation>
    </message>
    <message>
        <source>Change Replicas</source>
        <translation>Replikate ändern</translation>
    </message>
    <message>
        <source>Change Ready After</source>
        <translation>„Bereit nach“ ändern</translation>
    </message>
    <message>
        <source>Change Detected After</source>
        <translation>„Erkannt nach“ ändern</translation>
    </message>
    <message>
        <source>Change Recovers After</source>
        <translation>„Erholt sich nach“ ändern</translation>
    </message>
    <message>
        <source>Change Max Surge</source>
        <translation>„Max. Überschuss“ ändern</translation>
    </message>
    <message>
        <source>Change Max Unavailable</source>
        <translation>„Max. nicht verfügbar“ ändern</translation>
    </message>
    <message>
        <source>Change Event Label</source>
        <translation>Beschriftung des Ereignisses ändern</translation>
    </message>
    <message>
        <source>(by index)</source>
        <translation>(nach Index)</translation>
    </message>
    <message>
        <source>Change Event Type to %1</source>
        <translation>Ereignistyp auf „%1“ ändern</translation>
    </message>
    <message>
        <source>Choose Pod by Index</source>
        <translation>Pod nach Index wählen</translation>
    </message>
    <message>
        <source>Choose Pod %1</source>
        <translation>Pod %1 wählen</translation>
    </message>
</context>
<context>
    <name>gw::views::FieldBinding</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Vorgabe: %1)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Vorgabe: %1</translation>
    </message>
</context>
<context>
    <name>gw::views::FieldDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Vorgabe: %1)</translation>
    </message>
</context>
<context>
    <name>gw::views::FieldSpec</name>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>gw::views::FilterEditor</name>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Origins</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Allowed methods</source>
        <translation>Erlaubte Methoden</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>Erlaubte Header</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation>Freigegebene Header</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Anmeldedaten:</translation>
    </message>
    <message>
        <source>Max age (s):</source>
        <translation>Max. Alter (s):</translation>
    </message>
    <message>
        <source>Select a filter to edit its settings.</source>
        <translation>Wählen Sie einen Filter, um seine Einstellungen zu bearbeiten.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>header to set</source>
        <translation>zu setzenden Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Setzen:</translation>
    </message>
    <message>
        <source>header to add</source>
        <translation>hinzuzufügenden Header</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Hinzufügen:</translation>
    </message>
    <message>
        <source>header to remove</source>
        <translation>zu entfernenden Header</translation>
    </message>
    <message>
        <source>Remove:</source>
        <translation>Entfernen:</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Status code:</source>
        <translation>Statuscode:</translation>
    </message>
    <message>
        <source>Path rewrite:</source>
        <translation>Pfad umschreiben:</translation>
    </message>
    <message>
        <source>Full path:</source>
        <translation>Ganzer Pfad:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Percent:</source>
        <translation>Prozent:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>gw::views::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search the text</source>
        <translation>Den Text durchsuchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Die Suchleiste schließen (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>gw::views::FormContext</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Rename key %1 to %2</source>
        <translation>Schlüssel %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>no resource</source>
        <translation>keine Ressource</translation>
    </message>
    <message>
        <source>the edit does not give valid YAML</source>
        <translation>die Änderung ergibt kein gültiges YAML</translation>
    </message>
</context>
<context>
    <name>gw::views::GatewayClassForm</name>
    <message>
        <source>Gateway class</source>
        <translation>Gateway-Klasse</translation>
    </message>
    <message>
        <source>&amp;Controller:</source>
        <translation>&amp;Controller:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>Name&amp;space:</translation>
    </message>
</context>
<context>
    <name>gw::views::GatewayForm</name>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>TLS options:</source>
        <translation>TLS-Optionen:</translation>
    </message>
    <message>
        <source>TLS option</source>
        <translation>TLS-Option</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>Annotationen:</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Parameters kind:</source>
        <translation>Art der Parameter:</translation>
    </message>
    <message>
        <source>Parameters name:</source>
        <translation>Name der Parameter:</translation>
    </message>
    <message>
        <source>route kind</source>
        <translation>Routenart</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Route kinds:</source>
        <translation>Routenarten:</translation>
    </message>
    <message>
        <source>Namespace selector:</source>
        <translation>Namespace-Selektor:</translation>
    </message>
    <message>
        <source>selector label</source>
        <translation>Selektor-Label</translation>
    </message>
</context>
<context>
    <name>gw::views::KpiModel</name>
    <message>
        <source>%1 at %2 s: %3 (%4 of %5)</source>
        <translation>%1 bei %2 s: %3 (%4 von %5)</translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation>(keine Route)</translation>
    </message>
    <message>
        <source>%1 rule %2</source>
        <translation>%1 Regel %2</translation>
    </message>
    <message>
        <source>not proxied</source>
        <translation>nicht weitergeleitet</translation>
    </message>
    <message>
        <source>%1, sticky %2</source>
        <translation>%1, sticky %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Moved at %1</source>
        <translation>Neu zugeordnet bei %1</translation>
    </message>
    <message>
        <source>Clients answered by another Pod after &quot;%1&quot; than right before it</source>
        <translation>Clients, die nach „%1“ von einem anderen Pod beantwortet wurden als unmittelbar davor</translation>
    </message>
    <message>
        <source>Follow-up requests of a client and route answered by the same Pod as the one before</source>
        <translation>Folgeanfragen desselben Clients auf derselben Route, die derselbe Pod beantwortet hat wie die vorige</translation>
    </message>
    <message>
        <source>Sessions in which the Pod changed at least once</source>
        <translation>Sitzungen, in denen der Pod mindestens einmal wechselte</translation>
    </message>
    <message>
        <source>Pod changes inside a session</source>
        <translation>Pod-Wechsel innerhalb einer Sitzung</translation>
    </message>
    <message>
        <source>Clients answered by another Pod after an event than before it, summed over the events</source>
        <translation>Clients, die nach einem Ereignis von einem anderen Pod beantwortet wurden als davor, summiert über die Ereignisse</translation>
    </message>
    <message>
        <source>Busiest server&apos;s requests over the mean (1 is perfectly even), per balance epoch</source>
        <translation>Anfragen des meistbelasteten Servers im Verhältnis zum Mittelwert (1 ist vollkommen gleichmäßig), je Abschnitt mit unveränderten Servern</translation>
    </message>
    <message>
        <source>Coefficient of variation of the servers&apos; loads (0 is perfectly even)</source>
        <translation>Variationskoeffizient der Last der Server (0 ist vollkommen gleichmäßig)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>Broken sessions</source>
        <translation>Abgebrochene Sitzungen</translation>
    </message>
    <message>
        <source>Session breaks</source>
        <translation>Sitzungsabbrüche</translation>
    </message>
    <message>
        <source>Remapped by events</source>
        <translation>Durch Ereignisse neu zugeordnet</translation>
    </message>
    <message>
        <source>Max/mean</source>
        <translation>Max./Mittelwert</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>VK</translation>
    </message>
</context>
<context>
    <name>gw::views::MappingModel</name>
    <message>
        <source>a key cannot be empty</source>
        <translation>ein Schlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <source>the key %1 exists already</source>
        <translation>den Schlüssel %1 gibt es schon</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>gw::views::MethodComparisonView</name>
    <message>
        <source>Key figures per method</source>
        <translation>Kennzahlen pro Methode</translation>
    </message>
    <message>
        <source>No comparison yet: choose Compare methods to run the scenario under every method.</source>
        <translation>Noch kein Vergleich: wählen Sie „Methoden vergleichen“, um das Szenario mit jeder Methode auszuführen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the same clients and events under each method</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: dieselben Clients und Ereignisse mit jeder Methode</translation>
    </message>
    <message>
        <source> (%1 requests from %2 clients, seed %3)</source>
        <translation> (%1 Anfragen von %2 Clients, Seed %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;: some methods did not run to the end.</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt;: einige Methoden liefen nicht bis zum Ende.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Stickiness</translation>
    </message>
    <message>
        <source>Follow-up requests answered by the same Pod as the one before</source>
        <translation>Folgeanfragen, die derselbe Pod beantwortet hat wie die vorige</translation>
    </message>
    <message>
        <source>Broken sessions</source>
        <translation>Abgebrochene Sitzungen</translation>
    </message>
    <message>
        <source>Sessions in which the Pod changed at least once</source>
        <translation>Sitzungen, in denen der Pod mindestens einmal wechselte</translation>
    </message>
    <message>
        <source>Busiest Pod</source>
        <translation>Meistbelasteter Pod</translation>
    </message>
    <message>
        <source>The busiest Pod&apos;s share of a route&apos;s traffic, where it is furthest above its fair share</source>
        <translation>Anteil des meistbelasteten Pods am Traffic einer Route, dort, wo er am weitesten über seinem fairen Anteil liegt</translation>
    </message>
    <message>
        <source>Max/mean</source>
        <translation>Max./Mittelwert</translation>
    </message>
    <message>
        <source>Busiest server over the mean (1 is perfectly even)</source>
        <translation>Meistbelasteter Server im Verhältnis zum Mittelwert (1 ist vollkommen gleichmäßig)</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>Coefficient of variation of the servers&apos; loads (0 is perfectly even)</source>
        <translation>Variationskoeffizient der Last der Server (0 ist vollkommen gleichmäßig)</translation>
    </message>
    <message>
        <source>Moved at %1 s</source>
        <translation>Neu zugeordnet bei %1 s</translation>
    </message>
    <message>
        <source>Clients answered by another Pod after &quot;%1&quot; than before it</source>
        <translation>Clients, die nach „%1“ von einem anderen Pod beantwortet wurden als davor</translation>
    </message>
    <message>
        <source>%1 of %2 Pods</source>
        <translation>%1 bei %2 Pods</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the full results of %1</source>
        <translation>Die vollständigen Ergebnisse von %1 anzeigen</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Pods: %1</source>
        <translation>Pods: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n Pod(s) that served</source>
        <translation>
            <numerusform>%1 von %n Pod, der antwortete</numerusform>
            <numerusform>%1 von %n Pods, die antworteten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::views::NginxProxyForm</name>
    <message>
        <source>Data plane</source>
        <translation>Datenebene</translation>
    </message>
    <message>
        <source>IP &amp;family:</source>
        <translation>IP-&amp;Familie:</translation>
    </message>
    <message>
        <source>Disable &amp;HTTP/2:</source>
        <translation>&amp;HTTP/2 abschalten:</translation>
    </message>
    <message>
        <source>e.g. 512k</source>
        <translation>z. B. 512k</translation>
    </message>
    <message>
        <source>&amp;Zone size:</source>
        <translation>&amp;Zonengröße:</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Recursive:</source>
        <translation>&amp;Rekursiv:</translation>
    </message>
    <message>
        <source>trusted address</source>
        <translation>vertrauenswürdige Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>Vertrauenswürdig:</translation>
    </message>
</context>
<context>
    <name>gw::views::ObservabilityPolicyForm</name>
    <message>
        <source>Target routes</source>
        <translation>Ziel-Routen</translation>
    </message>
    <message>
        <source>Tracing</source>
        <translation>Tracing</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>&amp;Ratio (%):</source>
        <translation>&amp;Anteil (%):</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>default: the location's name</source>
        <translation>Standard: der Name der Location</translation>
    </message>
    <message>
        <source>Span &amp;name:</source>
        <translation>Span-&amp;Name:</translation>
    </message>
    <message>
        <source>span attribute</source>
        <translation>Span-Attribut</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Span attributes:</source>
        <translation>Span-Attribute:</translation>
    </message>
</context>
<context>
    <name>gw::views::PodBarChart</name>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Alle Routen</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>%1: %2 requests</source>
        <translation>%1: %2 Anfragen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>all routes</source>
        <translation>alle Routen</translation>
    </message>
    <message>
        <source>Requests per Pod, %1</source>
        <translation>Anfragen pro Pod, %1</translation>
    </message>
</context>
<context>
    <name>gw::views::PodLoadChart</name>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>%1, t = %2 s: %3 requests</source>
        <translation>%1, t = %2 s: %3 Anfragen</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Requests per %1 s</source>
        <translation>Anfragen pro %1 s</translation>
    </message>
    <message>
        <source>Pod load over time</source>
        <translation>Pod-Last im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>gw::views::PopulationsModel</name>
    <message>
        <source>NAT, one address</source>
        <translation>NAT, eine Adresse</translation>
    </message>
    <message>
        <source>NAT, %1 addresses</source>
        <translation>NAT, %1 Adressen</translation>
    </message>
    <message>
        <source>NAT, %1 per address</source>
        <translation>NAT, %1 pro Adresse</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>shared /24</source>
        <translation>gemeinsame /24</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>distinct</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Rename Population</source>
        <translation>Population umbenennen</translation>
    </message>
    <message>
        <source>Change Clients</source>
        <translation>Clients ändern</translation>
    </message>
    <message>
        <source>Change Sessions</source>
        <translation>Sitzungen ändern</translation>
    </message>
    <message>
        <source>Change Requests per Session</source>
        <translation>Anfragen pro Sitzung ändern</translation>
    </message>
    <message>
        <source>Change Cookie Jar</source>
        <translation>Cookie-Speicher ändern</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>clients-%1</source>
        <translation>clients-%1</translation>
    </message>
    <message>
        <source>Add Population %1</source>
        <translation>Population %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove Population %1</source>
        <translation>Population %1 entfernen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1: „%2“ ist keine ganze Zahl von %3 bis %4</translation>
    </message>
</context>
<context>
    <name>gw::views::PreviewWidget</name>
    <message>
        <source>Generated nginx configuration</source>
        <translation>Erzeugte nginx-Konfiguration</translation>
    </message>
    <message>
        <source>No nginx preview: this build has no NGF engine.</source>
        <translation>Keine nginx-Vorschau: diese Version hat keine NGF-Engine.</translation>
    </message>
    <message>
        <source>The configuration NGINX Gateway Fabric would generate appears here.</source>
        <translation>Hier erscheint die Konfiguration, die NGINX Gateway Fabric erzeugen würde.</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 lines</source>
        <translation>
            <numerusform>%n Datei, %1 Zeilen</numerusform>
            <numerusform>%n Dateien, %1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed</source>
        <translation>
            <numerusform>%n Zeile geändert</numerusform>
            <numerusform>%n Zeilen geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::views::ProbeChart</name>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Requests no route served</source>
        <translation>Anfragen, die keine Route bediente</translation>
    </message>
    <message>
        <source>Requests per Pod: %1</source>
        <translation>Anfragen je Pod: %1</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
</context>
<context>
    <name>gw::views::ProbeRowModel</name>
    <message>
        <source>Sent from %1</source>
        <translation>Gesendet von %1</translation>
    </message>
    <message>
        <source>Predicted: %1 (%2), status %3</source>
        <translation>Vorhergesagt: %1 (%2), Status %3</translation>
    </message>
    <message>
        <source>Observed: %1 (%2), status %3</source>
        <translation>Beobachtet: %1 (%2), Status %3</translation>
    </message>
    <message>
        <source>nginx&apos;s $upstream_addr: %1</source>
        <translation>$upstream_addr von nginx: %1</translation>
    </message>
    <message>
        <source>nginx&apos;s $request_id: %1</source>
        <translation>$request_id von nginx: %1</translation>
    </message>
    <message>
        <source>Balancing: %1</source>
        <translation>Lastverteilung: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>Predicted Pod</source>
        <translation>Vorhergesagter Pod</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Observed Pod</source>
        <translation>Beobachteter Pod</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Stimmt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>gw::views::ProbeView</name>
    <message numerus="yes">
        <source>%1 of %n request(s) answered</source>
        <translation>
            <numerusform>%1 von %n Anfrage beantwortet</numerusform>
            <numerusform>%1 von %n Anfragen beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Run Probe</source>
        <translation>Probe ausführen</translation>
    </message>
    <message>
        <source>Send the requests and compare each answer with the prediction</source>
        <translation>Die Anfragen senden und jede Antwort mit der Vorhersage vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop Sandbox</source>
        <translation>Sandbox stoppen</translation>
    </message>
    <message>
        <source>Stop the local nginx (it keeps running after a run so that its logs stay)</source>
        <translation>Das lokale nginx stoppen (es läuft nach einem Lauf weiter, damit seine Protokolle bleiben)</translation>
    </message>
    <message>
        <source>Keep Logs…</source>
        <translation>Protokolle behalten…</translation>
    </message>
    <message>
        <source>Copy the sandbox&apos;s error and access logs and its configuration into a folder</source>
        <translation>Fehler- und Zugriffsprotokoll und Konfiguration der Sandbox in einen Ordner kopieren</translation>
    </message>
    <message>
        <source>Local nginx (sandbox)</source>
        <translation>Lokales nginx (Sandbox)</translation>
    </message>
    <message>
        <source>Gateway at</source>
        <translation>Gateway unter</translation>
    </message>
    <message>
        <source>The scenario&apos;s requests</source>
        <translation>Die Anfragen des Szenarios</translation>
    </message>
    <message>
        <source>A requests CSV file</source>
        <translation>Eine Anfragen-CSV-Datei</translation>
    </message>
    <message>
        <source>Requests to one path</source>
        <translation>Anfragen an einen Pfad</translation>
    </message>
    <message>
        <source>requests.csv (client,host,path,…)</source>
        <translation>requests.csv (client,host,path,…)</translation>
    </message>
    <message>
        <source>Cookie jar (curl -c/-b)</source>
        <translation>Cookie-Speicher (curl -c/-b)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>&amp;Anfragen:</translation>
    </message>
    <message>
        <source>requests to</source>
        <translation>Anfragen an</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>&amp;Gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Zeitl&amp;imit:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Access Log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Error Log</source>
        <translation>Fehlerprotokoll</translation>
    </message>
    <message>
        <source>Run the probe to compare real answers with the predictions.</source>
        <translation>Führen Sie die Probe aus, um echte Antworten mit den Vorhersagen zu vergleichen.</translation>
    </message>
    <message>
        <source>Requests CSV</source>
        <translation>Anfragen-CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A probe sends at most 10,000 requests; these are %1.</source>
        <translation>Eine Probe sendet höchstens 10.000 Anfragen; dies sind %1.</translation>
    </message>
    <message>
        <source>Starting the local nginx…</source>
        <translation>Das lokale nginx startet…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>The local nginx is stopped.</source>
        <translation>Das lokale nginx ist gestoppt.</translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation>(keine Route)</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deterministic prediction(s) held</source>
        <translation>
            <numerusform>%1 von %n deterministischen Vorhersage traf zu</numerusform>
            <numerusform>%1 von %n deterministischen Vorhersagen trafen zu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n random choice(s) judged in distribution</source>
        <translation>
            <numerusform>; %n zufällige Wahl in der Verteilung beurteilt</numerusform>
            <numerusform>; %n zufällige Wahlen in der Verteilung beurteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n request(s) without an answer</source>
        <translation>
            <numerusform>; %n Anfrage ohne Antwort</numerusform>
            <numerusform>; %n Anfragen ohne Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n random choice(s)</source>
        <translation>
            <numerusform>%n zufällige Wahl</numerusform>
            <numerusform>%n zufällige Wahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>: chi-square %1, degrees of freedom: %2, p = %3, %4</source>
        <translation>: Chi-Quadrat %1, Freiheitsgrade: %2, p = %3, %4</translation>
    </message>
    <message>
        <source>consistent with the prediction</source>
        <translation>mit der Vorhersage vereinbar</translation>
    </message>
    <message>
        <source>not consistent with the prediction</source>
        <translation>mit der Vorhersage nicht vereinbar</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) without an identified Pod or answer</source>
        <translation>
            <numerusform>%n Anfrage ohne erkannten Pod oder Antwort</numerusform>
            <numerusform>%n Anfragen ohne erkannten Pod oder Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>nginx %1, pid %2, user %3, under %4</source>
        <translation>nginx %1, PID %2, Benutzer %3, unter %4</translation>
    </message>
</context>
<context>
    <name>gw::views::ProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>gw::views::ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems: the design is empty.</source>
        <translation>Keine Probleme: Der Entwurf ist leer.</translation>
    </message>
    <message>
        <source>No problems found while loading (this build has no NGF engine to check the status).</source>
        <translation>Beim Laden wurden keine Probleme gefunden (dieser Build hat keine NGF-Engine, die den Status prüft).</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
</context>
<context>
    <name>gw::views::ProfileBar</name>
    <message>
        <source>NGF:</source>
        <translation>NGF:</translation>
    </message>
    <message>
        <source>E&amp;xperimental</source>
        <translation>E&amp;xperimentell</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>NGINX Gateway Fabric version</source>
        <translation>Version von NGINX Gateway Fabric</translation>
    </message>
    <message>
        <source>The NGINX Gateway Fabric release whose output is previewed</source>
        <translation>Die Version von NGINX Gateway Fabric, deren Ausgabe die Vorschau zeigt</translation>
    </message>
    <message>
        <source>NGINX OSS</source>
        <translation>NGINX OSS</translation>
    </message>
    <message>
        <source>NGINX Plus</source>
        <translation>NGINX Plus</translation>
    </message>
    <message>
        <source>Data plane</source>
        <translation>Datenebene</translation>
    </message>
    <message>
        <source>NGINX Open Source or NGINX Plus as the data plane</source>
        <translation>NGINX Open Source oder NGINX Plus als Datenebene</translation>
    </message>
    <message>
        <source>Gateway API experimental features (sessionPersistence needs them)</source>
        <translation>Experimentelle Funktionen der Gateway API (sessionPersistence braucht sie)</translation>
    </message>
    <message>
        <source>Gateway to preview</source>
        <translation>Gateway für die Vorschau</translation>
    </message>
    <message>
        <source>Each Gateway gets its own nginx; choose the one to preview</source>
        <translation>Jedes Gateway bekommt sein eigenes nginx; wählen Sie das für die Vorschau</translation>
    </message>
    <message>
        <source>edge (main)</source>
        <translation>edge (main)</translation>
    </message>
    <message>
        <source>(the only one)</source>
        <translation>(das einzige)</translation>
    </message>
    <message>
        <source>S&amp;nippets</source>
        <translation>S&amp;nippets</translation>
    </message>
    <message>
        <source>NGF&apos;s control plane runs with snippets enabled: SnippetsFilter and SnippetsPolicy take effect only then</source>
        <translation>Die NGF-Steuerungsebene läuft mit aktivierten Snippets: SnippetsFilter und SnippetsPolicy wirken nur dann</translation>
    </message>
</context>
<context>
    <name>gw::views::PropertiesView</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>There is no form for %1 resources; edit them in the YAML tab.</source>
        <translation>Für %1-Ressourcen gibt es kein Formular; bearbeiten Sie sie im YAML-Reiter.</translation>
    </message>
    <message>
        <source>Select a resource to edit its properties.</source>
        <translation>Wählen Sie eine Ressource, um ihre Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>gw::views::ProxySettingsPolicyForm</name>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>e.g. 8k</source>
        <translation>z. B. 8k</translation>
    </message>
    <message>
        <source>Buffering</source>
        <translation>Pufferung</translation>
    </message>
    <message>
        <source>&amp;Disable:</source>
        <translation>&amp;Abschalten:</translation>
    </message>
    <message>
        <source>Buffer &amp;size:</source>
        <translation>Puffer&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Number of buffers:</source>
        <translation>&amp;Anzahl Puffer:</translation>
    </message>
    <message>
        <source>Size of &amp;each buffer:</source>
        <translation>Größe &amp;jedes Puffers:</translation>
    </message>
    <message>
        <source>&amp;Busy buffers size:</source>
        <translation>Größe &amp;belegter Puffer:</translation>
    </message>
    <message>
        <source>e.g. 60s</source>
        <translation>z. B. 60s</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>&amp;Verbinden:</translation>
    </message>
    <message>
        <source>&amp;Read:</source>
        <translation>&amp;Lesen:</translation>
    </message>
    <message>
        <source>Sen&amp;d:</source>
        <translation>Sen&amp;den:</translation>
    </message>
</context>
<context>
    <name>gw::views::RateLimitPolicyForm</name>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Local rate limit rules</source>
        <translation>Lokale Ratenbegrenzungsregeln</translation>
    </message>
    <message>
        <source>e.g. 10r/s or 500r/m</source>
        <translation>z. B. 10r/s oder 500r/m</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>e.g. 10m</source>
        <translation>z. B. 10m</translation>
    </message>
    <message>
        <source>&amp;Zone size:</source>
        <translation>&amp;Zonengröße:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>&amp;Burst:</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>No dela&amp;y:</source>
        <translation>&amp;Ohne Verzögerung:</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Dry r&amp;un:</source>
        <translation>&amp;Probelauf:</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>&amp;Log-Stufe:</translation>
    </message>
    <message>
        <source>Re&amp;ject code:</source>
        <translation>Ablehnungs&amp;code:</translation>
    </message>
</context>
<context>
    <name>gw::views::ReferenceGrantForm</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>gw::views::RejectedChart</name>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Rejected per %1 s</source>
        <translation>Abgewiesen pro %1 s</translation>
    </message>
    <message>
        <source>Requests rejected over time: no limit_req rejected a request</source>
        <translation>Abgewiesene Anfragen im Zeitverlauf: limit_req hat keine Anfrage abgewiesen</translation>
    </message>
    <message>
        <source>Requests rejected over time (limit_req), per route</source>
        <translation>Abgewiesene Anfragen im Zeitverlauf (limit_req), je Route</translation>
    </message>
</context>
<context>
    <name>gw::views::RequestInspector</name>
    <message>
        <source>Filter requests (client, path, route, Pod…)</source>
        <translation>Anfragen filtern (Client, Pfad, Route, Pod …)</translation>
    </message>
    <message>
        <source>Request explanation</source>
        <translation>Erklärung der Anfrage</translation>
    </message>
    <message>
        <source>%1 requests, every one recorded</source>
        <translation>%1 Anfragen, alle aufgezeichnet</translation>
    </message>
    <message>
        <source>The first %1 of %2 requests are recorded (the scenario&apos;s record setting)</source>
        <translation>Die ersten %1 von %2 Anfragen sind aufgezeichnet (Einstellung record des Szenarios)</translation>
    </message>
    <message>
        <source>Request #%1 at %2 s</source>
        <translation>Anfrage #%1 bei %2 s</translation>
    </message>
    <message>
        <source>%1 %2 (Host: %3)</source>
        <translation>%1 %2 (Host: %3)</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation>Verbindung von %1</translation>
    </message>
    <message>
        <source>Gateway replica %1</source>
        <translation>Gateway-Replikat %1</translation>
    </message>
    <message>
        <source>Cookie: %1</source>
        <translation>Cookie: %1</translation>
    </message>
    <message>
        <source>population %1, client %2, session %3, step %4</source>
        <translation>Population %1, Client %2, Sitzung %3, Schritt %4</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>server: the default server</source>
        <translation>Server: der Default-Server</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>Location %1</translation>
    </message>
    <message>
        <source>no route rule</source>
        <translation>keine Routenregel</translation>
    </message>
    <message>
        <source>%1 %2 rule %3</source>
        <translation>%1 %2 Regel %3</translation>
    </message>
    <message>
        <source>Route match</source>
        <translation>Routenauswahl</translation>
    </message>
    <message>
        <source>upstream %1: %2</source>
        <translation>Upstream %1: %2</translation>
    </message>
    <message>
        <source>Upstream and the balancer&apos;s reasoning</source>
        <translation>Upstream und die Begründung des Lastverteilers</translation>
    </message>
    <message>
        <source>answered by %1 (%2)</source>
        <translation>beantwortet von %1 (%2)</translation>
    </message>
    <message>
        <source>an unknown Pod</source>
        <translation>einem unbekannten Pod</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>tried: %1</source>
        <translation>versucht: %1</translation>
    </message>
    <message>
        <source>Set-Cookie: %1</source>
        <translation>Set-Cookie: %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Recorded without explanations (only the first requests of a run are recorded in full).</source>
        <translation>Ohne Erklärungen aufgezeichnet (nur die ersten Anfragen eines Laufs werden vollständig aufgezeichnet).</translation>
    </message>
    <message>
        <source>Select a request to see how nginx routed and balanced it.</source>
        <translation>Wählen Sie eine Anfrage, um zu sehen, wie nginx sie geroutet und verteilt hat.</translation>
    </message>
    <message>
        <source>No requests recorded.</source>
        <translation>Keine Anfragen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>gw::views::RequestRecordModel</name>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 rule %2</source>
        <translation>%1 Regel %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gw::views::ResourceActions</name>
    <message>
        <source>&amp;Add Resource</source>
        <translation>Ressource &amp;hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected resource under a new name</source>
        <translation>Die ausgewählte Ressource unter neuem Namen duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected resource</source>
        <translation>Die ausgewählte Ressource löschen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected resource</source>
        <translation>Die ausgewählte Ressource umbenennen</translation>
    </message>
    <message>
        <source>&amp;Copy as YAML</source>
        <translation>Als YAML &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected resource&apos;s manifest to the clipboard</source>
        <translation>Das Manifest der ausgewählten Ressource in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Add a new %1</source>
        <translation>%1 neu hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Service for Deployment %1</source>
        <translation>&amp;Service für Deployment %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Deployment for Service %1</source>
        <translation>&amp;Deployment für Service %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add a Service or Deployment That Fits</source>
        <translation>Passenden Service oder passendes Deployment hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Create %1 %2</source>
        <translation>%1 %2 &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>gw::views::ResourceForm</name>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>Name&amp;space:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>alle Ports</translation>
    </message>
    <message>
        <source>Port name</source>
        <translation>Portname</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target &amp;kind:</source>
        <translation>Ziel&amp;art:</translation>
    </message>
    <message>
        <source>Target na&amp;me:</source>
        <translation>Ziel&amp;name:</translation>
    </message>
</context>
<context>
    <name>gw::views::ResourceTreeModel</name>
    <message numerus="yes">
        <source>%1: %n resource(s)</source>
        <translation>
            <numerusform>%1: %n Ressource</numerusform>
            <numerusform>%1: %n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Move to namespace %1</source>
        <translation>In Namespace %1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) of Gateway Studio&apos;s own, saved with the design and left out of File ▸ Export</source>
        <translation>
            <numerusform>%1: %n eigenes Dokument von Gateway Studio, mit dem Entwurf gespeichert und von Datei ▸ Exportieren weggelassen</numerusform>
            <numerusform>%1: %n eigene Dokumente von Gateway Studio, mit dem Entwurf gespeichert und von Datei ▸ Exportieren weggelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::views::ResourceTreeView</name>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>gw::views::RouteForm</name>
    <message>
        <source>Parents</source>
        <translation>Übergeordnete Gateways</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>Übergeordnetes Gateway</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>the route&apos;s</source>
        <translation>der der Route</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnamen</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>gw::views::RouteMixModel</name>
    <message>
        <source>Change Host</source>
        <translation>Host ändern</translation>
    </message>
    <message>
        <source>Change Path</source>
        <translation>Pfad ändern</translation>
    </message>
    <message>
        <source>Change Repeat</source>
        <translation>Wiederholungen ändern</translation>
    </message>
    <message>
        <source>Change Weight</source>
        <translation>Gewicht ändern</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Add Request %1%2</source>
        <translation>Anfrage %1%2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove Request %1%2</source>
        <translation>Anfrage %1%2 entfernen</translation>
    </message>
</context>
<context>
    <name>gw::views::RuleEditor</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Zeitlimits</translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation>z. B. 10s</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Backend request:</source>
        <translation>&amp;Backend-Anfrage:</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path type</source>
        <translation>Pfadtyp</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>header match</source>
        <translation>Header-Bedingung</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>query parameter match</source>
        <translation>Abfrageparameter-Bedingung</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Abfrage:</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>the route&apos;s</source>
        <translation>der der Route</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Session persistence</source>
        <translation>Sitzungspersistenz</translation>
    </message>
    <message>
        <source>Sticky sessions with a cookie (NGINX Plus, experimental features)</source>
        <translation>Sitzungsbindung per Cookie (NGINX Plus, experimentelle Funktionen)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>default: sp_&lt;route&gt;_&lt;namespace&gt;_&lt;rule&gt;</source>
        <translation>Vorgabe: sp_&lt;Route&gt;_&lt;Namespace&gt;_&lt;Regel&gt;</translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation>Sitzungs&amp;name:</translation>
    </message>
    <message>
        <source>e.g. 24h</source>
        <translation>z. B. 24h</translation>
    </message>
    <message>
        <source>&amp;Absolute timeout:</source>
        <translation>&amp;Absolutes Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>&amp;Leerlauf-Zeitlimit:</translation>
    </message>
    <message>
        <source>Cookie &amp;lifetime:</source>
        <translation>Cookie-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>Enable session persistence</source>
        <translation>Sitzungspersistenz einschalten</translation>
    </message>
    <message>
        <source>Disable session persistence</source>
        <translation>Sitzungspersistenz abschalten</translation>
    </message>
    <message>
        <source>optional; NGF reports rule names as unsupported</source>
        <translation>optional; NGF meldet Regelnamen als nicht unterstützt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>gw::views::ScenarioEditor</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>until every client is done</source>
        <translation>bis jeder Client fertig ist</translation>
    </message>
    <message>
        <source>a replica per request (curl)</source>
        <translation>ein Replikat pro Anfrage (curl)</translation>
    </message>
    <message>
        <source>a replica per session (browser keep-alive)</source>
        <translation>ein Replikat pro Sitzung (Browser mit Keep-alive)</translation>
    </message>
    <message>
        <source>about 200 buckets</source>
        <translation>etwa 200 Intervalle</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>the preview&apos;s</source>
        <translation>wie in der Vorschau</translation>
    </message>
    <message>
        <source>NGINX &amp;Plus</source>
        <translation>NGINX &amp;Plus</translation>
    </message>
    <message>
        <source>E&amp;xperimental features</source>
        <translation>E&amp;xperimentelle Funktionen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>Gateway &amp;replicas:</source>
        <translation>Gateway-&amp;Replikate:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <source>Chart &amp;bucket:</source>
        <translation>Diagramm-&amp;Intervall:</translation>
    </message>
    <message>
        <source>Recorded re&amp;quests:</source>
        <translation>Aufge&amp;zeichnete Anfragen:</translation>
    </message>
    <message>
        <source>Clients in the s&amp;trip:</source>
        <translation>Clients im S&amp;treifen:</translation>
    </message>
    <message>
        <source>NGF &amp;version:</source>
        <translation>NGF-Versi&amp;on:</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Change Description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Change Seed</source>
        <translation>Seed ändern</translation>
    </message>
    <message>
        <source>Change Gateway Replicas</source>
        <translation>Gateway-Replikate ändern</translation>
    </message>
    <message>
        <source>Change Connections</source>
        <translation>Verbindungen ändern</translation>
    </message>
    <message>
        <source>Change Chart Bucket</source>
        <translation>Diagrammintervall ändern</translation>
    </message>
    <message>
        <source>Change Recorded Requests</source>
        <translation>Aufgezeichnete Anfragen ändern</translation>
    </message>
    <message>
        <source>Change Strip Clients</source>
        <translation>Clients im Streifen ändern</translation>
    </message>
    <message>
        <source>Change NGF Version</source>
        <translation>NGF-Version ändern</translation>
    </message>
    <message>
        <source>Change NGINX Plus</source>
        <translation>NGINX Plus ändern</translation>
    </message>
    <message>
        <source>Change Experimental Features</source>
        <translation>Experimentelle Funktionen ändern</translation>
    </message>
    <message>
        <source>Client populations</source>
        <translation>Client-Populationen</translation>
    </message>
    <message>
        <source>Add a population</source>
        <translation>Eine Population hinzufügen</translation>
    </message>
    <message>
        <source>Remove the population</source>
        <translation>Die Population entfernen</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Distinct (a /24 each)</source>
        <translation>Getrennt (je ein /24)</translation>
    </message>
    <message>
        <source>Shared /24 subnets</source>
        <translation>Gemeinsame /24-Subnetze</translation>
    </message>
    <message>
        <source>Behind NATs</source>
        <translation>Hinter NATs</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>10.&lt;n&gt;.0.1</source>
        <translation>10.&lt;n&gt;.0.1</translation>
    </message>
    <message>
        <source>from the group size</source>
        <translation>aus der Gruppengröße</translation>
    </message>
    <message>
        <source>from the groups</source>
        <translation>aus der Gruppenzahl</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Keeps &amp;cookies</source>
        <translation>Behält &amp;Cookies</translation>
    </message>
    <message>
        <source>one route per session</source>
        <translation>eine Route pro Sitzung</translation>
    </message>
    <message>
        <source>a route per request</source>
        <translation>eine Route pro Anfrage</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adressen:</translation>
    </message>
    <message>
        <source>First address:</source>
        <translation>Erste Adresse:</translation>
    </message>
    <message>
        <source>Clients per /24:</source>
        <translation>Clients pro /24:</translation>
    </message>
    <message>
        <source>NAT addresses:</source>
        <translation>NAT-Adressen:</translation>
    </message>
    <message>
        <source>Clients per NAT:</source>
        <translation>Clients pro NAT:</translation>
    </message>
    <message>
        <source>Address churn every:</source>
        <translation>Adresswechsel alle:</translation>
    </message>
    <message>
        <source>Churn share:</source>
        <translation>Anteil mit Adresswechsel:</translation>
    </message>
    <message>
        <source>Proxy in front:</source>
        <translation>Vorgeschalteter Proxy:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Ramp-up:</source>
        <translation>Anlaufzeit:</translation>
    </message>
    <message>
        <source>Sessions per client:</source>
        <translation>Sitzungen pro Client:</translation>
    </message>
    <message>
        <source>Requests per session:</source>
        <translation>Anfragen pro Sitzung:</translation>
    </message>
    <message>
        <source>Think time:</source>
        <translation>Denkzeit:</translation>
    </message>
    <message>
        <source>Jitter:</source>
        <translation>Jitter:</translation>
    </message>
    <message>
        <source>Session gap:</source>
        <translation>Pause zwischen Sitzungen:</translation>
    </message>
    <message>
        <source>Route choice:</source>
        <translation>Routenwahl:</translation>
    </message>
    <message>
        <source>Change First Address</source>
        <translation>Erste Adresse ändern</translation>
    </message>
    <message>
        <source>Change Clients per Subnet</source>
        <translation>Clients pro Subnetz ändern</translation>
    </message>
    <message>
        <source>Change NAT Addresses</source>
        <translation>NAT-Adressen ändern</translation>
    </message>
    <message>
        <source>Change Clients per NAT</source>
        <translation>Clients pro NAT ändern</translation>
    </message>
    <message>
        <source>Change Address Churn</source>
        <translation>Adresswechsel ändern</translation>
    </message>
    <message>
        <source>Change Churn Share</source>
        <translation>Anteil mit Adresswechsel ändern</translation>
    </message>
    <message>
        <source>Change Proxy</source>
        <translation>Proxy ändern</translation>
    </message>
    <message>
        <source>Change Cookie Jar</source>
        <translation>Cookie-Speicher ändern</translation>
    </message>
    <message>
        <source>Change Start</source>
        <translation>Start ändern</translation>
    </message>
    <message>
        <source>Change Ramp-up</source>
        <translation>Anlaufzeit ändern</translation>
    </message>
    <message>
        <source>Change Sessions</source>
        <translation>Sitzungen ändern</translation>
    </message>
    <message>
        <source>Change Requests per Session</source>
        <translation>Anfragen pro Sitzung ändern</translation>
    </message>
    <message>
        <source>Change Think Time</source>
        <translation>Denkzeit ändern</translation>
    </message>
    <message>
        <source>Change Jitter</source>
        <translation>Jitter ändern</translation>
    </message>
    <message>
        <source>Change Session Gap</source>
        <translation>Pause zwischen Sitzungen ändern</translation>
    </message>
    <message>
        <source>Change Route Choice</source>
        <translation>Routenwahl ändern</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>Eine Anfrage hinzufügen</translation>
    </message>
    <message>
        <source>Remove the request</source>
        <translation>Die Anfrage entfernen</translation>
    </message>
    <message>
        <source>Population %1</source>
        <translation>Population %1</translation>
    </message>
    <message>
        <source>Change Address Plan to %1</source>
        <translation>Adressplan auf %1 ändern</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The design has no simulation scenario yet. Add one with New Scenario.</source>
        <translation>Der Entwurf hat noch kein Simulationsszenario. Fügen Sie eines mit „Neues Szenario“ hinzu.</translation>
    </message>
</context>
<context>
    <name>gw::views::ScenarioFieldBinder</name>
    <message>
        <source>A duration: 500ms, 10s, 5m, 1h30m (a bare number counts seconds)</source>
        <translation>Eine Dauer: 500ms, 10s, 5m, 1h30m (eine Zahl ohne Einheit zählt als Sekunden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (for example 500ms, 10s, 5m)</source>
        <translation>„%1“ ist keine Dauer (zum Beispiel 500ms, 10s, 5m)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>gw::views::ScenarioStore</name>
    <message>
        <source>there is no scenario to edit</source>
        <translation>es gibt kein Szenario zum Bearbeiten</translation>
    </message>
    <message>
        <source>the edit does not read as YAML</source>
        <translation>die Änderung lässt sich nicht als YAML lesen</translation>
    </message>
    <message>
        <source>New Scenario %1</source>
        <translation>Neues Szenario %1</translation>
    </message>
    <message>
        <source>the new scenario could not be added</source>
        <translation>das neue Szenario konnte nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>gw::views::SecretForm</name>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>data key</source>
        <translation>Datenschlüssel</translation>
    </message>
    <message>
        <source>&amp;String data:</source>
        <translation>&amp;Zeichenkettendaten:</translation>
    </message>
    <message>
        <source>string data key</source>
        <translation>Zeichenketten-Datenschlüssel</translation>
    </message>
</context>
<context>
    <name>gw::views::SequenceEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>gw::views::SequenceModel</name>
    <message>
        <source>Not set: %1 applies</source>
        <translation>Nicht gesetzt: %1 gilt</translation>
    </message>
</context>
<context>
    <name>gw::views::ServiceForm</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Cluster &amp;IP:</source>
        <translation>Cluster-&amp;IP:</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation>&amp;Selektor:</translation>
    </message>
    <message>
        <source>selector label</source>
        <translation>Selektor-Label</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>same as port</source>
        <translation>wie der Port</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>App protocol</source>
        <translation>App-Protokoll</translation>
    </message>
    <message>
        <source>E&amp;xternal name:</source>
        <translation>E&amp;xterner Name:</translation>
    </message>
</context>
<context>
    <name>gw::views::SimulationResultsView</name>
    <message>
        <source>Key figures per route</source>
        <translation>Kennzahlen pro Route</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>Ro&amp;ute:</translation>
    </message>
    <message>
        <source>Requests per Pod</source>
        <translation>Anfragen pro Pod</translation>
    </message>
    <message>
        <source>Load over time</source>
        <translation>Last im Zeitverlauf</translation>
    </message>
    <message>
        <source>Clients over time</source>
        <translation>Clients im Zeitverlauf</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>No results yet: run the scenario.</source>
        <translation>Noch keine Ergebnisse: führen Sie das Szenario aus.</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Alle Routen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 requests from %3 clients over %4 s; Gateway replicas: %5; seed %6; %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Anfragen von %3 Clients über %4 s; Gateway-Replikate: %5; Seed %6; %7.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;: the figures cover the first %1 s.</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt;: die Zahlen umfassen die ersten %1 s.</translation>
    </message>
    <message>
        <source>Warnings (%1): %2</source>
        <translation>Warnungen (%1): %2</translation>
    </message>
    <message>
        <source>answered by nginx (no Pod)</source>
        <translation>von nginx beantwortet (kein Pod)</translation>
    </message>
    <message>
        <source>no request</source>
        <translation>keine Anfrage</translation>
    </message>
    <message>
        <source>Rejected over time</source>
        <translation>Abgewiesen im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>gw::views::SimulationWorkspace</name>
    <message>
        <source>Hash key:</source>
        <translation>Hash-Schlüssel:</translation>
    </message>
    <message>
        <source>from the requests</source>
        <translation>aus den Anfragen</translation>
    </message>
    <message>
        <source>The key of the consistent hash in Compare Methods: an nginx variable such as $cookie_session or $http_x_user</source>
        <translation>Der Schlüssel des konsistenten Hashs bei „Methoden vergleichen“: eine nginx-Variable wie $cookie_session oder $http_x_user</translation>
    </message>
    <message>
        <source>Transcript (as curl prints it)</source>
        <translation>Transkript (wie curl es ausgibt)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Compare Methods</source>
        <translation>Methoden vergleichen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Add an event at the end of the timeline</source>
        <translation>Ein Ereignis am Ende der Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>Das ausgewählte Ereignis entfernen</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Drag an event along the axis to move it; double-click the axis to add one.</source>
        <translation>Ziehen Sie ein Ereignis entlang der Achse, um es zu verschieben; ein Doppelklick auf die Achse fügt eines hinzu.</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>Simulation &amp;starten</translation>
    </message>
    <message>
        <source>Run the scenario (Ctrl+Return)</source>
        <translation>Das Szenario ausführen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Compare Methods</source>
        <translation>Methoden &amp;vergleichen</translation>
    </message>
    <message>
        <source>Run the same clients and events under every session persistence method, side by side (Ctrl+Shift+Return)</source>
        <translation>Dieselben Clients und Ereignisse mit jeder Methode der Sitzungspersistenz ausführen und nebeneinanderstellen (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>C&amp;ancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the running simulation (Ctrl+.)</source>
        <translation>Die laufende Simulation abbrechen (Ctrl+.)</translation>
    </message>
    <message>
        <source>Show Scenario &amp;Editor</source>
        <translation>Szenario-&amp;Editor anzeigen</translation>
    </message>
    <message>
        <source>Show the scenario editor and the event timeline; hide them to give the results the window (Ctrl+E)</source>
        <translation>Den Szenario-Editor und die Ereigniszeitleiste anzeigen; ausgeblendet überlassen sie das Fenster den Ergebnissen (Ctrl+E)</translation>
    </message>
    <message>
        <source>A simulation is running; cancel it first.</source>
        <translation>Eine Simulation läuft; brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>There is no scenario to run; add one with New Scenario.</source>
        <translation>Es gibt kein Szenario zum Ausführen; fügen Sie eines mit „Neues Szenario“ hinzu.</translation>
    </message>
    <message>
        <source>The scenario has errors: %1</source>
        <translation>Das Szenario enthält Fehler: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Simulating %1 requests…</source>
        <translation>%1 Anfragen werden simuliert …</translation>
    </message>
    <message>
        <source>the design cannot be simulated</source>
        <translation>der Entwurf lässt sich nicht simulieren</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>Die Simulation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 requests (%2 of simulated time).</source>
        <translation>Abgebrochen nach %1 Anfragen (%2 simulierte Zeit).</translation>
    </message>
    <message>
        <source>%1 requests, %2 of simulated time.</source>
        <translation>%1 Anfragen in %2 simulierter Zeit.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n method(s).</source>
        <translation>
            <numerusform>%n Methode verglichen.</numerusform>
            <numerusform>%n Methoden verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded the first %1 requests in full.</source>
        <translation>Die ersten %1 Anfragen wurden vollständig aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 has no results: %2</source>
        <translation>%1 hat keine Ergebnisse: %2</translation>
    </message>
    <message>
        <source>Results of %1 from the comparison.</source>
        <translation>Ergebnisse von %1 aus dem Vergleich.</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Run in &amp;Local nginx</source>
        <translation>Im &amp;lokalen nginx ausführen</translation>
    </message>
    <message>
        <source>Send the scenario&apos;s requests to the design running on a private local nginx and compare each answer with the prediction</source>
        <translation>Die Anfragen des Szenarios an den Entwurf in einem privaten lokalen nginx senden und jede Antwort mit der Vorhersage vergleichen</translation>
    </message>
    <message>
        <source>The design cannot be read.</source>
        <translation>Der Entwurf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no scenario whose requests to send; add one with New Scenario.</source>
        <translation>Es gibt kein Szenario, dessen Anfragen gesendet werden könnten; legen Sie eines mit „Neues Szenario“ an.</translation>
    </message>
</context>
<context>
    <name>gw::views::SnippetsForm</name>
    <message>
        <source>Target Gateways</source>
        <translation>Ziel-Gateways</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Snippets</translation>
    </message>
    <message>
        <source>snippet</source>
        <translation>Snippet</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Selected snippet</source>
        <translation>Ausgewähltes Snippet</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>nginx directives, e.g. add_header X-Snippet on;</source>
        <translation>nginx-Direktiven, z. B. add_header X-Snippet on;</translation>
    </message>
    <message>
        <source>Con&amp;figuration:</source>
        <translation>Kon&amp;figuration:</translation>
    </message>
</context>
<context>
    <name>gw::views::TimelineWidget</name>
    <message>
        <source>Event timeline</source>
        <translation>Ereigniszeitleiste</translation>
    </message>
    <message>
        <source>%1: scale %2 to %3</source>
        <translation>%1: Skalierung von %2 auf %3</translation>
    </message>
    <message>
        <source>%1: fail %2</source>
        <translation>%1: Ausfall von %2</translation>
    </message>
    <message>
        <source>%1: restart %2</source>
        <translation>%1: Neustart von %2</translation>
    </message>
    <message>
        <source>%1: rolling update of %2</source>
        <translation>%1: Rolling Update von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No events. Double-click the time axis to add one.</source>
        <translation>Keine Ereignisse. Ein Doppelklick auf die Zeitachse fügt eines hinzu.</translation>
    </message>
    <message>
        <source>Move Event to %1</source>
        <translation>Ereignis auf %1 verschieben</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>Add &amp;Scale at %1</source>
        <translation>&amp;Skalierung bei %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Pod Failure at %1</source>
        <translation>&amp;Pod-Ausfall bei %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add Pod &amp;Restart at %1</source>
        <translation>Pod-&amp;Neustart bei %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add Rolling &amp;Update at %1</source>
        <translation>Rolling &amp;Update bei %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add Event at %1</source>
        <translation>Ereignis bei %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove Event %1</source>
        <translation>Ereignis „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>gw::views::TopologyGraph</name>
    <message>
        <source>any connection</source>
        <translation>jede Verbindung</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>jede Methode</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n Bedingung</numerusform>
            <numerusform>%n Bedingungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es)</source>
        <translation>
            <numerusform>%n weitere Bedingung</numerusform>
            <numerusform>%n weitere Bedingungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no ports</source>
        <translation>keine Ports</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>any host</source>
        <translation>jeder Host</translation>
    </message>
    <message>
        <source>Gateway not found</source>
        <translation>Gateway nicht gefunden</translation>
    </message>
    <message>
        <source>listener not found</source>
        <translation>Listener nicht gefunden</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>Service not found</source>
        <translation>Service nicht gefunden</translation>
    </message>
    <message>
        <source>upstream settings</source>
        <translation>Upstream-Einstellungen</translation>
    </message>
    <message>
        <source>%1 · not modelled</source>
        <translation>%1 · nicht modelliert</translation>
    </message>
    <message>
        <source>TLS terminated at the listener: nginx decrypts and routes the HTTP requests</source>
        <translation>TLS endet am Listener: nginx entschlüsselt die HTTP-Anfragen und routet sie</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>TLS passthrough: nginx routes the encrypted connection by its SNI name; the backend terminates TLS</source>
        <translation>TLS-Durchleitung: nginx routet die verschlüsselte Verbindung nach ihrem SNI-Namen; das Backend beendet TLS</translation>
    </message>
    <message>
        <source>SNI: %1</source>
        <translation>SNI: %1</translation>
    </message>
    <message>
        <source>Re-encrypted to the backend: nginx opens TLS to the Service (BackendTLSPolicy)</source>
        <translation>Zum Backend neu verschlüsselt: nginx baut TLS zum Service auf (BackendTLSPolicy)</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>backend TLS</source>
        <translation>Backend-TLS</translation>
    </message>
    <message>
        <source>TLS to %1</source>
        <translation>TLS zu %1</translation>
    </message>
    <message>
        <source>ListenerSet of %1</source>
        <translation>ListenerSet von %1</translation>
    </message>
    <message>
        <source>ListenerSet not found</source>
        <translation>ListenerSet nicht gefunden</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>gw::views::TopologyScene</name>
    <message>
        <source>Drag to a Service to add a backend</source>
        <translation>Auf einen Service ziehen, um ein Backend hinzuzufügen</translation>
    </message>
    <message>
        <source>Drag to a listener to attach the route</source>
        <translation>Auf einen Listener ziehen, um die Route anzubinden</translation>
    </message>
    <message>
        <source>Drag to a Service to target it</source>
        <translation>Auf einen Service ziehen, um ihn als Ziel zu setzen</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Send %1 to Service %2</source>
        <translation>%1 an Service %2 senden</translation>
    </message>
    <message>
        <source>Attach %1 to listener %2</source>
        <translation>%1 an Listener %2 anbinden</translation>
    </message>
    <message>
        <source>Apply %1 to Service %2</source>
        <translation>%1 auf Service %2 anwenden</translation>
    </message>
    <message>
        <source>Gateway Studio does not model this kind: the preview, the status and the simulation leave it out (see the problems)</source>
        <translation>Gateway Studio modelliert diese Art nicht: Vorschau, Status und Simulation lassen sie weg (siehe die Probleme)</translation>
    </message>
    <message>
        <source>Adds its listeners to the Gateway, when the Gateway allows it</source>
        <translation>Fügt dem Gateway seine Listener hinzu, wenn das Gateway es erlaubt</translation>
    </message>
</context>
<context>
    <name>gw::views::TopologyView</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Open a manifest, paste one (Ctrl+Shift+V), or add a Gateway to start.
Gateways, routes, Services and Pods will appear here.</source>
        <translation>Öffnen Sie ein Manifest, fügen Sie eines ein (Strg+Umschalt+V) oder legen Sie ein Gateway an.
Hier erscheinen dann Gateways, Routen, Services und Pods.</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Gateway Studio topology</source>
        <translation>Gateway-Studio-Topologie</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Edit Properties</source>
        <translation>Eigenschaften &amp;bearbeiten</translation>
    </message>
</context>
<context>
    <name>gw::views::UpstreamSettingsPolicyForm</name>
    <message>
        <source>Target Services</source>
        <translation>Ziel-Services</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Hash &amp;key:</source>
        <translation>Hash-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>e.g. 512k</source>
        <translation>z. B. 512k</translation>
    </message>
    <message>
        <source>&amp;Zone size:</source>
        <translation>&amp;Zonengröße:</translation>
    </message>
    <message>
        <source>Use cluster &amp;IP:</source>
        <translation>Cluster-&amp;IP verwenden:</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>An&amp;fragen:</translation>
    </message>
    <message>
        <source>e.g. 1h</source>
        <translation>z. B. 1h</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>e.g. 60s</source>
        <translation>z. B. 60s</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
</context>
<context>
    <name>gw::views::YamlView</name>
    <message>
        <source>YAML of the selected resource</source>
        <translation>YAML der ausgewählten Ressource</translation>
    </message>
    <message>
        <source>Select a resource to see its YAML.</source>
        <translation>Wählen Sie eine Ressource, um ihr YAML zu sehen.</translation>
    </message>
    <message>
        <source>unsaved text</source>
        <translation>ungespeicherter Text</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2</translation>
    </message>
    <message>
        <source>Edits apply when you pause typing.</source>
        <translation>Änderungen gelten, sobald Sie mit dem Tippen innehalten.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; continues the value above, which would read &quot;%2&quot;: finish a new key with &apos;:&apos;, or quote a value that goes on</source>
        <translation>„%1“ setzt den Wert darüber fort, der dann „%2“ hieße: Schließen Sie einen neuen Schlüssel mit „:“ ab, oder setzen Sie einen Wert, der weitergeht, in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>gw::yaml::Document</name>
    <message>
        <source>more than one document in one document chunk</source>
        <translation>mehr als ein Dokument in einem Dokumentabschnitt</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>a carriage return without a line feed (old Mac line ends are not supported)</source>
        <translation>ein Wagenrücklauf ohne Zeilenvorschub (alte Mac-Zeilenenden werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>control character %1 is not allowed in YAML</source>
        <translation>das Steuerzeichen %1 ist in YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the line separator %1 is read differently by kubectl (YAML 1.1); write it as an escape in a double-quoted string</source>
        <translation>kubectl liest den Zeilentrenner %1 anders (YAML 1.1); schreiben Sie ihn als Escape-Sequenz in einer Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a byte order mark is only allowed at the start of the file</source>
        <translation>eine Byte-Order-Mark ist nur am Anfang der Datei erlaubt</translation>
    </message>
    <message>
        <source>a key is missing before this &apos;:&apos;</source>
        <translation>vor diesem „:“ fehlt ein Schlüssel</translation>
    </message>
    <message>
        <source>could not find the &apos;:&apos; after this key</source>
        <translation>nach diesem Schlüssel wurde kein „:“ gefunden</translation>
    </message>
    <message>
        <source>a tab at the start of a line: YAML indents with spaces only</source>
        <translation>ein Tabulator am Zeilenanfang: YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>a tab in the indentation of a line: YAML indents with spaces only</source>
        <translation>ein Tabulator in der Einrückung einer Zeile: YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>a tab after &apos;%1&apos;: YAML separates block indicators with spaces only</source>
        <translation>ein Tabulator nach „%1“: YAML trennt Block-Indikatoren nur mit Leerzeichen</translation>
    </message>
    <message>
        <source>a comment needs a blank before its &apos;#&apos;</source>
        <translation>ein Kommentar braucht ein Leerzeichen vor seinem „#“</translation>
    </message>
    <message>
        <source>unexpected text: the YAML reader skips it, kubectl would reject it</source>
        <translation>unerwarteter Text: der YAML-Leser überspringt ihn, kubectl würde ihn ablehnen</translation>
    </message>
    <message>
        <source>an empty entry in this flow sequence</source>
        <translation>ein leerer Eintrag in dieser Flow-Sequenz</translation>
    </message>
    <message>
        <source>a missing or extra &apos;,&apos; in this flow collection</source>
        <translation>ein fehlendes oder überzähliges „,“ in dieser Flow-Collection</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first defined on line %2)</source>
        <translation>doppelter Schlüssel „%1“ (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
        <source>anchor and alias names may only hold letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Anker- und Alias-Namen dürfen nur Buchstaben, Ziffern, „-“ und „_“ enthalten</translation>
    </message>
    <message>
        <source>this is not a valid tag</source>
        <translation>das ist kein gültiges Tag</translation>
    </message>
    <message>
        <source>this tag uses a handle that no %TAG directive defines</source>
        <translation>dieses Tag verwendet ein Handle, das keine %TAG-Direktive definiert</translation>
    </message>
    <message>
        <source>a key and its &apos;:&apos; must be on the same line</source>
        <translation>ein Schlüssel und sein „:“ müssen in derselben Zeile stehen</translation>
    </message>
    <message>
        <source>this value must be indented more than its key</source>
        <translation>dieser Wert muss weiter eingerückt sein als sein Schlüssel</translation>
    </message>
    <message>
        <source>this flow collection is not closed</source>
        <translation>diese Flow-Collection ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the quoted text starting here is not closed</source>
        <translation>der hier beginnende Text in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a tab in a blank line of a block scalar that is not indented enough</source>
        <translation>ein Tabulator in einer Leerzeile eines Block-Skalars, die nicht weit genug eingerückt ist</translation>
    </message>
    <message>
        <source>the document is too large to read</source>
        <translation>das Dokument ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>the YAML reader failed: %1</source>
        <translation>der YAML-Leser ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>gw::yaml::Editor</name>
    <message>
        <source>%1: there is no item %2</source>
        <translation>%1: es gibt kein Element %2</translation>
    </message>
    <message>
        <source>%1 is an alias; edit the anchored value instead</source>
        <translation>%1 ist ein Alias; bearbeiten Sie stattdessen den verankerten Wert</translation>
    </message>
    <message>
        <source>%1 is not a mapping</source>
        <translation>%1 ist keine Zuordnung</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1: cannot insert at %2 (the list has %3 items)</source>
        <translation>%1: an Position %2 kann nicht eingefügt werden (die Liste hat %3 Elemente)</translation>
    </message>
    <message>
        <source>cannot remove the whole document this way</source>
        <translation>das ganze Dokument lässt sich so nicht entfernen</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>%1 has no &apos;:&apos; yet; edit the YAML text instead</source>
        <translation>%1 hat noch kein „:“; bearbeiten Sie stattdessen den YAML-Text</translation>
    </message>
    <message>
        <source>%1 is a single-pair mapping without braces; edit the YAML text instead</source>
        <translation>%1 ist eine Zuordnung mit nur einem Paar und ohne geschweifte Klammern; bearbeiten Sie stattdessen den YAML-Text</translation>
    </message>
    <message>
        <source>%1 ends with a key that has no &apos;:&apos;; edit the YAML text instead</source>
        <translation>%1 endet mit einem Schlüssel ohne „:“; bearbeiten Sie stattdessen den YAML-Text</translation>
    </message>
    <message>
        <source>%1 defines the anchor &amp;%2 that %3 refers to</source>
        <translation>%1 definiert den Anker &amp;%2, auf den %3 verweist</translation>
    </message>
    <message>
        <source>%1 cannot be changed without rewriting more of the document; edit the YAML text instead</source>
        <translation>%1 lässt sich nicht ändern, ohne mehr vom Dokument neu zu schreiben; bearbeiten Sie stattdessen den YAML-Text</translation>
    </message>
    <message>
        <source>%1: cannot move item %2 to %3 (the list has %4 items)</source>
        <translation>%1: Element %2 kann nicht an Position %3 verschoben werden (die Liste hat %4 Elemente)</translation>
    </message>
</context>
<context>
    <name>gw::yaml::ParserMessages</name>
    <message>
        <source>a %YAML directive takes exactly one argument</source>
        <translation>eine %YAML-Direktive nimmt genau ein Argument</translation>
    </message>
    <message>
        <source>unsupported YAML version: %1</source>
        <translation>nicht unterstützte YAML-Version: %1</translation>
    </message>
    <message>
        <source>the YAML version is too new</source>
        <translation>die YAML-Version ist zu neu</translation>
    </message>
    <message>
        <source>%YAML is given twice</source>
        <translation>%YAML steht zweimal da</translation>
    </message>
    <message>
        <source>a %TAG directive takes exactly two arguments</source>
        <translation>eine %TAG-Direktive nimmt genau zwei Argumente</translation>
    </message>
    <message>
        <source>the %TAG directive is given twice</source>
        <translation>die %TAG-Direktive steht zweimal da</translation>
    </message>
    <message>
        <source>a character that cannot be part of a tag</source>
        <translation>ein Zeichen, das nicht Teil eines Tags sein kann</translation>
    </message>
    <message>
        <source>a tag without a name after &apos;!&apos;</source>
        <translation>ein Tag ohne Namen nach „!“</translation>
    </message>
    <message>
        <source>a &apos;!&lt;&apos; tag without its &apos;&gt;&apos;</source>
        <translation>ein „!&lt;“-Tag ohne sein „&gt;“</translation>
    </message>
    <message>
        <source>the mapping above does not end properly: check the indentation of this line</source>
        <translation>die Zuordnung darüber endet nicht richtig: Prüfen Sie die Einrückung dieser Zeile</translation>
    </message>
    <message>
        <source>a &apos;{&apos; without its closing &apos;}&apos;</source>
        <translation>ein „{“ ohne schließendes „}“</translation>
    </message>
    <message>
        <source>the list above does not end properly: check the indentation of this line</source>
        <translation>die Liste darüber endet nicht richtig: Prüfen Sie die Einrückung dieser Zeile</translation>
    </message>
    <message>
        <source>a &apos;[&apos; without its closing &apos;]&apos;</source>
        <translation>ein „[“ ohne schließendes „]“</translation>
    </message>
    <message>
        <source>a value with two tags</source>
        <translation>ein Wert mit zwei Tags</translation>
    </message>
    <message>
        <source>a value with two anchors (&apos;&amp;&apos;)</source>
        <translation>ein Wert mit zwei Ankern („&amp;“)</translation>
    </message>
    <message>
        <source>a value with two aliases (&apos;*&apos;)</source>
        <translation>ein Wert mit zwei Aliassen („*“)</translation>
    </message>
    <message>
        <source>an alias (&apos;*name&apos;) cannot have a value or a tag of its own</source>
        <translation>ein Alias („*name“) kann keinen eigenen Wert und kein eigenes Tag haben</translation>
    </message>
    <message>
        <source>a character that is not a hexadecimal digit in an escape</source>
        <translation>ein Zeichen in einer Escape-Folge, das keine Hexadezimalziffer ist</translation>
    </message>
    <message>
        <source>not a Unicode character: %1</source>
        <translation>kein Unicode-Zeichen: %1</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; in a double-quoted string</source>
        <translation>unbekannte Escape-Folge „\%1“ in einer Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>text that YAML cannot read here</source>
        <translation>Text, den YAML hier nicht lesen kann</translation>
    </message>
    <message>
        <source>&apos;---&apos; or &apos;...&apos; inside a value: quote the value</source>
        <translation>„---“ oder „...“ in einem Wert: Setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>the text ends inside a quoted value: a quote is missing</source>
        <translation>der Text endet in einem Wert in Anführungszeichen: ein Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>a character not allowed in a value</source>
        <translation>ein Zeichen, das in einem Wert nicht erlaubt ist</translation>
    </message>
    <message>
        <source>a tab in the indentation: YAML indents with spaces only</source>
        <translation>ein Tabulator in der Einrückung: YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>a &apos;]&apos; or &apos;}&apos; without its opening &apos;[&apos; or &apos;{&apos;</source>
        <translation>ein „]“ oder „}“ ohne öffnendes „[“ oder „{“</translation>
    </message>
    <message>
        <source>a list item (&apos;- &apos;) where none can start: check the indentation of this line</source>
        <translation>ein Listeneintrag („- “), wo keiner beginnen kann: Prüfen Sie die Einrückung dieser Zeile</translation>
    </message>
    <message>
        <source>a key where none can start: check the indentation of this line</source>
        <translation>ein Schlüssel, wo keiner beginnen kann: Prüfen Sie die Einrückung dieser Zeile</translation>
    </message>
    <message>
        <source>a &apos;:&apos; where no value can start: check the indentation of this line, or quote a value that holds &apos;: &apos;</source>
        <translation>ein „:“, wo kein Wert beginnen kann: Prüfen Sie die Einrückung dieser Zeile, oder setzen Sie einen Wert, der „: “ enthält, in Anführungszeichen</translation>
    </message>
    <message>
        <source>a &apos;*&apos; without an alias name</source>
        <translation>ein „*“ ohne Aliasnamen</translation>
    </message>
    <message>
        <source>a &apos;&amp;&apos; without an anchor name</source>
        <translation>ein „&amp;“ ohne Ankernamen</translation>
    </message>
    <message>
        <source>a character that cannot be part of an alias name</source>
        <translation>ein Zeichen, das nicht Teil eines Aliasnamens sein kann</translation>
    </message>
    <message>
        <source>a character that cannot be part of an anchor name</source>
        <translation>ein Zeichen, das nicht Teil eines Ankernamens sein kann</translation>
    </message>
    <message>
        <source>a block value (&apos;|&apos; or &apos;&gt;&apos;) cannot have an indentation of 0</source>
        <translation>ein Blockwert („|“ oder „&gt;“) kann keine Einrückung von 0 haben</translation>
    </message>
    <message>
        <source>an unexpected character after &apos;|&apos; or &apos;&gt;&apos;</source>
        <translation>ein unerwartetes Zeichen nach „|“ oder „&gt;“</translation>
    </message>
    <message>
        <source>one anchor name used for two values</source>
        <translation>ein Ankername für zwei Werte verwendet</translation>
    </message>
    <message>
        <source>an alias (&apos;*name&apos;) to an anchor that is not defined above</source>
        <translation>ein Alias („*name“) auf einen Anker, der darüber nicht definiert ist</translation>
    </message>
</context>
<context>
    <name>gw::yaml::Stream</name>
    <message>
        <source>the input is larger than %1 MiB</source>
        <translation>die Eingabe ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the input is not text (it contains NUL bytes)</source>
        <translation>die Eingabe ist kein Text (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>more than %1 documents</source>
        <translation>mehr als %1 Dokumente</translation>
    </message>
    <message>
        <source>the here-document started here is not closed by &quot;%1&quot;</source>
        <translation>das hier begonnene Here-Document wird nicht mit „%1“ abgeschlossen</translation>
    </message>
    <message>
        <source>the here-documents hold no manifests</source>
        <translation>die Here-Documents enthalten keine Manifeste</translation>
    </message>
    <message>
        <source>kubectl apply skips this document: it follows a &quot;...&quot; line without a &quot;---&quot; line (export adds the &quot;---&quot;)</source>
        <translation>kubectl apply überspringt dieses Dokument: es folgt auf eine „...“-Zeile ohne „---“-Zeile (der Export fügt das „---“ ein)</translation>
    </message>
    <message>
        <source>kubectl apply does not accept YAML directives (it cuts the file at &quot;---&quot; lines and reads the directive alone); remove this line</source>
        <translation>kubectl apply akzeptiert keine YAML-Direktiven (es schneidet die Datei an „---“-Zeilen und liest die Direktive allein); entfernen Sie diese Zeile</translation>
    </message>
    <message>
        <source>invalid document separator: kubectl allows only a comment after &quot;---&quot;</source>
        <translation>ungültiger Dokumenttrenner: kubectl erlaubt nach „---“ nur einen Kommentar</translation>
    </message>
</context>
<context>
    <name>gw::yaml::Value</name>
    <message>
        <source>too many alias expansions (more than %1)</source>
        <translation>zu viele Alias-Auflösungen (mehr als %1)</translation>
    </message>
</context>
<context>
    <name>gw::views::MigrationComparisonModel</name>
    <message>
        <source>Pods per client</source>
        <translation>Pods je Client</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Sessions kept on one Pod</source>
        <translation>Sitzungen auf einem Pod geblieben</translation>
    </message>
    <message>
        <source>Clients kept across the cut-over</source>
        <translation>Clients über die Umstellung gehalten</translation>
    </message>
    <message>
        <source>Clients moved at %1</source>
        <translation>Clients verschoben bei %1</translation>
    </message>
    <message>
        <source>Sampled clients answered by the same Pod just before the cut-over (ingress-nginx) and just after it (NGF), at %1 s</source>
        <translation>Stichprobe der Clients, die kurz vor der Umstellung (ingress-nginx) und kurz danach (NGF) vom selben Pod beantwortet wurden, bei %1 s</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>ingress-nginx</source>
        <translation>ingress-nginx</translation>
    </message>
    <message>
        <source>NGF</source>
        <translation>NGF</translation>
    </message>
</context>
<context>
    <name>gw::views::MigrationReportModel</name>
    <message numerus="yes">
        <source>%n item(s) converted</source>
        <translation>
            <numerusform>%n Eintrag umgewandelt</numerusform>
            <numerusform>%n Einträge umgewandelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a difference</source>
        <translation>
            <numerusform>%n mit Unterschied</numerusform>
            <numerusform>%n mit Unterschied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not convertible</source>
        <translation>
            <numerusform>%n nicht umwandelbar</numerusform>
            <numerusform>%n nicht umwandelbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>%1, listener %2</source>
        <translation>%1, Listener %2</translation>
    </message>
    <message>
        <source>Produced nothing: selects the Ingress if the design has it</source>
        <translation>Nichts erzeugt: wählt den Ingress, wenn der Entwurf ihn enthält</translation>
    </message>
    <message>
        <source>Produced: %1</source>
        <translation>Erzeugt: %1</translation>
    </message>
</context>
<context>
    <name>gw::views::MigrationView</name>
    <message>
        <source>Run Before and After</source>
        <translation>Vorher und nachher ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Umgewandelt</translation>
    </message>
    <message>
        <source>With a difference</source>
        <translation>Mit Unterschied</translation>
    </message>
    <message>
        <source>Not convertible</source>
        <translation>Nicht umwandelbar</translation>
    </message>
    <message>
        <source>Scenario: browsers with cookie jars on every host and path, each Deployment scaled up by two Pods at 60 s</source>
        <translation>Szenario: Browser mit Cookie-Speicher auf jedem Host und Pfad, jedes Deployment bei 60 s um zwei Pods vergrößert</translation>
    </message>
    <message>
        <source>Scenario: the one imported with the Ingresses</source>
        <translation>Szenario: das mit den Ingresses importierte</translation>
    </message>
    <message>
        <source>Nothing migrated yet: File ▸ Import ▸ Migrate from ingress-nginx…</source>
        <translation>Noch nichts migriert: Datei ▸ Importieren ▸ Von ingress-nginx migrieren …</translation>
    </message>
    <message>
        <source>The resource of this line is no longer in the design</source>
        <translation>Die Ressource dieser Zeile ist nicht mehr im Entwurf</translation>
    </message>
    <message>
        <source>The scenario cannot be run: %1</source>
        <translation>Das Szenario kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Running the scenario on ingress-nginx and on NGF…</source>
        <translation>Das Szenario läuft auf ingress-nginx und auf NGF …</translation>
    </message>
    <message>
        <source>ingress-nginx: %1</source>
        <translation>ingress-nginx: %1</translation>
    </message>
    <message>
        <source>NGF: %1</source>
        <translation>NGF: %1</translation>
    </message>
    <message>
        <source>the design cannot be simulated</source>
        <translation>der Entwurf kann nicht simuliert werden</translation>
    </message>
    <message>
        <source>%1 requests on each engine; the cut-over is at %2 s</source>
        <translation>%1 Anfragen je Engine; die Umstellung ist bei %2 s</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stickiness and clients kept, per Deployment</source>
        <translation>Bindung und gehaltene Clients je Deployment</translation>
    </message>
    <message>
        <source>Stickiness, ingress-nginx</source>
        <translation>Bindung, ingress-nginx</translation>
    </message>
    <message>
        <source>Stickiness, NGF</source>
        <translation>Bindung, NGF</translation>
    </message>
    <message>
        <source>Kept across the cut-over</source>
        <translation>Über die Umstellung gehalten</translation>
    </message>
    <message>
        <source>C&amp;ut-over at</source>
        <translation>&amp;Umstellung bei</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>When the traffic moves from ingress-nginx to NGF. &quot;Kept across the cut-over&quot; compares each client&apos;s Pod just before it (ingress-nginx) with its Pod just after it (NGF). Automatic: half the time before the scenario&apos;s first event, else half the run.</source>
        <translation>Wann der Verkehr von ingress-nginx zu NGF wechselt. „Über die Umstellung gehalten“ vergleicht den Pod jedes Clients kurz davor (ingress-nginx) mit seinem Pod kurz danach (NGF). Automatisch: die Hälfte der Zeit vor dem ersten Ereignis des Szenarios, sonst die Hälfte des Laufs.</translation>
    </message>
    <message>
        <source>automatic (%1 s)</source>
        <translation>automatisch (%1 s)</translation>
    </message>
    <message>
        <source>This line produced no resource, and its Ingress is not in the design</source>
        <translation>Diese Zeile hat keine Ressource erzeugt, und ihr Ingress ist nicht im Entwurf</translation>
    </message>
</context>
<context>
    <name>gw::MigrationActionHandler</name>
    <message>
        <source>&amp;Migrate from ingress-nginx…</source>
        <translation>Von ingress-nginx &amp;migrieren …</translation>
    </message>
    <message>
        <source>Convert ingress-nginx Ingresses to a Gateway, HTTPRoutes and NGF policies, and compare both</source>
        <translation>ingress-nginx-Ingresses in ein Gateway, HTTPRoutes und NGF-Policies umwandeln und beide vergleichen</translation>
    </message>
    <message>
        <source>Add the manifests with the Ingresses to convert</source>
        <translation>Fügen Sie die Manifeste mit den umzuwandelnden Ingresses hinzu</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not read:
%2</source>
        <translation>%1 ist nicht lesbar:
%2</translation>
    </message>
    <message>
        <source>Nothing converted:
%1</source>
        <translation>Nichts umgewandelt:
%1</translation>
    </message>
    <message>
        <source>The design with unsaved changes was kept; nothing was opened</source>
        <translation>Der Entwurf mit ungespeicherten Änderungen wurde behalten; nichts wurde geöffnet</translation>
    </message>
    <message>
        <source>Migrated from ingress-nginx: %1</source>
        <translation>Von ingress-nginx migriert: %1</translation>
    </message>
</context>
<context>
    <name>gw::MigrationDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>NGINX &amp;Plus (cookie session persistence, least_time)</source>
        <translation>NGINX &amp;Plus (Sitzungspersistenz per Cookie, least_time)</translation>
    </message>
    <message>
        <source>E&amp;xperimental channel (session persistence)</source>
        <translation>E&amp;xperimenteller Kanal (Sitzungspersistenz)</translation>
    </message>
    <message>
        <source>Migrate from ingress-nginx</source>
        <translation>Von ingress-nginx migrieren</translation>
    </message>
    <message>
        <source>Converts ingress-nginx Ingresses into a Gateway, HTTPRoutes and NGF policies, as &lt;code&gt;gwstudio migrate&lt;/code&gt; does, and opens the result as a new, unsaved design. The Migration panel shows what each annotation became.</source>
        <translation>Wandelt ingress-nginx-Ingresses in ein Gateway, HTTPRoutes und NGF-Policies um, wie es &lt;code&gt;gwstudio migrate&lt;/code&gt; tut, und öffnet das Ergebnis als neuen, ungespeicherten Entwurf. Das Fenster „Migration“ zeigt, was aus jeder Annotation wurde.</translation>
    </message>
    <message>
        <source>&amp;Ingress manifests (with their Services and Deployments):</source>
        <translation>&amp;Ingress-Manifeste (mit ihren Services und Deployments):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>optional: the ingress-nginx-controller ConfigMap</source>
        <translation>optional: die ConfigMap ingress-nginx-controller</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;ConfigMap:</source>
        <translation>&amp;ConfigMap:</translation>
    </message>
    <message>
        <source>&amp;Gateway name:</source>
        <translation>&amp;Gateway-Name:</translation>
    </message>
    <message>
        <source>&amp;Convert and Open</source>
        <translation>&amp;Umwandeln und öffnen</translation>
    </message>
    <message>
        <source>The Gateway name &quot;%1&quot; is not a valid resource name (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>Der Gateway-Name „%1“ ist kein gültiger Ressourcenname (Kleinbuchstaben, Ziffern und „-“)</translation>
    </message>
    <message>
        <source>Add the manifests with the Ingresses to convert</source>
        <translation>Fügen Sie die Manifeste mit den umzuwandelnden Ingresses hinzu</translation>
    </message>
</context>
<context>
    <name>gw::views::L4RouteForm</name>
    <message>
        <source>The SNI names of the TLS connections this route takes</source>
        <translation>Die SNI-Namen der TLS-Verbindungen, die diese Route annimmt</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
</context>
<context>
    <name>gw::views::FrontendTlsSection</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>the Gateway&apos;s</source>
        <translation>der des Gateways</translation>
    </message>
    <message>
        <source>Client certificates</source>
        <translation>Client-Zertifikate</translation>
    </message>
    <message>
        <source>spec.tls.frontend: HTTPS listeners ask clients for a certificate and check it against these CA certificates (ssl_verify_client)</source>
        <translation>spec.tls.frontend: HTTPS-Listener verlangen von Clients ein Zertifikat und prüfen es gegen diese CA-Zertifikate (ssl_verify_client)</translation>
    </message>
    <message>
        <source>Default &amp;mode:</source>
        <translation>Standard-&amp;Modus:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Default CA certificates:</source>
        <translation>Standard-CA-Zertifikate:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>Per port:</source>
        <translation>Pro Port:</translation>
    </message>
    <message>
        <source>Port&apos;s CA certificates:</source>
        <translation>CA-Zertifikate des Ports:</translation>
    </message>
</context>
<context>
    <name>gw::views::BackendTlsPolicyForm</name>
    <message>
        <source>Target Services</source>
        <translation>Ziel-Services</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>the name nginx sends as SNI and checks, e.g. app.example.com</source>
        <translation>der Name, den nginx als SNI sendet und prüft, z. B. app.example.com</translation>
    </message>
    <message>
        <source>&amp;Hostname:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>&amp;Well-known CAs:</source>
        <translation>&amp;Bekannte CAs:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>CA-Zertifikate:</translation>
    </message>
    <message>
        <source>subject alternative name</source>
        <translation>alternativer Antragstellername</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Subject alt names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
</context>
<context>
    <name>gw::nginx::StreamContext</name>
    <message>
        <source>invalid port in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation>ungültiger Port in „%1“ der Direktive „listen“</translation>
    </message>
    <message>
        <source>invalid IPv6 address or no port in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation>ungültige IPv6-Adresse oder kein Port in „%1“ der Direktive „listen“</translation>
    </message>
    <message>
        <source>host not found in &quot;%1&quot; of the &quot;listen&quot; directive</source>
        <translation>Host in „%1“ der Direktive „listen“ nicht gefunden</translation>
    </message>
    <message>
        <source>invalid number of arguments in split_clients line</source>
        <translation>ungültige Anzahl von Argumenten in einer split_clients-Zeile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; directive is duplicate</source>
        <translation>Direktive „%1“ ist doppelt</translation>
    </message>
    <message>
        <source>no &quot;listen&quot; is defined for server</source>
        <translation>für den Server ist kein „listen“ definiert</translation>
    </message>
    <message>
        <source>no handler for server</source>
        <translation>kein Handler für den Server</translation>
    </message>
    <message>
        <source>duplicate &quot;%1&quot; address and port pair</source>
        <translation>doppeltes Adress- und Portpaar „%1“</translation>
    </message>
    <message>
        <source>unknown &quot;%1&quot; variable</source>
        <translation>unbekannte Variable „%1“</translation>
    </message>
</context>
<context>
    <name>gw::nginx::StreamRouter</name>
    <message>
        <source>map %1 = &quot;%2&quot; -&gt; $%3 = &quot;%4&quot; (%5)</source>
        <translation>map %1 = &quot;%2&quot; -&gt; $%3 = &quot;%4&quot; (%5)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>split_clients %1 = &quot;%2&quot;: MurmurHash2 %3 -&gt; $%4 = &quot;%5&quot;</source>
        <translation>split_clients %1 = &quot;%2&quot;: MurmurHash2 %3 -&gt; $%4 = &quot;%5&quot;</translation>
    </message>
    <message>
        <source>no stream server listens on %1 port %2%3</source>
        <translation>kein Stream-Server lauscht auf %1 Port %2%3</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>jeder Adresse</translation>
    </message>
    <message>
        <source>%1 connection on %2: stream server %3</source>
        <translation>%1-Verbindung auf %2: Stream-Server %3</translation>
    </message>
    <message>
        <source>ssl_preread: not a TLS handshake, $ssl_preread_server_name is empty</source>
        <translation>ssl_preread: kein TLS-Handshake, $ssl_preread_server_name ist leer</translation>
    </message>
    <message>
        <source>ssl_preread: ClientHello without SNI</source>
        <translation>ssl_preread: ClientHello ohne SNI</translation>
    </message>
    <message>
        <source>ssl_preread: SNI &quot;%1&quot;</source>
        <translation>ssl_preread: SNI „%1“</translation>
    </message>
    <message>
        <source>no handler for server</source>
        <translation>kein Handler für den Server</translation>
    </message>
    <message>
        <source>return &quot;%1&quot;: sent, connection closed</source>
        <translation>return &quot;%1&quot;: gesendet, Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 &quot;&quot;: no host, the connection is closed</source>
        <translation>%1 &quot;&quot;: kein Host, die Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>%1 to the http listener %2</source>
        <translation>%1 an den HTTP-Listener %2</translation>
    </message>
    <message>
        <source>%1 to stream server %2 on %3</source>
        <translation>%1 an Stream-Server %2 auf %3</translation>
    </message>
    <message>
        <source>pass %1: no listen of this configuration</source>
        <translation>pass %1: kein listen dieser Konfiguration</translation>
    </message>
    <message>
        <source>pass %1: only unix sockets of this configuration are followed</source>
        <translation>pass %1: nur Unix-Sockets dieser Konfiguration werden verfolgt</translation>
    </message>
    <message>
        <source>proxy_pass to upstream %1</source>
        <translation>proxy_pass an Upstream %1</translation>
    </message>
    <message>
        <source>no resolver defined to resolve %1</source>
        <translation>kein Resolver definiert, um %1 aufzulösen</translation>
    </message>
    <message>
        <source>proxy_pass to %1</source>
        <translation>proxy_pass an %1</translation>
    </message>
    <message>
        <source>more than 10 passes between this configuration&apos;s sockets</source>
        <translation>mehr als 10 Weitergaben zwischen den Sockets dieser Konfiguration</translation>
    </message>
</context>
<context>
    <name>gw::WafPolicyParser</name>
    <message>
        <source>should be at least 1 chars long</source>
        <translation>muss mindestens 1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>may not be more than %1 bytes</source>
        <translation>darf nicht mehr als %1 Bytes lang sein</translation>
    </message>
    <message>
        <source>should match &apos;%1&apos;</source>
        <translation>muss auf &apos;%1&apos; passen</translation>
    </message>
    <message>
        <source>should be at least 64 chars long</source>
        <translation>muss mindestens 64 Zeichen lang sein</translation>
    </message>
    <message>
        <source>verifyChecksum and expectedChecksum are mutually exclusive</source>
        <translation>verifyChecksum und expectedChecksum schließen einander aus</translation>
    </message>
    <message>
        <source>must be between 0 and 10</source>
        <translation>muss zwischen 0 und 10 liegen</translation>
    </message>
    <message>
        <source>exactly one of %1 or %2 must be set</source>
        <translation>genau eines von %1 oder %2 muss gesetzt sein</translation>
    </message>
    <message>
        <source>required value is missing</source>
        <translation>Pflichtwert fehlt</translation>
    </message>
    <message>
        <source>TargetRef Kind must be one of: Gateway, HTTPRoute, or GRPCRoute</source>
        <translation>TargetRef Kind muss Gateway, HTTPRoute oder GRPCRoute sein</translation>
    </message>
    <message>
        <source>TargetRef Group must be gateway.networking.k8s.io</source>
        <translation>TargetRef Group muss gateway.networking.k8s.io sein</translation>
    </message>
    <message>
        <source>TargetRef Name must be unique</source>
        <translation>TargetRef Name muss eindeutig sein</translation>
    </message>
    <message>
        <source>should have at least 1 items</source>
        <translation>muss mindestens 1 Eintrag haben</translation>
    </message>
    <message>
        <source>must have at most 16 items</source>
        <translation>darf höchstens 16 Einträge haben</translation>
    </message>
    <message>
        <source>All TargetRefs must be the same Kind</source>
        <translation>Alle TargetRefs müssen dieselbe Kind haben</translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;log_default&quot;, &quot;log_all&quot;, &quot;log_illegal&quot;, &quot;log_blocked&quot;, &quot;log_grpc_all&quot;, &quot;log_grpc_blocked&quot;, &quot;log_grpc_illegal&quot;</source>
        <translation>Nicht unterstützter Wert: „%1“: unterstützt werden „log_default“, „log_all“, „log_illegal“, „log_blocked“, „log_grpc_all“, „log_grpc_blocked“, „log_grpc_illegal“</translation>
    </message>
    <message>
        <source>exactly one of logSource.defaultProfile, logSource.httpSource, logSource.nimSource, or logSource.n1cSource must be set</source>
        <translation>genau eines von logSource.defaultProfile, logSource.httpSource, logSource.nimSource oder logSource.n1cSource muss gesetzt sein</translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;stderr&quot;, &quot;file&quot;, &quot;syslog&quot;</source>
        <translation>Nicht unterstützter Wert: „%1“: unterstützt werden „stderr“, „file“, „syslog“</translation>
    </message>
    <message>
        <source>destination.file must be set if and only if type is file</source>
        <translation>destination.file muss genau dann gesetzt sein, wenn type file ist</translation>
    </message>
    <message>
        <source>destination.syslog must be set if and only if type is syslog</source>
        <translation>destination.syslog muss genau dann gesetzt sein, wenn type syslog ist</translation>
    </message>
    <message>
        <source>Unsupported value: &quot;%1&quot;: supported values: &quot;HTTP&quot;, &quot;NIM&quot;, &quot;N1C&quot;</source>
        <translation>Nicht unterstützter Wert: „%1“: unterstützt werden „HTTP“, „NIM“, „N1C“</translation>
    </message>
    <message>
        <source>policySource.httpSource must be set if and only if type is HTTP</source>
        <translation>policySource.httpSource muss genau dann gesetzt sein, wenn type HTTP ist</translation>
    </message>
    <message>
        <source>policySource.nimSource must be set if and only if type is NIM</source>
        <translation>policySource.nimSource muss genau dann gesetzt sein, wenn type NIM ist</translation>
    </message>
    <message>
        <source>policySource.n1cSource must be set if and only if type is N1C</source>
        <translation>policySource.n1cSource muss genau dann gesetzt sein, wenn type N1C ist</translation>
    </message>
    <message>
        <source>policySource.validation.verifyChecksum is only supported for type HTTP</source>
        <translation>policySource.validation.verifyChecksum wird nur für type HTTP unterstützt</translation>
    </message>
    <message>
        <source>must have at most 32 items</source>
        <translation>darf höchstens 32 Einträge haben</translation>
    </message>
</context>
<context>
    <name>gw::ngf::WafPolicyProcessor</name>
    <message>
        <source>NGINX Instance Manager %1 (%2)</source>
        <translation>NGINX Instance Manager %1 (%2)</translation>
    </message>
    <message>
        <source>NGINX One Console %1 (namespace %2, %3)</source>
        <translation>NGINX One Console %1 (Namespace %2, %3)</translation>
    </message>
    <message>
        <source>NGF fetches the policy bundle from %1 at runtime and writes it to %2; the preview cannot fetch it: the configuration names that path and the status assumes the fetch succeeds (if it fails, NGF reports Programmed=False/Pending &quot;Waiting for WAF bundle; last fetch error: ...&quot; and leaves the policy out)</source>
        <translation>NGF lädt das Policy-Bundle zur Laufzeit von %1 und schreibt es nach %2; die Vorschau kann es nicht laden: die Konfiguration nennt diesen Pfad und der Status nimmt an, dass das Laden gelingt (misslingt es, meldet NGF Programmed=False/Pending „Waiting for WAF bundle; last fetch error: ...“ und lässt die Policy weg)</translation>
    </message>
    <message>
        <source>NGF fetches this log profile bundle from %1 at runtime and writes it to %2; the preview cannot fetch it and assumes the fetch succeeds</source>
        <translation>NGF lädt dieses Log-Profil-Bundle zur Laufzeit von %1 und schreibt es nach %2; die Vorschau kann es nicht laden und nimmt an, dass das Laden gelingt</translation>
    </message>
    <message>
        <source>F5 WAF for NGINX needs NGINX Plus: NGF does not check the edition and accepts this policy, but NGINX OSS has no App Protect module (ngx_http_app_protect_module.so), so nginx cannot load the configuration (render with --plus)</source>
        <translation>F5 WAF for NGINX braucht NGINX Plus: NGF prüft die Edition nicht und akzeptiert diese Policy, aber NGINX OSS hat kein App-Protect-Modul (ngx_http_app_protect_module.so), daher kann nginx die Konfiguration nicht laden (mit --plus rendern)</translation>
    </message>
    <message>
        <source>%1 has %2 WAFPolicies (%3): NGF neither merges nor rejects them and includes each file in the same block, so app_protect_enable and app_protect_policy_file appear more than once there; whether nginx accepts that, and which bundle then applies, the preview cannot tell</source>
        <translation>%1 hat %2 WAFPolicies (%3): NGF führt sie weder zusammen noch lehnt es sie ab und bindet jede Datei in denselben Block ein, daher stehen app_protect_enable und app_protect_policy_file dort mehrfach; ob nginx das annimmt und welches Bundle dann gilt, kann die Vorschau nicht sagen</translation>
    </message>
</context>
<context>
    <name>gw::views::PolicySummary</name>
    <message>
        <source>WAF</source>
        <translation>WAF</translation>
    </message>
    <message>
        <source>body %1</source>
        <translation>Body %1</translation>
    </message>
    <message>
        <source>body timeout %1</source>
        <translation>Body-Timeout %1</translation>
    </message>
    <message>
        <source>keepalive %1</source>
        <translation>Keepalive %1</translation>
    </message>
    <message>
        <source>keepalive timeout %1</source>
        <translation>Keepalive-Timeout %1</translation>
    </message>
    <message>
        <source>client settings</source>
        <translation>Client-Einstellungen</translation>
    </message>
    <message>
        <source>buffering off</source>
        <translation>Pufferung aus</translation>
    </message>
    <message>
        <source>buffers %1×%2</source>
        <translation>Puffer %1×%2</translation>
    </message>
    <message>
        <source>buffer %1</source>
        <translation>Puffer %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>Lesen %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>Verbinden %1</translation>
    </message>
    <message>
        <source>send %1</source>
        <translation>Senden %1</translation>
    </message>
    <message>
        <source>proxy settings</source>
        <translation>Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>burst %1</source>
        <translation>Burst %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more rule(s)</source>
        <translation>
            <numerusform>%n weitere Regel</numerusform>
            <numerusform>%n weitere Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>no snippets</source>
        <translation>keine Snippets</translation>
    </message>
    <message>
        <source>snippets %1</source>
        <translation>Snippets %1</translation>
    </message>
    <message>
        <source>no tracing</source>
        <translation>kein Tracing</translation>
    </message>
    <message>
        <source>tracing parent</source>
        <translation>Tracing wie Parent</translation>
    </message>
    <message>
        <source>tracing %1%</source>
        <translation>Tracing %1%</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>Authentifizierung</translation>
    </message>
</context>
<context>
    <name>gw::views::ListenerSetForm</name>
    <message>
        <source>Parent Gateway</source>
        <translation>Übergeordnetes Gateway</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>Na&amp;mespace:</translation>
    </message>
    <message>
        <source>The Gateway must allow ListenerSets from this namespace (its spec.allowedListeners) for the listeners to be merged</source>
        <translation>Das Gateway muss ListenerSets aus diesem Namespace erlauben (seine spec.allowedListeners), damit die Listener übernommen werden</translation>
    </message>
</context>
<context>
    <name>gw::views::WafPolicyForm</name>
    <message>
        <source>&amp;Auth Secret:</source>
        <translation>&amp;Auth-Secret:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Polling:</source>
        <translation>&amp;Abfragen:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;TLS CA Secret:</source>
        <translation>&amp;TLS-CA-Secret:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>/var/log/app_protect/security.log</source>
        <translation>/var/log/app_protect/security.log</translation>
    </message>
    <message>
        <source>Change bundle source of %1 to %2</source>
        <translation>Bundle-Quelle von %1 auf %2 ändern</translation>
    </message>
    <message>
        <source>Change security log destination of %1 to %2</source>
        <translation>Ziel des Sicherheitslogs von %1 auf %2 ändern</translation>
    </message>
    <message>
        <source>HTTP bundle server</source>
        <translation>HTTP-Bundle-Server</translation>
    </message>
    <message>
        <source>N1C na&amp;mespace:</source>
        <translation>N1C-Na&amp;mespace:</translation>
    </message>
    <message>
        <source>NGINX Instance Manager</source>
        <translation>NGINX Instance Manager</translation>
    </message>
    <message>
        <source>NGINX One Console</source>
        <translation>NGINX One Console</translation>
    </message>
    <message>
        <source>Polic&amp;y name:</source>
        <translation>Polic&amp;y-Name:</translation>
    </message>
    <message>
        <source>Policy &amp;name:</source>
        <translation>Policy-&amp;Name:</translation>
    </message>
    <message>
        <source>Policy &amp;object ID:</source>
        <translation>Policy-&amp;Objekt-ID:</translation>
    </message>
    <message>
        <source>Policy UI&amp;D:</source>
        <translation>Policy-UI&amp;D:</translation>
    </message>
    <message>
        <source>Policy bundle</source>
        <translation>Policy-Bundle</translation>
    </message>
    <message>
        <source>Polling &amp;interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>S&amp;yslog server:</source>
        <translation>S&amp;yslog-Server:</translation>
    </message>
    <message>
        <source>Security logs</source>
        <translation>Sicherheitslogs</translation>
    </message>
    <message>
        <source>Selected log</source>
        <translation>Ausgewähltes Log</translation>
    </message>
    <message>
        <source>Skip TLS &amp;verification:</source>
        <translation>TLS-&amp;Prüfung überspringen:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>e.g. 5m</source>
        <translation>z. B. 5m</translation>
    </message>
    <message>
        <source>http://bundle-server/policy.tgz</source>
        <translation>http://bundle-server/policy.tgz</translation>
    </message>
    <message>
        <source>https://example.nginx.one</source>
        <translation>https://example.nginx.one</translation>
    </message>
    <message>
        <source>https://nim.example.com</source>
        <translation>https://nim.example.com</translation>
    </message>
    <message>
        <source>security log</source>
        <translation>Sicherheitslog</translation>
    </message>
    <message>
        <source>syslog-svc:514</source>
        <translation>syslog-svc:514</translation>
    </message>
</context>
<context>
    <name>gw::views::ListenersSection</name>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>any host</source>
        <translation>jeder Host</translation>
    </message>
    <message>
        <source>Routes from</source>
        <translation>Routen aus</translation>
    </message>
    <message>
        <source>Selected listener</source>
        <translation>Ausgewählter Listener</translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation>TLS-&amp;Modus:</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Zertifikate:</translation>
    </message>
</context>
</TS>
