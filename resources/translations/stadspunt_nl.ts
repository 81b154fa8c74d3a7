<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>ArticleView</name>
    <message>
        <source>Type a question or a few words above (Ctrl+K). Open an article to see what to say, what it costs and what to bring.</source>
        <translation>Typ hierboven een vraag of een paar woorden (Ctrl+K). Open een artikel om te zien wat u zegt, wat het kost en wat de klant meeneemt.</translation>
    </message>
    <message>
        <source>Short answer: what to say</source>
        <translation>Kort antwoord: wat u zegt</translation>
    </message>
    <message>
        <source>Use in contact &amp;form</source>
        <translation>Overnemen in &amp;formulier</translation>
    </message>
    <message>
        <source>Fill in product and subject in the contact form; you still register</source>
        <translation>Vult product en onderwerp in het contactformulier in; u registreert zelf</translation>
    </message>
    <message>
        <source>Costs and what to bring</source>
        <translation>Kosten en wat mee te nemen</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Volledige tekst</translation>
    </message>
    <message>
        <source>For staff only</source>
        <translation>Alleen voor medewerkers</translation>
    </message>
    <message>
        <source>Also shown at the kiosk</source>
        <translation>Ook te zien op de digitale balie</translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation>gecontroleerd {date}</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Raak het scherm aan om te beginnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Filter products by name</source>
        <translation>Producten filteren op naam</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filteren op naam</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n producten</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or revert the changes to {name} first.</source>
        <translation>Sla de wijzigingen aan {name} eerst op of maak ze ongedaan.</translation>
    </message>
</context>
<context>
    <name>ChoiceScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Wat wilt u doen?</translation>
    </message>
    <message>
        <source>I want to talk to a staff member</source>
        <translation>Ik wil een medewerker spreken</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Terug naar het begin</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete task</source>
        <translation>Taak afhandelen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Gevraagde handeling</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>&amp;Note: what was done (required)</source>
        <translation>&amp;Notitie: wat is er gedaan (verplicht)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>For example: new passport applied for, resident informed</source>
        <translation>Bijvoorbeeld: nieuw paspoort aangevraagd, inwoner geïnformeerd</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Afhandelen</translation>
    </message>
    <message>
        <source>Complete the task (Ctrl+Enter)</source>
        <translation>Taak afhandelen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Write down what was done: a task is completed with a note.</source>
        <translation>Schrijf op wat er is gedaan: een taak wordt afgehandeld met een notitie.</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Bezig met afhandelen…</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Selected contact</source>
        <translation>Geselecteerd contact</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Afgehandeld door</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>{unit}: {action} – deadline {deadline}{state}</source>
        <translation>{unit}: {action} – uiterlijk {deadline}{state}</translation>
    </message>
    <message>
        <source>{unit}: {action} – completed {when}</source>
        <translation>{unit}: {action} – afgehandeld {when}</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Register contact</source>
        <extracomment>Channels a medewerker registers; kiosk visits are registered by the kiosk itself. What the form loads in the background: products, units and this year&apos;s fees per product.</extracomment>
        <translation>Contact registreren</translation>
    </message>
    <message>
        <source>What was the question about? (required)</source>
        <translation>Waar ging de vraag over? (verplicht)</translation>
    </message>
    <message>
        <source>What was asked and answered</source>
        <translation>Wat is er gevraagd en geantwoord</translation>
    </message>
    <message>
        <source>&amp;Answered first-line</source>
        <translation>&amp;Eerstelijns beantwoord</translation>
    </message>
    <message>
        <source>&amp;Not resolved</source>
        <translation>&amp;Niet opgelost</translation>
    </message>
    <message>
        <source>&amp;Hand off to back office</source>
        <translation>&amp;Doorzetten naar backoffice</translation>
    </message>
    <message>
        <source>What must the back office do?</source>
        <translation>Wat moet de backoffice doen?</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>Register the contact (Ctrl+Enter)</source>
        <translation>Contact registreren (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>&amp;Requested action</source>
        <translation>&amp;Gevraagde handeling</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(geen product)</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(kies een afdeling)</translation>
    </message>
    <message>
        <source>Products and units could not be loaded: {reason}</source>
        <translation>Producten en afdelingen konden niet worden geladen: {reason}</translation>
    </message>
    <message>
        <source>No person open: the contact is registered anonymously.</source>
        <translation>Geen persoon geopend: het contact wordt anoniem geregistreerd.</translation>
    </message>
    <message>
        <source>For: {person}</source>
        <translation>Voor: {person}</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Bezig met registreren…</translation>
    </message>
    <message>
        <source>Contact registered and handed off to {unit}. Deadline: {deadline}.</source>
        <translation>Contact geregistreerd en doorgezet naar {unit}. Uiterste datum: {deadline}.</translation>
    </message>
    <message>
        <source>Contact registered.</source>
        <translation>Contact geregistreerd.</translation>
    </message>
    <message>
        <source>Assess the request and reply to the resident</source>
        <translation>Aanvraag beoordelen en de inwoner antwoorden</translation>
    </message>
    <message>
        <source>Filled in from the knowledge base. Check it and register (Ctrl+Enter).</source>
        <translation>Ingevuld vanuit de kennisbank. Controleer en registreer (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>ContactHistory</name>
    <message>
        <source>Contact history</source>
        <translation>Contacthistorie</translation>
    </message>
</context>
<context>
    <name>CounterStartup</name>
    <message>
        <source>The database is not up to date with this version of StadsPunt.

Ask the application administrator to run:
    stadspunt db upgrade</source>
        <translation>De database is niet bijgewerkt voor deze versie van StadsPunt.

Vraag de applicatiebeheerder om uit te voeren:
    stadspunt db upgrade</translation>
    </message>
    <message>
        <source>StadsPunt cannot start</source>
        <translation>StadsPunt kan niet starten</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>StadsPunt – {desk} – {user}</source>
        <translation>StadsPunt – {desk} – {user}</translation>
    </message>
    <message>
        <source>Person and contact  (Ctrl+1)</source>
        <translation>Persoon en contact  (Ctrl+1)</translation>
    </message>
    <message>
        <source>Back-office tasks  (Ctrl+2)</source>
        <translation>Taken backoffice  (Ctrl+2)</translation>
    </message>
    <message>
        <source>Look up a person and register the contact</source>
        <translation>Persoon opzoeken en het contact registreren</translation>
    </message>
    <message>
        <source>Open hand-offs of a unit, to complete</source>
        <translation>Openstaande overdrachten van een afdeling, om af te handelen</translation>
    </message>
    <message>
        <source>Product catalogue  (Ctrl+3)</source>
        <translation>Productencatalogus  (Ctrl+3)</translation>
    </message>
    <message>
        <source>Fees, what to bring, service norms and the kiosk, per product</source>
        <translation>Leges, wat mee te nemen, servicenormen en de digitale balie, per product</translation>
    </message>
    <message>
        <source>{user} ({roles})</source>
        <translation>{user} ({roles})</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Travel documents</source>
        <translation>Reisdocumenten</translation>
    </message>
    <message>
        <source>No travel documents in the BRP.</source>
        <translation>Geen reisdocumenten in de BRP.</translation>
    </message>
    <message>
        <source>{number}, handed in or missing since {date}</source>
        <translation>{number}, ingeleverd of vermist sinds {date}</translation>
    </message>
    <message>
        <source>{number}, valid until {date}</source>
        <translation>{number}, geldig tot {date}</translation>
    </message>
</context>
<context>
    <name>FeeEditor</name>
    <message>
        <source>Fee year</source>
        <extracomment>Where a fee row keeps its variant (&quot;&quot; for the standard fee, shown as &quot;standard&quot;).</extracomment>
        <translation>Legesjaar</translation>
    </message>
    <message>
        <source>Fees of the year</source>
        <translation>Leges van het jaar</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Fee variant</source>
        <translation>Legesvariant</translation>
    </message>
    <message>
        <source>standard fee</source>
        <translation>standaardtarief</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Bedrag in euro</translation>
    </message>
    <message>
        <source>e.g. 84,45</source>
        <translation>bijv. 84,45</translation>
    </message>
    <message>
        <source>Remove fee</source>
        <translation>Tarief verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected fee of this year at once</source>
        <translation>Het gekozen tarief van dit jaar direct verwijderen</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variant</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Bedrag (€)</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>This product has no fees. Enter an amount to give it one.</source>
        <translation>Dit product heeft geen leges. Vul een bedrag in om een tarief vast te leggen.</translation>
    </message>
    <message>
        <source>No fees entered for {year}; the fees of {fee_year} apply until you enter them.</source>
        <translation>Voor {year} zijn geen leges ingevoerd; tot u ze invoert gelden die van {fee_year}.</translation>
    </message>
</context>
<context>
    <name>FunnelWalker</name>
    <message>
        <source>Question funnel</source>
        <extracomment>Digit keys choose options 1-9; a question with more options is chosen by mouse or Tab.</extracomment>
        <translation>Vraagtrechter</translation>
    </message>
    <message>
        <source>1-9 choose · Backspace back</source>
        <translation>1-9 kiezen · Backspace terug</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Undo the last choice (Backspace)</source>
        <translation>De laatste keuze ongedaan maken (Backspace)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Use this answer</source>
        <translation>Antwoord overnemen</translation>
    </message>
    <message>
        <source>Fill in product, subject, the choices and the outcome in the contact form</source>
        <translation>Vult product, onderwerp, de keuzes en de afhandeling in het contactformulier in</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Help</source>
        <extracomment>Language buttons name each language in itself, so nobody needs to read the other one.</extracomment>
        <translation>Hulp</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <source>Back-office task</source>
        <translation>Taak backoffice</translation>
    </message>
    <message>
        <source>{unit}: deadline {deadline} ({state})</source>
        <translation>{unit}: uiterlijk {deadline} ({state})</translation>
    </message>
    <message>
        <source>{unit}: completed {when}</source>
        <translation>{unit}: afgehandeld {when}</translation>
    </message>
</context>
<context>
    <name>HitList</name>
    <message>
        <source>Knowledge articles found</source>
        <translation>Gevonden kennisartikelen</translation>
    </message>
</context>
<context>
    <name>HitListModel</name>
    <message>
        <source>question funnel</source>
        <extracomment>Padding around a row&apos;s text, px.</extracomment>
        <translation>vraagtrechter</translation>
    </message>
    <message>
        <source>staff only</source>
        <translation>alleen medewerkers</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Search the knowledge base</source>
        <translation>Kennisbank doorzoeken</translation>
    </message>
    <message>
        <source>Search the knowledge base (Ctrl+K): paspoort kwijt, verhuizen, afval…</source>
        <translation>Zoek in de kennisbank (Ctrl+K): paspoort kwijt, verhuizen, afval…</translation>
    </message>
    <message>
        <source>Type a few words; results appear as you type.</source>
        <translation>Typ een paar woorden; de resultaten verschijnen terwijl u typt.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>Niets gevonden. Probeer een ander woord, of minder woorden.</translation>
    </message>
    <message numerus="yes">
        <source>No article has all the words; these have some of them (%n article(s)).</source>
        <translation>
            <numerusform>Geen artikel bevat alle woorden; %n artikel bevat er een paar.</numerusform>
            <numerusform>Geen artikel bevat alle woorden; %n artikelen bevatten er een paar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n artikel gevonden</numerusform>
            <numerusform>%n artikelen gevonden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>StadsPunt – log in</source>
        <translation>StadsPunt – inloggen</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Fill in your username and password.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>Verbinding maken met de database…</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>One moment, please</source>
        <translation>Een moment geduld</translation>
    </message>
    <message>
        <source>The kiosk is starting.</source>
        <translation>De zuil wordt gestart.</translation>
    </message>
    <message>
        <source>We are registering your visit.</source>
        <translation>We melden uw bezoek aan.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dank u wel</translation>
    </message>
    <message>
        <source>Your visit has been registered. Please take a seat: a host will help you soon.</source>
        <translation>Uw bezoek is aangemeld. Neem plaats: een medewerker helpt u zo.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Sorry, that did not work</source>
        <translation>Sorry, dat is niet gelukt</translation>
    </message>
    <message>
        <source>Your visit could not be registered. Try again, or ask a host in the hall for help.</source>
        <translation>Uw bezoek is niet aangemeld. Probeer het opnieuw, of vraag een medewerker in de hal om hulp.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Terug naar het begin</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>This kiosk cannot be used at the moment. Please ask a host in the hall; they are happy to help you.</source>
        <translation>Deze zuil werkt nu niet. Vraag een medewerker in de hal; wij helpen u graag.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Ask a host in the hall: they are happy to help you. You can also go to the information desk.</source>
        <translation>Vraag een medewerker in de hal: wij helpen u graag. U kunt ook naar de informatiebalie gaan.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PersonFacts</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>{date}, {place}</source>
        <translation>{date}, {place}</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>no address in the BRP</source>
        <translation>geen adres in de BRP</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close this person for the next visitor (Esc twice in the search)</source>
        <translation>Persoon sluiten voor de volgende klant (twee keer Esc in het zoekveld)</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(naam onbekend)</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Naam: {name}</translation>
    </message>
    <message>
        <source>BSN {bsn}</source>
        <translation>BSN {bsn}</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>{name} (deceased)</source>
        <translation>{name} (overleden)</translation>
    </message>
</context>
<context>
    <name>PersonOverviewPanel</name>
    <message>
        <source>Open hand-offs</source>
        <extracomment>Rows of open hand-offs shown before the list scrolls; more than this is rare for one person. The facts column takes a third of the panel, within these bounds (1366 px .. 1920 px).</extracomment>
        <translation>Openstaande overdrachten</translation>
    </message>
    <message>
        <source>No open hand-offs.</source>
        <translation>Geen openstaande overdrachten.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Contacten (%n)</numerusform>
            <numerusform>Contacten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open hand-offs (%n)</source>
        <translation>
            <numerusform>Openstaande overdrachten (%n)</numerusform>
            <numerusform>Openstaande overdrachten (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>Look up the person at the counter: by BSN, by surname and birth date, or by postcode and house number. Ctrl+F goes to the search, Esc clears it.

Without a person, the contact is registered anonymously.</source>
        <translation>Zoek de persoon aan de balie op: met het BSN, met achternaam en geboortedatum, of met postcode en huisnummer. Ctrl+F gaat naar het zoeken, Esc maakt het leeg.

Zonder persoon wordt het contact anoniem geregistreerd.</translation>
    </message>
    <message>
        <source>Person  (Ctrl+F)</source>
        <translation>Persoon  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Knowledge base  (Ctrl+K)</source>
        <translation>Kennisbank  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Look up the person and see the 360 view</source>
        <translation>De persoon opzoeken en het 360-gradenbeeld zien</translation>
    </message>
    <message>
        <source>Search the answers, fees and question funnels of every channel</source>
        <translation>De antwoorden, leges en vraagtrechters van alle kanalen doorzoeken</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling and the date or number, or ask for a BSN.</source>
        <translation>Niemand gevonden. Controleer de spelling en de datum of het nummer, of vraag naar het BSN.</translation>
    </message>
    <message>
        <source>{name} (BSN {bsn})</source>
        <translation>{name} (BSN {bsn})</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>12a</source>
        <translation>12a</translation>
    </message>
    <message>
        <source>Surname, with or without prefix: van den Berg or Berg</source>
        <translation>Achternaam, met of zonder voorvoegsel: van den Berg of Berg</translation>
    </message>
    <message>
        <source>With letter or addition if there is one: 12a, 12-2, 12 bis</source>
        <translation>Met huisletter of toevoeging als die er is: 12a, 12-2, 12 bis</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Look up the person (Enter). Esc clears.</source>
        <translation>Persoon opzoeken (Enter). Esc maakt leeg.</translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <source>Surna&amp;me</source>
        <translation>Ac&amp;hternaam</translation>
    </message>
    <message>
        <source>Birth da&amp;te</source>
        <translation>Geboor&amp;tedatum</translation>
    </message>
    <message>
        <source>G&amp;iven names</source>
        <translation>&amp;Voornamen</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>Hous&amp;e number</source>
        <translation>H&amp;uisnummer</translation>
    </message>
    <message>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <source>Type a BSN, or a surname and birth date, or a postcode and house number.</source>
        <translation>Typ een BSN, of achternaam en geboortedatum, of postcode en huisnummer.</translation>
    </message>
    <message>
        <source>A name search needs the birth date too (dd-mm-yyyy).</source>
        <translation>Zoeken op naam kan alleen met de geboortedatum erbij (dd-mm-jjjj).</translation>
    </message>
    <message>
        <source>Type the birth date as dd-mm-yyyy, for example 01-12-1985.</source>
        <translation>Typ de geboortedatum als dd-mm-jjjj, bijvoorbeeld 01-12-1985.</translation>
    </message>
    <message>
        <source>A name search needs the surname too.</source>
        <translation>Zoeken op naam kan alleen met de achternaam erbij.</translation>
    </message>
    <message>
        <source>An address search needs the house number too.</source>
        <translation>Zoeken op adres kan alleen met het huisnummer erbij.</translation>
    </message>
    <message>
        <source>Type the house number as digits, with a letter or addition if any: 12, 12a, 12-2.</source>
        <translation>Typ het huisnummer in cijfers, met huisletter of toevoeging als die er is: 12, 12a, 12-2.</translation>
    </message>
    <message>
        <source>An address search needs the postcode too.</source>
        <translation>Zoeken op adres kan alleen met de postcode erbij.</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Choose the person with ↑ ↓ and open with Enter or a double click.</source>
        <translation>Kies de persoon met ↑ ↓ en open met Enter of dubbelklikken.</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n persoon gevonden</numerusform>
            <numerusform>%n personen gevonden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source> working days</source>
        <translation> werkdagen</translation>
    </message>
    <message>
        <source>Service norm</source>
        <translation>Servicenorm</translation>
    </message>
    <message>
        <source>Offered at the &amp;kiosk</source>
        <translation>Aangeboden op de digitale balie (&amp;kiosk)</translation>
    </message>
    <message>
        <source>A&amp;ctive: can be chosen for contacts</source>
        <translation>A&amp;ctief: te kiezen bij contacten</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>De wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fees per year</source>
        <translation>Leges per jaar</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Wat mee te nemen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstverlening</translation>
    </message>
    <message>
        <source>Service &amp;norm</source>
        <translation>Service&amp;norm</translation>
    </message>
    <message>
        <source>Choose a product in the list</source>
        <translation>Kies een product in de lijst</translation>
    </message>
    <message>
        <source>hand-offs go to {unit}</source>
        <translation>doorzetten naar {unit}</translation>
    </message>
    <message>
        <source>channels: {channels}</source>
        <translation>kanalen: {channels}</translation>
    </message>
    <message>
        <source>A product can list at most {n} things to bring.</source>
        <translation>Een product kan hoogstens {n} dingen noemen om mee te nemen.</translation>
    </message>
    <message>
        <source>A line of what to bring is longer than {n} characters.</source>
        <translation>Een regel van wat mee te nemen is langer dan {n} tekens.</translation>
    </message>
    <message>
        <source>Type the amount in euros, like 84,45.</source>
        <translation>Typ het bedrag in euro, zoals 84,45.</translation>
    </message>
    <message>
        <source>A fee cannot be negative. Enter 0 for a free product.</source>
        <translation>Leges kunnen niet negatief zijn. Vul 0 in voor een gratis product.</translation>
    </message>
    <message>
        <source>Use at most two digits after the comma: 12,34 is twelve euros and 34 cents.</source>
        <translation>Gebruik hoogstens twee cijfers na de komma: 12,34 is twaalf euro en 34 cent.</translation>
    </message>
    <message>
        <source>Type the amount in euros, like 84,45 or 1.234,50.</source>
        <translation>Typ het bedrag in euro, zoals 84,45 of 1.234,50.</translation>
    </message>
    <message>
        <source>A fee above {max} is not accepted; check the amount.</source>
        <translation>Leges boven {max} worden niet geaccepteerd; controleer het bedrag.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Opgeslagen: {name}.</translation>
    </message>
    <message>
        <source>Fee removed: {year} {variant} {amount}. Enter it again to undo.</source>
        <translation>Tarief verwijderd: {year} {variant} {amount}. Vul het opnieuw in om dit ongedaan te maken.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standaard</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>Use this product in the contact</source>
        <translation>Dit product overnemen in het contact</translation>
    </message>
    <message>
        <source>Fee {year}</source>
        <translation>Leges {year}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Leges</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>geen leges</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>No fees entered for {year} yet; these are the fees of {fee_year}.</source>
        <translation>Voor {year} zijn nog geen leges ingevoerd; dit zijn de leges van {fee_year}.</translation>
    </message>
    <message>
        <source>✓ Kiosk: the visitor can do this at the kiosk</source>
        <translation>✓ Kiosk: de bezoeker kan dit op de digitale balie doen</translation>
    </message>
    <message>
        <source>Kiosk: no, not at the kiosk</source>
        <translation>Kiosk: nee, niet op de digitale balie</translation>
    </message>
</context>
<context>
    <name>ProductHint</name>
    <message>
        <source>Fee: {fee}</source>
        <translation>Leges: {fee}</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>geen leges</translation>
    </message>
    <message numerus="yes">
        <source>bring %n thing(s)</source>
        <translation>
            <numerusform>%n ding meenemen</numerusform>
            <numerusform>%n dingen meenemen</numerusform>
        </translation>
    </message>
    <message>
        <source>kiosk: yes</source>
        <translation>kiosk: ja</translation>
    </message>
    <message>
        <source>kiosk: no</source>
        <translation>kiosk: nee</translation>
    </message>
    <message>
        <source>Fees {year}: {fees}</source>
        <translation>Leges {year}: {fees}</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>Wat mee te nemen:</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>Product</source>
        <extracomment>The fees of ``year``, or of the latest earlier year with fees; empty: none at all.</extracomment>
        <translation>Product</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Fee {year}</source>
        <translation>Leges {year}</translation>
    </message>
    <message>
        <source>{name} (withdrawn)</source>
        <translation>{name} (ingetrokken)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{fee} ({year})</source>
        <translation>{fee} ({year})</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>Family</source>
        <translation>Gezin en familie</translation>
    </message>
    <message numerus="yes">
        <source>Partner(s)</source>
        <translation>
            <numerusform>Partner</numerusform>
            <numerusform>Partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Child(ren)</source>
        <translation>
            <numerusform>Kind</numerusform>
            <numerusform>Kinderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>No partner, children or parents in the BRP.</source>
        <translation>Geen partner, kinderen of ouders in de BRP.</translation>
    </message>
</context>
<context>
    <name>RequirementsEditor</name>
    <message>
        <source>What to bring</source>
        <translation>Wat mee te nemen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move the line up (Alt+Up)</source>
        <translation>De regel omhoog zetten (Alt+Omhoog)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the line down (Alt+Down)</source>
        <translation>De regel omlaag zetten (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>A new line below the selected one</source>
        <translation>Een nieuwe regel onder de gekozen regel</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>De gekozen regel verwijderen</translation>
    </message>
</context>
<context>
    <name>SignalList</name>
    <message>
        <source>Warning:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>Tip:</source>
        <translation>Tip:</translation>
    </message>
</context>
<context>
    <name>TaskScreen</name>
    <message>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Lijst opnieuw ophalen (F5)</translation>
    </message>
    <message>
        <source>C&amp;omplete…</source>
        <translation>Af&amp;handelen…</translation>
    </message>
    <message>
        <source>Complete the selected task with a note (Enter on the row)</source>
        <translation>Gekozen taak afhandelen met een notitie (Enter op de regel)</translation>
    </message>
    <message>
        <source>Open hand-offs of the unit</source>
        <translation>Openstaande overdrachten van de afdeling</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>Gekozen taak</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>There are no back-office units.</source>
        <translation>Er zijn geen backoffice-afdelingen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n open hand-off(s)</source>
        <translation>
            <numerusform>%n openstaande overdracht</numerusform>
            <numerusform>%n openstaande overdrachten</numerusform>
        </translation>
    </message>
    <message>
        <source>{late} late, {due} due today</source>
        <translation>{late} te laat, {due} vandaag uiterlijk</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>geen gekozen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Gevraagde handeling</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Doorgezet</translation>
    </message>
    <message>
        <source>{when}, norm {days} working day(s)</source>
        <translation>{when}, norm {days} werkdag(en)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Choose a task in the list first.</source>
        <translation>Kies eerst een taak in de lijst.</translation>
    </message>
    <message>
        <source>Task completed: {subject}.</source>
        <translation>Taak afgehandeld: {subject}.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Norm</source>
        <extracomment>The person&apos;s open hand-offs: which unit, by when, and what for (the subject is in the contact history next to it, so it is left out to keep the columns readable at 1366 px). A unit&apos;s task list: the unit is chosen above it; who and since when matter instead.</extracomment>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Doorgezet op</translation>
    </message>
</context>
<context>
    <name>brp</name>
    <message>
        <source>male</source>
        <translation>man</translation>
    </message>
    <message>
        <source>female</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>passport</source>
        <extracomment>12.35.10 soort Nederlands reisdocument (table 48), the kinds a counter sees.</extracomment>
        <translation>paspoort</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>identiteitskaart</translation>
    </message>
    <message>
        <source>business passport</source>
        <translation>zakenpaspoort</translation>
    </message>
    <message>
        <source>diplomatic passport</source>
        <translation>diplomatiek paspoort</translation>
    </message>
    <message>
        <source>service passport</source>
        <translation>dienstpaspoort</translation>
    </message>
</context>
<context>
    <name>brp_text</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(naam onbekend)</translation>
    </message>
    <message>
        <source>{name}, b. {date}</source>
        <translation>{name}, geb. {date}</translation>
    </message>
    <message>
        <source>{person} (until {until})</source>
        <translation>{person} (tot {until})</translation>
    </message>
    <message>
        <source>{person} (since {since})</source>
        <translation>{person} (sinds {since})</translation>
    </message>
</context>
<context>
    <name>doelgroep</name>
    <message>
        <source>Residents</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Ondernemers</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Kiosk {kiosk} is not registered. A beheerder must add it first.</source>
        <extracomment>The back-office unit the user works for (its code), for screens that default to it.</extracomment>
        <translation>Zuil {kiosk} is niet geregistreerd. Een beheerder moet deze eerst toevoegen.</translation>
    </message>
    <message>
        <source>A username uses letters, digits, &apos;.&apos; and &apos;-&apos; only.</source>
        <translation>Een gebruikersnaam bestaat alleen uit letters, cijfers, &apos;.&apos; en &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Een wachtwoord heeft minstens {n} tekens.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Geef het account minstens één rol.</translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation>De gebruikersnaam {username} is al in gebruik.</translation>
    </message>
    <message>
        <source>This contact does not exist (any more).</source>
        <extracomment>Whose question it is: the BSN, masked unless the reader&apos;s role needs it.</extracomment>
        <translation>Dit contact bestaat niet (meer).</translation>
    </message>
    <message>
        <source>State why you look up this person (purpose).</source>
        <translation>Geef aan waarom u deze persoon opzoekt (doelbinding).</translation>
    </message>
    <message>
        <source>This task does not exist (any more).</source>
        <translation>Deze taak bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This task belongs to another unit ({unit}); only that unit or a teamleider can complete it.</source>
        <translation>Deze taak hoort bij een andere afdeling ({unit}); alleen die afdeling of een teamleider kan hem afhandelen.</translation>
    </message>
    <message>
        <source>This task was already completed on {when}.</source>
        <translation>Deze taak is al afgehandeld op {when}.</translation>
    </message>
    <message>
        <source>Fill in the subject (onderwerp) of the contact.</source>
        <translation>Vul het onderwerp van het contact in.</translation>
    </message>
    <message>
        <source>The subject is longer than {n} characters.</source>
        <translation>Het onderwerp is langer dan {n} tekens.</translation>
    </message>
    <message>
        <source>The content is longer than {n} characters.</source>
        <translation>De inhoud is langer dan {n} tekens.</translation>
    </message>
    <message>
        <source>Language must be an ISO 639-2 code such as nld or eng.</source>
        <translation>De taal moet een ISO 639-2-code zijn, zoals nld of eng.</translation>
    </message>
    <message>
        <source>The duration must be between 0 seconds and one day.</source>
        <translation>De duur moet tussen 0 seconden en één dag liggen.</translation>
    </message>
    <message>
        <source>The contact cannot take place in the future.</source>
        <translation>Het contact kan niet in de toekomst plaatsvinden.</translation>
    </message>
    <message>
        <source>Describe what the back office must do.</source>
        <translation>Beschrijf wat de backoffice moet doen.</translation>
    </message>
    <message>
        <source>A different contact was already registered under this number; nothing was saved.</source>
        <translation>Onder dit nummer is al een ander contact geregistreerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Choose the back-office unit to hand this contact to.</source>
        <translation>Kies de backofficeafdeling waarnaar u dit contact doorzet.</translation>
    </message>
    <message>
        <source>The request could not be handled.</source>
        <translation>Het verzoek kon niet worden verwerkt.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>De invoer is niet geldig.</translation>
    </message>
    <message>
        <source>This is not a valid BSN: a BSN has 9 digits and passes the elfproef. Check the number.</source>
        <translation>Dit is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef. Controleer het nummer.</translation>
    </message>
    <message>
        <source>This was not found; it may have been removed.</source>
        <translation>Dit is niet gevonden; misschien is het verwijderd.</translation>
    </message>
    <message>
        <source>Product {code} does not exist or is no longer offered. Choose another product.</source>
        <translation>Product {code} bestaat niet of wordt niet meer aangeboden. Kies een ander product.</translation>
    </message>
    <message>
        <source>There is no back-office unit with code {code}.</source>
        <translation>Er is geen backoffice-afdeling met code {code}.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a teamleider or beheerder.</source>
        <translation>Uw rol staat dit niet toe. Vraag het een teamleider of beheerder.</translation>
    </message>
    <message>
        <source>This conflicts with data that is already registered.</source>
        <translation>Dit is in strijd met gegevens die al geregistreerd zijn.</translation>
    </message>
    <message>
        <source>Username or password is incorrect.</source>
        <translation>Gebruikersnaam of wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>This account is locked for {minutes} minutes after too many failed logins.</source>
        <translation>Dit account is {minutes} minuten geblokkeerd na te veel mislukte inlogpogingen.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was saved; your input is kept. Try again.</source>
        <translation>De database is niet bereikbaar. Er is niets opgeslagen; uw invoer blijft staan. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved; your input is kept. Try again, and tell the application administrator if it happens again.</source>
        <translation>Er ging iets mis. Er is niets opgeslagen; uw invoer blijft staan. Probeer het opnieuw en meld het bij de applicatiebeheerder als het nog eens gebeurt.</translation>
    </message>
    <message>
        <source>The offline BRP file cannot be used ({reason}). Check brp.csv_path in the configuration.</source>
        <translation>Het offline BRP-bestand is niet te gebruiken ({reason}). Controleer brp.csv_path in de configuratie.</translation>
    </message>
    <message>
        <source>The BRP holds more than one person with this BSN. Identify the person another way and report it to the BRP department.</source>
        <translation>De BRP bevat meer dan één persoon met dit BSN. Stel de identiteit op een andere manier vast en meld het bij de afdeling BRP.</translation>
    </message>
    <message>
        <source>The BRP answered in a form StadsPunt cannot read. Try again; if it keeps happening, tell the administrator.</source>
        <extracomment>Adresregel2 of a Dutch address: &quot;3077 AW ROTTERDAM&quot;.</extracomment>
        <translation>De BRP gaf een antwoord dat StadsPunt niet kan lezen. Probeer het opnieuw; meld het aan de beheerder als het blijft gebeuren.</translation>
    </message>
    <message>
        <source>The BRP cannot be consulted right now. Try again, or look it up another way.</source>
        <translation>De BRP is nu niet te raadplegen. Probeer het opnieuw, of zoek het op een andere manier op.</translation>
    </message>
    <message>
        <source>The BRP does not answer (timeout or no connection). Try again in a minute.</source>
        <translation>De BRP antwoordt niet (time-out of geen verbinding). Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>The BRP refused this question: {detail}</source>
        <translation>De BRP weigerde deze vraag: {detail}</translation>
    </message>
    <message>
        <source>The fee variant is longer than {n} characters.</source>
        <extracomment>&quot;&quot; for the standard fee, else e.g. &quot;jonger dan 18&quot;, &quot;spoedtoeslag&quot;. The year asked about (the fee year of the moment given, or of today). The year the fees below are from: ``requested_year``, or the latest earlier year when nothing is entered for it yet; None when the product has no fees at all.</extracomment>
        <translation>De tariefvariant is langer dan {n} tekens.</translation>
    </message>
    <message>
        <source>A product can list at most {n} requirements.</source>
        <translation>Een product kan hoogstens {n} voorwaarden hebben.</translation>
    </message>
    <message>
        <source>A requirement is longer than {n} characters.</source>
        <translation>Een voorwaarde is langer dan {n} tekens.</translation>
    </message>
    <message>
        <source>The service norm must be a whole number of 0 to {n} working days.</source>
        <translation>De servicenorm moet een heel aantal werkdagen zijn, van 0 tot {n}.</translation>
    </message>
    <message>
        <source>The fee year must be between {low} and {high}.</source>
        <translation>Het tariefjaar moet tussen {low} en {high} liggen.</translation>
    </message>
    <message>
        <source>Enter the fee in whole cents (84,45 euro is 8445).</source>
        <translation>Voer het tarief in hele centen in (84,45 euro is 8445).</translation>
    </message>
    <message>
        <source>A fee cannot be negative. Enter 0 for a free product.</source>
        <translation>Een tarief kan niet negatief zijn. Voer 0 in voor een gratis product.</translation>
    </message>
    <message>
        <source>A fee above {max} is not accepted; check the amount.</source>
        <translation>Een tarief boven {max} wordt niet geaccepteerd; controleer het bedrag.</translation>
    </message>
    <message>
        <source>The question funnel is not valid.</source>
        <translation>De vraagtrechter is niet geldig.</translation>
    </message>
    <message>
        <source>A question funnel needs at least one node.</source>
        <extracomment>Answers only: what to do, and about which product / for which unit.</extracomment>
        <translation>Een vraagtrechter heeft minstens één stap nodig.</translation>
    </message>
    <message>
        <source>A question funnel can have at most {n} nodes.</source>
        <translation>Een vraagtrechter kan hoogstens {n} stappen hebben.</translation>
    </message>
    <message>
        <source>Two nodes of the funnel use the key {node}.</source>
        <translation>Twee stappen van de vraagtrechter gebruiken de sleutel {node}.</translation>
    </message>
    <message>
        <source>The funnel starts at {node}, which does not exist.</source>
        <translation>De vraagtrechter begint bij {node}, maar die stap bestaat niet.</translation>
    </message>
    <message>
        <source>Option &apos;{option}&apos; of {node} leads to {target}, which does not exist.</source>
        <translation>Keuze &apos;{option}&apos; van {node} leidt naar {target}, maar die stap bestaat niet.</translation>
    </message>
    <message>
        <source>A question funnel needs an answer.</source>
        <translation>Een vraagtrechter heeft een antwoord nodig.</translation>
    </message>
    <message>
        <source>Node key {node} must be 1 to 40 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Stapsleutel {node} moet bestaan uit 1 tot 40 kleine letters, cijfers, &apos;-&apos; of &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Node {node} needs a text of at most {n} characters.</source>
        <translation>Stap {node} heeft een tekst nodig van hoogstens {n} tekens.</translation>
    </message>
    <message>
        <source>Answer {node} cannot have options.</source>
        <translation>Antwoord {node} kan geen keuzes hebben.</translation>
    </message>
    <message>
        <source>Answer {node} hands off: name the unit or the product.</source>
        <translation>Antwoord {node} zet door: noem de afdeling of het product.</translation>
    </message>
    <message>
        <source>Answer {node} sends to the kiosk: name the product.</source>
        <translation>Antwoord {node} verwijst naar de zuil: noem het product.</translation>
    </message>
    <message>
        <source>Question {node} cannot have an action; only answers have one.</source>
        <translation>Vraag {node} kan geen actie hebben; alleen antwoorden hebben er een.</translation>
    </message>
    <message>
        <source>Question {node} has no options; add at least one.</source>
        <translation>Vraag {node} heeft geen keuzes; voeg er minstens één toe.</translation>
    </message>
    <message>
        <source>Question {node} has more than {n} options.</source>
        <translation>Vraag {node} heeft meer dan {n} keuzes.</translation>
    </message>
    <message>
        <source>Every option of {node} needs a label of at most {n} characters.</source>
        <translation>Elke keuze van {node} heeft een tekst nodig van hoogstens {n} tekens.</translation>
    </message>
    <message>
        <source>Two options of {node} have the same label.</source>
        <translation>Twee keuzes van {node} hebben dezelfde tekst.</translation>
    </message>
    <message>
        <source>The funnel goes round in a circle: {cycle}.</source>
        <translation>De vraagtrechter loopt in een kringetje: {cycle}.</translation>
    </message>
    <message>
        <source>Node {node} cannot be reached from the start of the funnel.</source>
        <translation>Stap {node} is vanaf het begin van de vraagtrechter niet te bereiken.</translation>
    </message>
    <message>
        <source>The question funnel data is malformed ({problem}).</source>
        <translation>De gegevens van de vraagtrechter zijn onjuist opgebouwd ({problem}).</translation>
    </message>
    <message>
        <source>There is no knowledge article {code}.</source>
        <extracomment>Shown where a fee placeholder has no fee (none entered, or a variant that does not exist).</extracomment>
        <translation>Er is geen kennisartikel {code}.</translation>
    </message>
    <message>
        <source>Article {code} has no question funnel.</source>
        <extracomment>The passage of answer and body with the most query words; ``match`` parts are found words. Higher is better; comparable only within one result list (each database ranks its way). False when no article had all the words and this one has some (the fallback). At most this many matches are ranked: the newest ones (highest id). See the module docstring.</extracomment>
        <translation>Artikel {code} heeft geen vraagtrechter.</translation>
    </message>
    <message>
        <source>Answer {node} names product {code}, which does not exist.</source>
        <translation>Antwoord {node} noemt product {code}, maar dat bestaat niet.</translation>
    </message>
    <message>
        <source>Answer {node} hands off to {unit}, which is not a unit.</source>
        <translation>Antwoord {node} zet door naar {unit}, maar dat is geen afdeling.</translation>
    </message>
    <message>
        <source>Answer {node} sends to the kiosk, but the kiosk does not offer {code}.</source>
        <translation>Antwoord {node} verwijst naar de zuil, maar de zuil biedt {code} niet aan.</translation>
    </message>
    <message>
        <source>An article code uses 2 to 80 lower-case letters, digits and &apos;-&apos;.</source>
        <translation>Een artikelcode bestaat uit 2 tot 80 kleine letters, cijfers en &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The title needs 1 to {n} characters.</source>
        <translation>De titel heeft 1 tot {n} tekens nodig.</translation>
    </message>
    <message>
        <source>The short answer needs 1 to {n} characters.</source>
        <translation>Het korte antwoord heeft 1 tot {n} tekens nodig.</translation>
    </message>
    <message>
        <source>The text is longer than {n} characters.</source>
        <translation>De tekst is langer dan {n} tekens.</translation>
    </message>
    <message>
        <source>Keywords hold no commas and together at most {n} characters.</source>
        <translation>Trefwoorden bevatten geen komma&apos;s en samen hoogstens {n} tekens.</translation>
    </message>
    <message>
        <source>Type at least two letters of the surname.</source>
        <extracomment>Warnings ask the employee to act or take care; notices are opportunities. The English template; the UI translates it in the ``signals`` context. What the screen may show: the full BSN or ``******123``, depending on the role.</extracomment>
        <translation>Typ minstens twee letters van de achternaam.</translation>
    </message>
    <message>
        <source>A house number is a whole number from 1.</source>
        <translation>Een huisnummer is een heel getal vanaf 1.</translation>
    </message>
    <message>
        <source>There is no person with this BSN in the BRP.</source>
        <translation>Er staat geen persoon met dit BSN in de BRP.</translation>
    </message>
    <message>
        <source>A postcode has four digits and two letters (1234 AB).</source>
        <extracomment>Voorvoegsels (table 36) people type in front of the geslachtsnaam: &quot;van der Meijden&quot;.</extracomment>
        <translation>Een postcode heeft vier cijfers en twee letters (1234 AB).</translation>
    </message>
</context>
<context>
    <name>funnel_action</name>
    <message>
        <source>Answered: nothing else to do</source>
        <extracomment>What the end of a question funnel tells the employee to do next, as an instruction.</extracomment>
        <translation>Beantwoord: verder niets te doen</translation>
    </message>
    <message>
        <source>The kiosk can do this</source>
        <translation>Dit kan op de digitale balie</translation>
    </message>
    <message>
        <source>Needs an appointment at the counter</source>
        <translation>Afspraak aan de balie nodig</translation>
    </message>
    <message>
        <source>Hand off to {unit}</source>
        <translation>Doorzetten naar {unit}</translation>
    </message>
    <message>
        <source>Online, with DigiD</source>
        <translation>Online, met DigiD</translation>
    </message>
    <message>
        <source>the back office</source>
        <translation>de backoffice</translation>
    </message>
</context>
<context>
    <name>kanaal</name>
    <message>
        <source>Counter</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Zuil</translation>
    </message>
</context>
<context>
    <name>nationality</name>
    <message>
        <source>Dutch</source>
        <extracomment>BRP table 32. Only the nationality the counter meets all day gets a name; any other is shown as its code, which staff can look up, rather than a half-maintained copy of the table.</extracomment>
        <translation>Nederlandse</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
</context>
<context>
    <name>norm_state</name>
    <message>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vandaag uiterlijk</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
</context>
<context>
    <name>resolution</name>
    <message>
        <source>Answered first-line</source>
        <translation>Eerstelijns beantwoord</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Doorgezet</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Niet opgelost</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Medewerker</source>
        <extracomment>See a BSN unmasked: staff who identify residents and register their contacts need it; supervisors and administrators look at tasks and figures and see it masked. Staff-only knowledge articles and products not offered at the kiosk.</extracomment>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Teamleider</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Zuil</translation>
    </message>
</context>
<context>
    <name>signals</name>
    <message>
        <source>The passport {number} expired on {date}.</source>
        <translation>Het paspoort {number} is verlopen op {date}.</translation>
    </message>
    <message>
        <source>The identity card {number} expired on {date}.</source>
        <translation>De identiteitskaart {number} is verlopen op {date}.</translation>
    </message>
    <message>
        <source>The travel document {number} ({kind}) expired on {date}.</source>
        <translation>Het reisdocument {number} ({kind}) is verlopen op {date}.</translation>
    </message>
    <message>
        <source>The passport {number} expires on {date}: offer to apply for a new one.</source>
        <translation>Het paspoort {number} verloopt op {date}: bied aan een nieuw paspoort aan te vragen.</translation>
    </message>
    <message>
        <source>The identity card {number} expires on {date}: offer to apply for a new one.</source>
        <translation>De identiteitskaart {number} verloopt op {date}: bied aan een nieuwe aan te vragen.</translation>
    </message>
    <message>
        <source>The travel document {number} ({kind}) expires on {date}.</source>
        <translation>Het reisdocument {number} ({kind}) verloopt op {date}.</translation>
    </message>
    <message>
        <source>Turns 18 on {date} (health insurance, DigiD, own identity document).</source>
        <translation>Wordt 18 op {date} (zorgverzekering, DigiD, eigen identiteitsbewijs).</translation>
    </message>
    <message>
        <source>Moved to this address on {date}: check parking permit and waste pass.</source>
        <translation>Verhuisd naar dit adres op {date}: denk aan parkeervergunning en afvalpas.</translation>
    </message>
    <message>
        <source>Deceased on {date}.</source>
        <translation>Overleden op {date}.</translation>
    </message>
    <message>
        <source>Secrecy of personal data (level {level}): give no data to third parties.</source>
        <translation>Geheimhouding persoonsgegevens (niveau {level}): geef geen gegevens aan derden.</translation>
    </message>
</context>
<context>
    <name>thema</name>
    <message>
        <source>Civil affairs</source>
        <extracomment>A fee above this is a typing error (an extra zero), not a municipal tariff: € 100.000. About one year of working days; a longer norm is a typing error.</extracomment>
        <translation>Burgerzaken</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parkeren</translation>
    </message>
    <message>
        <source>Municipal taxes</source>
        <translation>Gemeentelijke belastingen</translation>
    </message>
    <message>
        <source>Care and support</source>
        <translation>Zorg en ondersteuning</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>Werk en inkomen</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Afval</translation>
    </message>
    <message>
        <source>Public space</source>
        <translation>Openbare ruimte</translation>
    </message>
    <message>
        <source>Housing and building</source>
        <translation>Wonen en bouwen</translation>
    </message>
    <message>
        <source>Business and events</source>
        <translation>Ondernemen en evenementen</translation>
    </message>
</context>
</TS>
