<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>AgendaDayModel</name>
    <message>
        <source>Time</source>
        <extracomment>Places that can still be booked now (0 for a time that has passed).</extracomment>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n vrij</numerusform>
            <numerusform>%n vrij</numerusform>
        </translation>
    </message>
    <message>
        <source>{taken} of {capacity}</source>
        <translation>{taken} van {capacity}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <source>Read the day again (F5)</source>
        <translation>De dag opnieuw inlezen (F5)</translation>
    </message>
    <message>
        <source>&amp;Book this time…</source>
        <translation>Deze tijd &amp;boeken…</translation>
    </message>
    <message>
        <source>Book the selected free time without a person (Enter or double-click)</source>
        <translation>De gekozen vrije tijd boeken zonder persoon (Enter of dubbelklik)</translation>
    </message>
    <message>
        <source>Times of the day</source>
        <translation>Tijden van de dag</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>There are no agendas.</source>
        <translation>Er zijn geen agenda's.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n appointment(s), </source>
        <translation>
            <numerusform>{day}: %n afspraak, </numerusform>
            <numerusform>{day}: %n afspraken, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n plaats vrij</numerusform>
            <numerusform>%n plaatsen vrij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n geannuleerd</numerusform>
            <numerusform>%n geannuleerd</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no appointments; closed or all times have passed.</source>
        <translation>{day}: geen afspraken; gesloten, of alle tijden zijn voorbij.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Make an appointment</source>
        <extracomment>Made once per dialog: a retried booking is the same booking.</extracomment>
        <translation>Afspraak maken</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Afspraak verplaatsen</translation>
    </message>
    <message>
        <source>Appointment confirmation</source>
        <translation>Afspraakbevestiging</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Boeken</translation>
    </message>
    <message>
        <source>Book the selected time (Enter)</source>
        <translation>De gekozen tijd boeken (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>&amp;First free day</source>
        <translation>&amp;Eerste vrije dag</translation>
    </message>
    <message>
        <source>Go to the first day with a free time from today</source>
        <translation>Naar de eerste dag met een vrije tijd, vanaf vandaag</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Vrije tijden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>for the confirmation (optional)</source>
        <translation>voor de bevestiging (niet verplicht)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>For example: passport and ID card, 2 people</source>
        <translation>Bijvoorbeeld: paspoort en identiteitskaart, 2 personen</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>T&amp;ijd</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Tele&amp;phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>Toe&amp;lichting</translation>
    </message>
    <message>
        <source>Moving keeps the QR code: the confirmation already sent stays valid.</source>
        <translation>Bij verplaatsen verandert de QR-code niet: de verstuurde bevestiging blijft geldig.</translation>
    </message>
    <message>
        <source>Now: {when} · {agenda}</source>
        <translation>Nu gepland: {when} · {agenda}</translation>
    </message>
    <message>
        <source>Without a BSN the visitor checks in with the QR code on the confirmation.</source>
        <translation>Zonder BSN checkt de bezoeker in met de QR-code op de bevestiging.</translation>
    </message>
    <message>
        <source>, born {date}</source>
        <translation>, geb. {date}</translation>
    </message>
    <message>
        <source>Link to BSN {bsn}{born}</source>
        <translation>BSN {bsn}{born} koppelen</translation>
    </message>
    <message>
        <source>Shown in the person's 360 view. At the kiosk the visitor checks in with the QR code, or with BSN and date of birth.</source>
        <translation>Zichtbaar in het 360-gradenbeeld van de persoon. Bij de zuil checkt de bezoeker in met de QR-code, of met BSN en geboortedatum.</translation>
    </message>
    <message>
        <source>Shown in the person's 360 view. The birth date is unknown: the visitor checks in with the QR code.</source>
        <translation>Zichtbaar in het 360-gradenbeeld van de persoon. De geboortedatum is onbekend: de bezoeker checkt in met de QR-code.</translation>
    </message>
    <message>
        <source>Reading the agendas…</source>
        <translation>Agenda's inlezen…</translation>
    </message>
    <message>
        <source>There are no agendas to book in.</source>
        <translation>Er zijn geen agenda's om in te boeken.</translation>
    </message>
    <message>
        <source>Looking for the first free day…</source>
        <translation>Eerste vrije dag zoeken…</translation>
    </message>
    <message numerus="yes">
        <source>No free times in the next %n days in this agenda.</source>
        <translation>
            <numerusform>Geen vrije tijden in deze agenda in de komende %n dag.</numerusform>
            <numerusform>Geen vrije tijden in deze agenda in de komende %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments on this day: closed, a holiday, or all times have passed. Use ▶ or First free day.</source>
        <translation>Geen afspraken op deze dag: gesloten, een feestdag, of alle tijden zijn voorbij. Gebruik ▶ of Eerste vrije dag.</translation>
    </message>
    <message>
        <source>Every time on this day is taken.</source>
        <translation>Alle tijden op deze dag zijn bezet.</translation>
    </message>
    <message>
        <source>{time}  current</source>
        <translation>{time}  huidige</translation>
    </message>
    <message>
        <source>{time}  full</source>
        <translation>{time}  vol</translation>
    </message>
    <message numerus="yes">
        <source>{time}  (%n free)</source>
        <translation>
            <numerusform>{time}  (%n vrij)</numerusform>
            <numerusform>{time}  (%n vrij)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a free time first.</source>
        <translation>Kies eerst een vrije tijd.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Verplaatsen…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Boeken…</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Afspraak gemaakt</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>Afspraak verplaatst</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>{status}, passed</source>
        <translation>{status}, voorbij</translation>
    </message>
</context>
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
    <message>
        <source>Have an appointment? Hold your QR code under the scanner to check in.</source>
        <translation>Heeft u een afspraak? Houd uw QR-code onder de scanner om in te checken.</translation>
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
    <name>ChartCard</name>
    <message>
        <source>No data in this period</source>
        <extracomment>Series colours: distinct, dark enough for white labels, and in the stacked charts the "good" state first in green and the bad ones in amber and red. More categories than this along a horizontal axis: the labels are turned sideways. Height of the chart area, and per category of a horizontal chart: QtCharts shows "..." for every label once a category row is lower than the label's line. A year in weeks: the labels get smaller, or QtCharts elides each one to "...".</extracomment>
        <translation>Geen gegevens in deze periode</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <extracomment>A made-up pattern (not a readable code) between the three finder squares of the picture.</extracomment>
        <translation>Inchecken voor uw afspraak</translation>
    </message>
    <message>
        <source>Hold the QR code from your appointment confirmation in front of the camera or under the scanner.</source>
        <translation>Houd de QR-code van uw afspraakbevestiging voor de camera of onder de scanner.</translation>
    </message>
    <message>
        <source>Hold the QR code from your appointment confirmation under the scanner.</source>
        <translation>Houd de QR-code van uw afspraakbevestiging onder de scanner.</translation>
    </message>
    <message>
        <source>On paper or on your phone: both work.</source>
        <translation>Op papier of op uw telefoon: het kan allebei.</translation>
    </message>
    <message>
        <source>No QR code? Use your BSN and date of birth</source>
        <translation>Geen QR-code? Gebruik uw BSN en geboortedatum</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ChoiceScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Wat wilt u doen?</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Volgnummer nemen</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>Inchecken voor een afspraak</translation>
    </message>
    <message>
        <source>I want to talk to a staff member</source>
        <translation>Ik wil een medewerker spreken</translation>
    </message>
    <message>
        <source>{product}
{fee}, pay by card</source>
        <translation>{product}
{fee}, betalen met pin</translation>
    </message>
    <message>
        <source>Your number appears on the screen; the printer is out of order.</source>
        <translation>Uw nummer verschijnt op het scherm; de printer is buiten gebruik.</translation>
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
    <name>ConfirmScreen</name>
    <message>
        <source>{product} for {name}</source>
        <extracomment>Landscape puts the purposes beside language, fee and the buttons.</extracomment>
        <translation>{product} voor {name}</translation>
    </message>
    <message>
        <source>Check that this is you, and tell us what you need it for.</source>
        <translation>Controleer of dit uw naam is, en kies waarvoor u het nodig heeft.</translation>
    </message>
    <message>
        <source>What do you need it for?</source>
        <translation>Waarvoor heeft u het nodig?</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het uittreksel</translation>
    </message>
    <message>
        <source>Cost: {amount}</source>
        <translation>Kosten: {amount}</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Verhuurder</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>Notaris</translation>
    </message>
    <message>
        <source>Authority abroad</source>
        <translation>Instantie buitenland</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Betalen {amount}</translation>
    </message>
</context>
<context>
    <name>ConfirmationPane</name>
    <message>
        <source>Check-in code for the kiosk</source>
        <translation>Incheckcode voor de zuil</translation>
    </message>
    <message>
        <source>Language of the confirmation</source>
        <translation>Taal van de bevestiging</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Co&amp;py text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the mail text, to paste into an e-mail</source>
        <translation>De mailtekst kopiëren, om in een e-mail te plakken</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Save the confirmation with the QR code as a PDF</source>
        <translation>De bevestiging met de QR-code opslaan als PDF</translation>
    </message>
    <message>
        <source>Subject of the e-mail</source>
        <translation>Onderwerp van de e-mail</translation>
    </message>
    <message>
        <source>Confirmation text</source>
        <translation>Tekst van de bevestiging</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <source>{when} · {agenda} · {name}</source>
        <translation>{when} · {agenda} · {name}</translation>
    </message>
    <message>
        <source>Preparing the confirmation…</source>
        <translation>Bevestiging wordt gemaakt…</translation>
    </message>
    <message>
        <source>Text copied: paste it into the e-mail (Ctrl+V).</source>
        <translation>Tekst gekopieerd: plak hem in de e-mail (Ctrl+V).</translation>
    </message>
    <message>
        <source>appointment-{stamp}.pdf</source>
        <translation>afspraak-{stamp}.pdf</translation>
    </message>
    <message>
        <source>Save confirmation</source>
        <translation>Bevestiging opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Opgeslagen als {path}</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: {reason}</source>
        <translation>De PDF kon niet worden opgeslagen als {path}: {reason}</translation>
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
        <extracomment>Channels a medewerker registers; kiosk visits are registered by the kiosk itself. What the form loads in the background: products, units and this year's fees per product.</extracomment>
        <translation>Contact registreren</translation>
    </message>
    <message>
        <source>What was the question about? (required)</source>
        <extracomment>The visitor's satisfaction question while it is open (``[counter] kto``).</extracomment>
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
        <source>Part of the visit of ticket {code}</source>
        <translation>Hoort bij het bezoek van volgnummer {code}</translation>
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
    <name>ContactRowModel</name>
    <message>
        <source>confidential</source>
        <translation>vertrouwelijk</translation>
    </message>
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
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wachttijd</translation>
    </message>
</context>
<context>
    <name>CounterPrinting</name>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
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
        <source>Payments  (Ctrl+5)</source>
        <translation>Betalingen  (Ctrl+5)</translation>
    </message>
    <message>
        <source>Card payments and refunds, and those that still need someone</source>
        <translation>Pinbetalingen en terugbetalingen, en die nog iemand nodig hebben</translation>
    </message>
    <message>
        <source>Management information  (Ctrl+6)</source>
        <translation>Managementinformatie  (Ctrl+6)</translation>
    </message>
    <message>
        <source>First-line share, channels, service norms, waiting, kiosk and KTO; exports</source>
        <translation>Eerstelijns, kanalen, servicenormen, wachttijd, zuil en KTO; exports</translation>
    </message>
    <message>
        <source>{user} ({roles})</source>
        <translation>{user} ({roles})</translation>
    </message>
    <message>
        <source>Agenda  (Ctrl+4)</source>
        <translation>Agenda  (Ctrl+4)</translation>
    </message>
    <message>
        <source>One agenda's day: who is coming, and free times to book</source>
        <translation>Eén dag van een agenda: wie er komt, en vrije tijden om te boeken</translation>
    </message>
    <message>
        <source>Check uittreksel</source>
        <translation>Uittreksel controleren</translation>
    </message>
    <message>
        <source>Scan the QR code of a paper uittreksel BRP (Ctrl+Shift+U)</source>
        <translation>Scan de QR-code van een papieren uittreksel BRP (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Open a person first to issue an uittreksel BRP.</source>
        <translation>Open eerst een persoon om een uittreksel BRP te verstrekken.</translation>
    </message>
    <message>
        <source>Visit {code} ended.</source>
        <translation>Bezoek {code} afgerond.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>CSV file (*.csv)</source>
        <extracomment>Wait this long after the last filter change before asking the database. Bring the figures up to date this often while the dashboard is shown. (parent, format, suggested file name) -&gt; the chosen path, or None when cancelled.</extracomment>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-rapport (*.pdf)</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>Cijfers opslaan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Cijfers opnieuw ophalen (F5)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation>Cijfers opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Save the figures as an Excel workbook</source>
        <translation>Cijfers opslaan als Excel-werkmap</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>Save a PDF report with the charts</source>
        <translation>PDF-rapport met de grafieken opslaan</translation>
    </message>
    <message>
        <source>Contacts per channel</source>
        <translation>Contacten per kanaal</translation>
    </message>
    <message>
        <source>Answered first-line (target 80%)</source>
        <translation>Eerstelijns afgehandeld (doel 80%)</translation>
    </message>
    <message>
        <source>Hand-offs per back office: service norm</source>
        <translation>Overdrachten per backoffice: servicenorm</translation>
    </message>
    <message>
        <source>Waiting time per queue</source>
        <translation>Wachttijd per wachtrij</translation>
    </message>
    <message>
        <source>Kiosk sessions: where they ended</source>
        <translation>Zuilgebruik: waar het eindigde</translation>
    </message>
    <message>
        <source>Satisfaction (KTO), answers per score</source>
        <translation>Tevredenheid (KTO), antwoorden per score</translation>
    </message>
    <message>
        <source>Answered first-line</source>
        <translation>Eerstelijns afgehandeld</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Served within the wait norm</source>
        <translation>Geholpen binnen de wachtnorm</translation>
    </message>
    <message>
        <source>Hand-offs overdue</source>
        <translation>Overdrachten over termijn</translation>
    </message>
    <message>
        <source>Kiosk sessions completed</source>
        <translation>Zuilgebruik afgerond</translation>
    </message>
    <message>
        <source>Appointments no-show</source>
        <translation>Afspraken niet verschenen</translation>
    </message>
    <message>
        <source>Satisfaction (KTO)</source>
        <translation>Tevredenheid (KTO)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>The figures are being prepared…</source>
        <translation>De cijfers worden klaargezet…</translation>
    </message>
    <message>
        <source>Figures from {start} to {end}, updated {moment}</source>
        <translation>Cijfers van {start} tot en met {end}, bijgewerkt {moment}</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>doel {target}</translation>
    </message>
    <message>
        <source>target {target} met</source>
        <translation>doel {target} gehaald</translation>
    </message>
    <message>
        <source>below the {target} target</source>
        <translation>onder het doel van {target}</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>alle kanalen</translation>
    </message>
    <message numerus="yes">
        <source>of %n visit(s)</source>
        <translation>
            <numerusform>van %n bezoek</numerusform>
            <numerusform>van %n bezoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>open past the deadline</source>
        <translation>open na de termijn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message numerus="yes">
        <source>of %n session(s)</source>
        <translation>
            <numerusform>van %n keer gebruikt</numerusform>
            <numerusform>van %n keer gebruikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n appointment(s)</source>
        <translation>
            <numerusform>van %n afspraak</numerusform>
            <numerusform>van %n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>out of 5 (%n answer(s))</source>
        <translation>
            <numerusform>op 5 (%n antwoord)</numerusform>
            <numerusform>op 5 (%n antwoorden)</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} answered first-line; target {target}.</source>
        <translation>{share} eerstelijns afgehandeld; doel {target}.</translation>
    </message>
    <message>
        <source>{queue} ({share} within {minutes} min)</source>
        <translation>{queue} ({share} binnen {minutes} min)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Management information {start} – {end}</source>
        <translation>Managementinformatie {start} – {end}</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} opslaan…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Could not save {path}. Choose another folder or file name.</source>
        <translation>{path} kon niet worden opgeslagen. Kies een andere map of bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <extracomment>Pixels per QR module on screen: about 4 cm wide at 96 dpi, scannable from a phone. Languages the confirmation can be written in, as (code, name in that language). The BSN as the role may see it (masked for some roles); the full one is sent. Only the confirmation of an existing appointment (the list's Confirmation button). The day chooser's format: with the weekday, since appointments are made by weekday.</extracomment>
        <translation>Vorige dag (Alt+pijl links)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Volgende dag (Alt+pijl rechts)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <source>since {time} ({ago})</source>
        <translation>sinds {time} ({ago})</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>All devices are working.</source>
        <translation>Alle apparaten werken.</translation>
    </message>
    <message numerus="yes">
        <source>Device alerts (%n)</source>
        <translation>
            <numerusform>Apparaatmeldingen (%n)</numerusform>
            <numerusform>Apparaatmeldingen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <extracomment>Earlier calls listed under the newest one. Calls read per board: more than shown, so a recall (a second row for one ticket) does not shorten the list, and a call committed late still turns up to be announced. Layout sizes in px at 1920x1080; everything scales with the window.</extracomment>
        <translation>
            <numerusform>%n wachtende</numerusform>
            <numerusform>%n wachtenden</numerusform>
        </translation>
    </message>
    <message>
        <source>No desk open</source>
        <translation>Geen balie open</translation>
    </message>
    <message>
        <source>No wait</source>
        <translation>Geen wachttijd</translation>
    </message>
    <message numerus="yes">
        <source>Wait ± %n min</source>
        <translation>
            <numerusform>± %n min wachten</numerusform>
            <numerusform>± %n min wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>Nu aan de beurt</translation>
    </message>
    <message>
        <source>Called earlier</source>
        <translation>Eerder opgeroepen</translation>
    </message>
    <message>
        <source>Waiting times</source>
        <translation>Wachttijden</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>No number yet? Take one at the kiosk.</source>
        <translation>Nog geen nummer? Neem er een bij de zuil.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbinding verbroken</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
</context>
<context>
    <name>DocumentScreen</name>
    <message>
        <source>Scan your document</source>
        <translation>Scan uw document</translation>
    </message>
    <message>
        <source>Scan the bottom of your passport or the back of your identity card.</source>
        <translation>Scan de onderkant van uw paspoort of de achterkant van uw ID-kaart.</translation>
    </message>
    <message>
        <source>Hold the lines of letters and &lt;&lt;&lt; under the scanner.</source>
        <translation>Houd de regels met letters en &lt;&lt;&lt; onder de scanner.</translation>
    </message>
    <message>
        <source>Place your document on the reader</source>
        <translation>Leg uw document op de lezer</translation>
    </message>
    <message>
        <source>Lay your passport or identity card flat on the card reader.</source>
        <translation>Leg uw paspoort of ID-kaart plat op de kaartlezer.</translation>
    </message>
    <message>
        <source>Leave it there until the screen tells you to take it.</source>
        <translation>Laat het liggen tot het scherm zegt dat u het mag pakken.</translation>
    </message>
    <message>
        <source>Reading your document…</source>
        <translation>Uw document wordt gelezen…</translation>
    </message>
    <message>
        <source>Leave your document on the reader.</source>
        <translation>Laat uw document op de lezer liggen.</translation>
    </message>
    <message>
        <source>Checking your document…</source>
        <translation>Uw document wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>You can take your document from the reader.</source>
        <translation>U kunt uw document van de lezer pakken.</translation>
    </message>
    <message>
        <source>Leave your document on the reader: it was taken away too soon.</source>
        <translation>Laat uw document liggen: het werd te vroeg weggepakt.</translation>
    </message>
    <message>
        <source>Reading your document</source>
        <translation>Uw document wordt gelezen</translation>
    </message>
    <message>
        <source>Demo: test person</source>
        <translation>Demo: testpersoon</translation>
    </message>
    <message>
        <source>Demo: put document on reader</source>
        <translation>Demo: document op de lezer leggen</translation>
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
    <name>DoneScreen</name>
    <message>
        <source>Take your uittreksel and receipt</source>
        <translation>Neem uw uittreksel en bon mee</translation>
    </message>
    <message>
        <source>Take your uittreksel</source>
        <translation>Neem uw uittreksel mee</translation>
    </message>
    <message>
        <source>Your receipt could not be printed. A host can give you one.</source>
        <translation>Uw bon kon niet worden afgedrukt. Een gastvrouw of gastheer kan u er een geven.</translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation>Bedankt voor uw bezoek.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Contacts: {what}</source>
        <translation>Contacten: {what}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts shown (the newest)</source>
        <translation>{shown} van {total} contacten getoond (de nieuwste)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeEditor</name>
    <message>
        <source>Fee year</source>
        <extracomment>Where a fee row keeps its variant ("" for the standard fee, shown as "standard").</extracomment>
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
    <name>FilterBar</name>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Quick pick</source>
        <translation>Snelkeuze</translation>
    </message>
    <message>
        <source>Own period</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t/&amp;m</translation>
    </message>
    <message>
        <source>p&amp;er</source>
        <translation>p&amp;er</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>Pro&amp;duct</source>
        <translation>Pro&amp;duct</translation>
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
        <extracomment>Language buttons name each language in itself, so nobody needs to read the other one. On a narrow (portrait) screen the buttons show the codes, which everyone knows from the web, so that the municipality's name keeps its room; a screen reader still says the full name. Below this width the full language names would squeeze the municipality's name.</extracomment>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere letters</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Nobody is asking for help.</source>
        <translation>Niemand vraagt om hulp.</translation>
    </message>
    <message>
        <source>Resolved in the last hour</source>
        <translation>Afgehandeld in het afgelopen uur</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message numerus="yes">
        <source>Help requests (%n open)</source>
        <translation>
            <numerusform>Hulpvragen (%n open)</numerusform>
            <numerusform>Hulpvragen (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>{kiosk} now shows that help is coming.</source>
        <translation>{kiosk} laat nu zien dat er hulp aankomt.</translation>
    </message>
    <message>
        <source>Help at {kiosk} done and registered as a contact.</source>
        <translation>Hulp bij {kiosk} afgehandeld en geregistreerd als contact.</translation>
    </message>
    <message>
        <source>Help at {kiosk} done.</source>
        <translation>Hulp bij {kiosk} afgehandeld.</translation>
    </message>
</context>
<context>
    <name>HelpRow</name>
    <message>
        <source>New</source>
        <extracomment>Height of the recently-resolved list at the reference size: two rows.</extracomment>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>I'm going</source>
        <translation>Ik ga</translation>
    </message>
    <message>
        <source>I'm going to {kiosk}: the kiosk shows that help is coming</source>
        <translation>Ik ga naar {kiosk}: de zuil laat zien dat er hulp aankomt</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Afgehandeld…</translation>
    </message>
    <message>
        <source>Help at {kiosk} is done; optionally register it as a contact</source>
        <translation>Hulp bij {kiosk} is afgehandeld; eventueel registreren als contact</translation>
    </message>
    <message>
        <source>Waiting since {time}</source>
        <translation>Wacht sinds {time}</translation>
    </message>
    <message>
        <source>asked at {time}</source>
        <translation>gevraagd om {time}</translation>
    </message>
    <message>
        <source>busy {time} before asking</source>
        <translation>{time} bezig voor de vraag</translation>
    </message>
    <message>
        <source>{name} is going (answered after {time})</source>
        <translation>{name} gaat erheen (opgepakt na {time})</translation>
    </message>
    <message>
        <source>{kiosk}: {reason}, waiting {time}</source>
        <translation>{kiosk}: {reason}, wacht {time}</translation>
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
        <extracomment>Padding around a row's text, px.</extracomment>
        <translation>vraagtrechter</translation>
    </message>
    <message>
        <source>staff only</source>
        <translation>alleen medewerkers</translation>
    </message>
</context>
<context>
    <name>HostPinDialog</name>
    <message>
        <source>Host PIN</source>
        <extracomment>How long a host holds the header before the PIN pad opens. Wrong PINs in a row before the pad locks, and for how long. A PIN pad left open (the host walked away) closes by itself after this long untouched. The pad's size: keys of about 170x120 px, small enough for a portrait screen's width. The longest PIN the pad takes (``stadspunt hash-pin`` allows 4 to 12 digits). Counts the lock down on screen, once a second.</extracomment>
        <translation>Pincode medewerker</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>Pincode controleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The kiosk is unlocked.</source>
        <translation>De zuil is ontgrendeld.</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Kiosk afsluiten</translation>
    </message>
    <message>
        <source>Digits typed: {count}</source>
        <translation>Cijfers ingetoetst: {count}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {time}.</source>
        <translation>Te vaak een verkeerde pincode. Probeer het over {time} opnieuw.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left.</source>
        <translation>Verkeerde pincode. Nog 1 poging.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left.</source>
        <translation>Verkeerde pincode. Nog {count} pogingen.</translation>
    </message>
</context>
<context>
    <name>HostStartup</name>
    <message>
        <source>Host view · {location}</source>
        <translation>Gastheer/gastvrouw · {location}</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>Hall · {location}</source>
        <extracomment>How often the hall is read: a help request shows within this time (2-3 s). How often the waiting times count on between readings.</extracomment>
        <translation>Hal · {location}</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Bijgewerkt {time}</translation>
    </message>
    <message>
        <source>The lists could not be updated: {error} Trying again…</source>
        <translation>De lijsten konden niet worden bijgewerkt: {error} Opnieuw proberen…</translation>
    </message>
    <message>
        <source>StadsPunt host view – {user}</source>
        <translation>StadsPunt gastheer/gastvrouw – {user}</translation>
    </message>
    <message>
        <source>Help requested at {kiosk}: {reason}, waiting {time}</source>
        <translation>Hulp gevraagd bij {kiosk}: {reason}, wacht {time}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(en nog %n)</numerusform>
            <numerusform>(en nog %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Read document</source>
        <extracomment>The audit purpose of linking a document to the BRP person at the counter. How often the reader is asked whether a document lies on it, while the dialog waits.</extracomment>
        <translation>Document lezen</translation>
    </message>
    <message>
        <source>Reading the chip</source>
        <translation>Chip lezen</translation>
    </message>
    <message>
        <source>Without chip</source>
        <translation>Zonder chip</translation>
    </message>
    <message>
        <source>Use the MRZ only, for a document without a chip or a chip that will not read</source>
        <translation>Alleen de MRZ gebruiken, voor een document zonder chip of met een chip die niet te lezen is</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>Persoon openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Machine-readable zone</source>
        <translation>&amp;Machineleesbare zone</translation>
    </message>
    <message>
        <source>Scan the machine-readable zone (the lines at the bottom of the passport's photo page or on the back of the identity card), or type it. There is no card reader here: only the MRZ is checked.</source>
        <translation>Scan de machineleesbare zone (de regels onder aan de fotopagina van het paspoort of op de achterkant van de identiteitskaart), of typ hem over. Hier is geen kaartlezer: alleen de MRZ wordt gecontroleerd.</translation>
    </message>
    <message>
        <source>Scan the machine-readable zone (the lines at the bottom of the passport's photo page or on the back of the identity card), or type it. Then put the document on the reader.</source>
        <translation>Scan de machineleesbare zone (de regels onder aan de fotopagina van het paspoort of op de achterkant van de identiteitskaart), of typ hem over. Leg het document daarna op de lezer.</translation>
    </message>
    <message>
        <source>Machine-readable zone</source>
        <translation>Machineleesbare zone</translation>
    </message>
    <message>
        <source>Scan or type the 2 or 3 lines; Ctrl+Enter checks them</source>
        <translation>Scan of typ de 2 of 3 regels; Ctrl+Enter controleert ze</translation>
    </message>
    <message>
        <source>Demo: simulated reader</source>
        <translation>Demo: gesimuleerde lezer</translation>
    </message>
    <message>
        <source>Test person</source>
        <translation>Testpersoon</translation>
    </message>
    <message>
        <source>Put on reader</source>
        <translation>Op de lezer leggen</translation>
    </message>
    <message>
        <source>Build this test person's document, put it on the reader and scan its MRZ</source>
        <translation>Het document van deze testpersoon maken, op de lezer leggen en de MRZ scannen</translation>
    </message>
    <message>
        <source>Forged document</source>
        <translation>Vervalst document</translation>
    </message>
    <message>
        <source>The same document with its chip data changed after signing</source>
        <translation>Hetzelfde document, met chipgegevens die na het ondertekenen zijn veranderd</translation>
    </message>
    <message>
        <source>Photo from the chip</source>
        <translation>Foto uit de chip</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Put the document on the reader and keep it still.</source>
        <translation>Leg het document op de lezer en houd het stil.</translation>
    </message>
    <message>
        <source>Reading the chip… keep the document on the reader.</source>
        <translation>Chip wordt gelezen… laat het document op de lezer liggen.</translation>
    </message>
    <message>
        <source>Checking the document…</source>
        <translation>Document wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The MRZ does not match the chip: scan it again.</source>
        <translation>De MRZ klopt niet met de chip: scan hem opnieuw.</translation>
    </message>
    <message>
        <source>The document was taken away: put it back on the reader.</source>
        <translation>Het document is weggehaald: leg het terug op de lezer.</translation>
    </message>
    <message>
        <source>{kind} {number} ({state})</source>
        <translation>{kind} {number} ({state})</translation>
    </message>
    <message>
        <source>{date}: expired</source>
        <translation>{date}: verlopen</translation>
    </message>
    <message>
        <source>not on the document</source>
        <translation>niet op het document</translation>
    </message>
    <message>
        <source>Search person</source>
        <translation>Persoon zoeken</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paspoort</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identiteitskaart</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Geen foto</translation>
    </message>
    <message>
        <source>Genuine: chip checked</source>
        <translation>Echt: chip gecontroleerd</translation>
    </message>
    <message>
        <source>Chip read, authenticity not established</source>
        <translation>Chip gelezen, echtheid niet vastgesteld</translation>
    </message>
    <message>
        <source>MRZ only</source>
        <translation>Alleen MRZ</translation>
    </message>
    <message>
        <source>Nothing proves this document is genuine: check the document itself.</source>
        <translation>Niets bewijst dat dit document echt is: controleer het document zelf.</translation>
    </message>
    <message>
        <source>Looking up the person…</source>
        <translation>Persoon wordt opgezocht…</translation>
    </message>
    <message>
        <source>Making the test document…</source>
        <translation>Testdocument wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message>
        <source>Touch the screen, or this session ends in 1 second.</source>
        <translation>Raak het scherm aan, anders stopt deze sessie over 1 seconde.</translation>
    </message>
    <message>
        <source>Touch the screen, or this session ends in {seconds} seconds.</source>
        <translation>Raak het scherm aan, anders stopt deze sessie over {seconds} seconden.</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Ja, ik ben er nog</translation>
    </message>
</context>
<context>
    <name>KeypadScreen</name>
    <message>
        <source>Delete</source>
        <extracomment>The keypad's size: keys of about 180x140 px, a block a hand can span. Landscape puts the text beside the keys; the text column needs the width of a usual screen.</extracomment>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Your BSN</source>
        <translation>Uw BSN</translation>
    </message>
    <message>
        <source>Type your citizen service number: 9 digits. It is on your passport, ID card or driving licence.</source>
        <translation>Typ uw burgerservicenummer (BSN): 9 cijfers. Het staat op uw paspoort, identiteitskaart of rijbewijs.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Uw geboortedatum</translation>
    </message>
    <message>
        <source>Type day, month and year: 8 digits.</source>
        <translation>Typ dag, maand en jaar: 8 cijfers.</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Inchecken</translation>
    </message>
    <message>
        <source>Typed so far: {digits}</source>
        <translation>Tot nu toe getypt: {digits}</translation>
    </message>
    <message>
        <source>This is not a date. Type day, month and year, for example 05-04-1980.</source>
        <translation>Dit is geen datum. Typ dag, maand en jaar, bijvoorbeeld 05-04-1980.</translation>
    </message>
    <message>
        <source>This date is in the future. Check the year.</source>
        <translation>Deze datum ligt in de toekomst. Kijk het jaar na.</translation>
    </message>
</context>
<context>
    <name>KioskRow</name>
    <message>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>End the session on {kiosk}</source>
        <translation>De sessie op {kiosk} beëindigen</translation>
    </message>
    <message>
        <source>Stops what the visitor is doing and returns the kiosk to its start screen</source>
        <translation>Stopt wat de bezoeker doet en zet de zuil terug op het startscherm</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n open help request(s)</source>
        <translation>
            <numerusform>%n open hulpvraag</numerusform>
            <numerusform>%n open hulpvragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Session {age}</source>
        <translation>Sessie {age}</translation>
    </message>
    <message>
        <source>No visitor</source>
        <translation>Geen bezoeker</translation>
    </message>
    <message>
        <source>last seen {time} ({ago} ago)</source>
        <translation>laatst gezien {time} ({ago} geleden)</translation>
    </message>
</context>
<context>
    <name>KioskWording</name>
    <message>
        <source>No desk open right now</source>
        <translation>Geen balie open</translation>
    </message>
    <message>
        <source>No waiting time</source>
        <translation>Geen wachttijd</translation>
    </message>
    <message>
        <source>About {minutes} min wait</source>
        <translation>± {minutes} min wachten</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>U bent de volgende</translation>
    </message>
    <message>
        <source>There is 1 person ahead of you</source>
        <translation>Er is 1 persoon voor u</translation>
    </message>
    <message>
        <source>There are {count} people ahead of you</source>
        <translation>Er zijn {count} mensen voor u</translation>
    </message>
</context>
<context>
    <name>KiosksPanel</name>
    <message>
        <source>Kiosks ({count})</source>
        <translation>Zuilen ({count})</translation>
    </message>
    <message>
        <source>No kiosk has reported yet.</source>
        <translation>Nog geen zuil heeft zich gemeld.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <source>End the session on {kiosk}?</source>
        <translation>De sessie op {kiosk} beëindigen?</translation>
    </message>
    <message>
        <source>The visitor is at: {step}. What they entered is wiped and the kiosk returns to its start screen. A payment in progress is settled by the kiosk.</source>
        <translation>De bezoeker is bij: {step}. Wat is ingevoerd wordt gewist en de zuil gaat terug naar het startscherm. Een lopende betaling handelt de zuil zelf af.</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Laten doorgaan</translation>
    </message>
    <message>
        <source>Ending the session…</source>
        <translation>Sessie wordt beëindigd…</translation>
    </message>
    <message>
        <source>{kiosk} ends the session at its next check-in (within seconds).</source>
        <translation>{kiosk} beëindigt de sessie bij de volgende melding (binnen enkele seconden).</translation>
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
    <name>KtoDialog</name>
    <message>
        <source>Your opinion</source>
        <extracomment>How long the thank-you stays before the dialog closes itself. Nobody answers: the dialog closes itself, so the next visitor does not find it. Score buttons a visitor's finger cannot miss (15 mm at about 150 dpi), on any counter screen.</extracomment>
        <translation>Uw mening</translation>
    </message>
    <message>
        <source>How satisfied are you with your visit?</source>
        <extracomment>The score tapped (None: not yet, or skipped); one per dialog. The service stored it (False: the contact already had one; None: not answered yet).</extracomment>
        <translation>Hoe tevreden bent u over uw bezoek?</translation>
    </message>
    <message>
        <source>Thank you for your answer</source>
        <translation>Bedankt voor uw antwoord</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>KtoPanel</name>
    <message>
        <source>How satisfied are you with this kiosk?</source>
        <extracomment>The panel's width beside a landscape screen: room for the question on three lines and a button per score with its word beside the figure, while the screen keeps its 1100 px. The panel's looks, added to the window's sheet (and scaled with it by "A+"). The score buttons are the kiosk's ordinary buttons (primary text on white): only their two labels, a large number and a word that may wrap, are new. The words under the numbers keep their size with "A+": five in a row under a portrait screen have 170 px each, and "ontevreden" or "dissatisfied" cannot be broken; the number grows, and the word is read as a label of it. The score given while this question was on screen (None: not answered).</extracomment>
        <translation>Hoe tevreden bent u over deze kiosk?</translation>
    </message>
    <message>
        <source>Thank you for your answer</source>
        <translation>Bedankt voor uw antwoord</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Back to the start</source>
        <translation>Terug naar het begin</translation>
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
    <name>LoginStartup</name>
    <message>
        <source>The database is not up to date with this version of StadsPunt.

Ask the application administrator to run:
    stadspunt db upgrade</source>
        <extracomment>For the operator's log: which mode could not start.</extracomment>
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
        <source>Your ticket is being made.</source>
        <translation>Uw volgnummer wordt gemaakt.</translation>
    </message>
    <message>
        <source>We are looking up your appointment.</source>
        <translation>We zoeken uw afspraak op.</translation>
    </message>
    <message>
        <source>No ticket could be made. Try again, or ask a host in the hall for help.</source>
        <translation>Er kon geen volgnummer worden gemaakt. Probeer het opnieuw, of vraag een medewerker in de hal om hulp.</translation>
    </message>
    <message>
        <source>You could not be checked in. Try again, or ask a host in the hall for help.</source>
        <translation>Inchecken is niet gelukt. Probeer het opnieuw, of vraag een medewerker in de hal om hulp.</translation>
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
        <extracomment>A check-in was refused; ``refusal`` says why and decides the buttons. The host coming to help (display name), once known.</extracomment>
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
    <message>
        <source>Take your document and receipt. Have a nice day!</source>
        <translation>Neem uw document en bon mee. Fijne dag!</translation>
    </message>
    <message>
        <source>The kiosk has stopped. If you paid but got no document, a host in the hall will help you.</source>
        <translation>De zuil is gestopt. Hebt u betaald maar geen document gekregen? Een gastvrouw of gastheer in de hal helpt u.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessie beëindigd</translation>
    </message>
    <message>
        <source>This session was ended by a staff member.</source>
        <translation>Deze sessie is beëindigd door een medewerker.</translation>
    </message>
    <message>
        <source>{name} is coming to you. Please wait here.</source>
        <translation>{name} komt naar u toe. Wacht u hier even.</translation>
    </message>
    <message>
        <source>A staff member is coming to you. Please wait here.</source>
        <translation>Er komt een medewerker naar u toe. Wacht u hier even.</translation>
    </message>
    <message>
        <source>One moment, please: we are calling a staff member.</source>
        <translation>Een moment: we roepen een medewerker.</translation>
    </message>
    <message>
        <source>A staff member has been alerted and will come to you. Please wait here.</source>
        <translation>Er is een medewerker gewaarschuwd. Die komt naar u toe. Wacht u hier even.</translation>
    </message>
    <message>
        <source>Please wait a little</source>
        <translation>Nog even geduld</translation>
    </message>
    <message>
        <source>Please take a seat and check in again then.</source>
        <translation>Neem plaats en check dan opnieuw in.</translation>
    </message>
    <message>
        <source>Too late for this appointment</source>
        <translation>Te laat voor deze afspraak</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Volgnummer nemen</translation>
    </message>
    <message>
        <source>Code not recognised</source>
        <translation>Code niet herkend</translation>
    </message>
    <message>
        <source>Use BSN and date of birth</source>
        <translation>BSN en geboortedatum gebruiken</translation>
    </message>
    <message>
        <source>No appointment found</source>
        <translation>Geen afspraak gevonden</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Afspraak geannuleerd</translation>
    </message>
    <message>
        <source>You can take a ticket, or ask a host in the hall for help.</source>
        <translation>U kunt een volgnummer nemen, of een medewerker in de hal om hulp vragen.</translation>
    </message>
</context>
<context>
    <name>OverdueAlert</name>
    <message>
        <source>Overdue hand-offs</source>
        <extracomment>Milliseconds between polls; read when an alert is made, so tests can shorten it. Units named in the bar; the rest are counted ("and 2 more units") and listed in the tooltip.</extracomment>
        <translation>Overdrachten over de servicenorm</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Open the back-office tasks of the unit with the most overdue hand-offs</source>
        <translation>Open de taken van de afdeling met de meeste overdrachten over de servicenorm</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>stand onbekend</translation>
    </message>
    <message>
        <source>The overdue hand-offs could not be read; this is the last known count.</source>
        <translation>De overdrachten over de servicenorm konden niet worden gelezen. Dit is de laatst bekende stand.</translation>
    </message>
    <message>
        <source>Overdue hand-offs: status unknown</source>
        <translation>Overdrachten over de servicenorm: stand onbekend</translation>
    </message>
    <message>
        <source>The overdue hand-offs could not be read; trying again in a few minutes.</source>
        <translation>De overdrachten over de servicenorm konden niet worden gelezen. Over een paar minuten wordt het opnieuw geprobeerd.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more unit(s)</source>
        <translation>
            <numerusform>en nog %n afdeling</numerusform>
            <numerusform>en nog %n afdelingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) past the service norm</source>
        <translation>
            <numerusform>%n overdracht over de servicenorm</numerusform>
            <numerusform>%n overdrachten over de servicenorm</numerusform>
        </translation>
    </message>
    <message>
        <source>(oldest deadline: {date})</source>
        <translation>(oudste: {date})</translation>
    </message>
    <message>
        <source>{unit}: {count}, oldest deadline {date}</source>
        <translation>{unit}: {count}, oudste termijn {date}</translation>
    </message>
</context>
<context>
    <name>PayingScreen</name>
    <message>
        <source>Pay on the payment terminal</source>
        <translation>Betaal op de betaalautomaat</translation>
    </message>
    <message>
        <source>Follow the instructions on the payment terminal.</source>
        <translation>Volg de aanwijzingen op de betaalautomaat.</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Bedrag: {amount}</translation>
    </message>
    <message>
        <source>To cancel, press Stop on the payment terminal.</source>
        <translation>Stoppen? Druk op Stop op de betaalautomaat.</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Time</source>
        <extracomment>What may still be refunded (payments only; 0 for refunds).</extracomment>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Unsettled only</source>
        <translation>Alleen onafgehandeld</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>De lijst opnieuw lezen (F5)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Terugbetalen…</translation>
    </message>
    <message>
        <source>Pay (part of) the selected payment back to the customer's card</source>
        <translation>De gekozen betaling (deels) terugbetalen op de kaart van de klant</translation>
    </message>
    <message>
        <source>&amp;Handed over</source>
        <translation>&amp;Overhandigd</translation>
    </message>
    <message>
        <source>The paid product of the selected payment was given to the customer here (for example a kiosk uittreksel printed at this desk)</source>
        <translation>Het betaalde product van de gekozen betaling is hier aan de klant gegeven (bijvoorbeeld een uittreksel van de zuil dat aan deze balie is afgedrukt)</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>Betalingen en terugbetalingen</translation>
    </message>
    <message>
        <source>Selected payment</source>
        <translation>Gekozen betaling</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>T&amp;onen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) and refund(s)</source>
        <translation>
            <numerusform>%n betaling of terugbetaling</numerusform>
            <numerusform>%n betalingen en terugbetalingen</numerusform>
        </translation>
    </message>
    <message>
        <source>received {paid}, refunded {refunded}</source>
        <translation>ontvangen {paid}, terugbetaald {refunded}</translation>
    </message>
    <message>
        <source>No payment needs attention.</source>
        <translation>Geen betaling vraagt aandacht.</translation>
    </message>
    <message>
        <source>No payments or refunds in this period.</source>
        <translation>Geen betalingen of terugbetalingen in deze periode.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) need attention (amber rows). Look the reference up on the terminal's own list before anything else is done with them.</source>
        <translation>
            <numerusform>%n betaling vraagt aandacht (oranje rij). Zoek het kenmerk op in het overzicht van de betaalautomaat voordat u er iets anders mee doet.</numerusform>
            <numerusform>%n betalingen vragen aandacht (oranje rijen). Zoek het kenmerk op in het overzicht van de betaalautomaat voordat u er iets anders mee doet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>geen gekozen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>{card}, approval code {code}, STAN {stan}</source>
        <translation>{card}, autorisatiecode {code}, STAN {stan}</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>Nog terug te betalen</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <source>started {created}, last change {updated}</source>
        <translation>gestart {created}, laatst gewijzigd {updated}</translation>
    </message>
    <message>
        <source>Payment {reference} is marked as handed over.</source>
        <translation>Betaling {reference} staat nu op overhandigd.</translation>
    </message>
    <message>
        <source>Choose an approved payment with something left to refund.</source>
        <translation>Kies een goedgekeurde betaling waarvan nog iets terug te betalen is.</translation>
    </message>
</context>
<context>
    <name>PersonAppointments</name>
    <message>
        <source>Appointments of the person</source>
        <translation>Afspraken van de persoon</translation>
    </message>
    <message>
        <source>New &amp;appointment…</source>
        <translation>Nieu&amp;we afspraak…</translation>
    </message>
    <message>
        <source>Book an appointment for this person</source>
        <translation>Een afspraak maken voor deze persoon</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>Verplaat&amp;sen…</translation>
    </message>
    <message>
        <source>Move the selected appointment to another time</source>
        <translation>De gekozen afspraak naar een andere tijd verplaatsen</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Annu&amp;leren…</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>De gekozen afspraak annuleren</translation>
    </message>
    <message>
        <source>Con&amp;firmation…</source>
        <translation>&amp;Mail en pdf…</translation>
    </message>
    <message>
        <source>The mail text and the PDF with the QR code, to send again</source>
        <translation>De mailtekst en de PDF met de QR-code, om opnieuw te versturen</translation>
    </message>
    <message numerus="yes">
        <source>Appointments (%n)</source>
        <translation>
            <numerusform>Afspraken (%n)</numerusform>
            <numerusform>Afspraken (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Geen afspraken.</translation>
    </message>
    <message>
        <source>{upcoming} upcoming, {past} past</source>
        <translation>{upcoming} komend, {past} voorbij</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n geannuleerd</numerusform>
            <numerusform>%n geannuleerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <source>Cancel the appointment of {name} on {when}?</source>
        <translation>De afspraak van {name} op {when} annuleren?</translation>
    </message>
    <message>
        <source>The time becomes free for others; the QR code stops working.</source>
        <translation>De tijd komt vrij voor anderen; de QR-code werkt dan niet meer.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Afspraak houden</translation>
    </message>
    <message>
        <source>Appointment of {when} cancelled.</source>
        <translation>Afspraak van {when} geannuleerd.</translation>
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
        <source>Photo from the document's chip</source>
        <extracomment>The chip's photo in the name line: small, the 3:4 of a passport photo.</extracomment>
        <translation>Foto uit de chip van het document</translation>
    </message>
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
        <source>Uittreksel BRP…</source>
        <translation>Uittreksel BRP…</translation>
    </message>
    <message>
        <source>Issue and print an uittreksel BRP of this person (Ctrl+U)</source>
        <translation>Een uittreksel BRP van deze persoon verstrekken en afdrukken (Ctrl+U)</translation>
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
        <source>Read document…  (Ctrl+D)</source>
        <translation>Document lezen…  (Ctrl+D)</translation>
    </message>
    <message>
        <source>Read the passport or identity card: MRZ and chip (Ctrl+D)</source>
        <translation>Het paspoort of de identiteitskaart lezen: MRZ en chip (Ctrl+D)</translation>
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
    <name>PrintFailedDialog</name>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>{title} was not printed.</source>
        <translation>{title} is niet afgedrukt.</translation>
    </message>
    <message>
        <source>Nothing is lost: the document is kept in the list of unprinted documents (status bar) until it is printed, saved or discarded.</source>
        <translation>Er gaat niets verloren: het document blijft in de lijst met niet-afgedrukte documenten (statusbalk) tot het is afgedrukt, opgeslagen of weggegooid.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Keep it in the list of unprinted documents</source>
        <translation>Bewaren in de lijst met niet-afgedrukte documenten</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <source>Still not printed.</source>
        <translation>Nog steeds niet afgedrukt.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>De PDF kon daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <source>Your money is being refunded…</source>
        <translation>Uw geld wordt teruggestort…</translation>
    </message>
    <message>
        <source>This takes a moment. Please wait.</source>
        <translation>Dit duurt even. Een moment geduld.</translation>
    </message>
    <message>
        <source>Your uittreksel is being printed…</source>
        <translation>Uw uittreksel wordt afgedrukt…</translation>
    </message>
    <message>
        <source>The payment went through. Your document is printed now.</source>
        <translation>De betaling is gelukt. Uw uittreksel wordt nu afgedrukt.</translation>
    </message>
    <message>
        <source>Your receipt follows.</source>
        <translation>Daarna komt uw bon.</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <source>Try again</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Or ask a host in the hall for help.</source>
        <translation>Of vraag een gastvrouw of gastheer in de hal om hulp.</translation>
    </message>
    <message>
        <source>No document found</source>
        <translation>Geen document gevonden</translation>
    </message>
    <message>
        <source>We did not find a document on the reader.</source>
        <translation>Wij hebben geen document op de lezer gevonden.</translation>
    </message>
    <message>
        <source>Your document could not be read</source>
        <translation>Uw document kon niet worden gelezen</translation>
    </message>
    <message>
        <source>We cannot help you at this kiosk</source>
        <translation>Wij kunnen u hier niet helpen</translation>
    </message>
    <message>
        <source>Your document could not be accepted here. Please go to the counter: a staff member will help you. Nothing has been paid.</source>
        <translation>Uw document kan hier niet worden gebruikt. Ga naar de balie: een medewerker helpt u verder. U heeft niets betaald.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>Betaling niet gelukt</translation>
    </message>
    <message>
        <source>The payment was declined or cancelled. Nothing has been charged.</source>
        <translation>De betaling is geweigerd of afgebroken. Er is niets afgeschreven.</translation>
    </message>
    <message>
        <source>Something went wrong with the payment</source>
        <translation>Er ging iets mis met de betaling</translation>
    </message>
    <message>
        <source>We cannot tell whether your payment went through. Someone is coming to help you: please wait here.</source>
        <translation>Wij weten niet of uw betaling is gelukt. Er komt iemand naar u toe: wacht u hier even.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>Your uittreksel could not be printed. Someone is coming to help you.</source>
        <translation>Uw uittreksel kon niet worden afgedrukt. Er komt iemand naar u toe.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <source>Money back</source>
        <translation>Geld terug</translation>
    </message>
    <message>
        <source>Your money has been refunded</source>
        <translation>U krijgt uw geld terug</translation>
    </message>
    <message>
        <source>The payment was cancelled: the amount goes back to your account. You can get your uittreksel at the counter.</source>
        <translation>De betaling is teruggedraaid: het bedrag komt terug op uw rekening. U kunt uw uittreksel aan de balie halen.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
    <message>
        <source>This service is not available at this kiosk now.</source>
        <translation>Dit kan nu niet bij deze zuil.</translation>
    </message>
    <message>
        <source>Sorry, that did not work</source>
        <translation>Dat is helaas niet gelukt</translation>
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
    <name>QueuePanel</name>
    <message>
        <source>Current ticket</source>
        <extracomment>How often the strip reads the desk while nothing happens at it. Parked tickets shown as buttons; more go into a menu. The end-of-visit choices, in menu order; the first is what Enter picks. Tickets a contact was registered for here: ending them asks nothing.</extracomment>
        <translation>Huidig volgnummer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Call the next visitor to this desk (F5)</source>
        <translation>De volgende bezoeker naar deze balie roepen (F5)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Call the same ticket again on the display (F6)</source>
        <translation>Hetzelfde nummer nog eens oproepen op het scherm (F6)</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Doorsturen…</translation>
    </message>
    <message>
        <source>Send the visitor to another queue or desk (F7)</source>
        <translation>De bezoeker naar een andere wachtrij of balie sturen (F7)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parkeren</translation>
    </message>
    <message>
        <source>Put the visitor aside, for example while they fetch a photo (F8)</source>
        <translation>De bezoeker even apart zetten, bijvoorbeeld om een pasfoto te halen (F8)</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Niet verschenen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>End the visit; it is registered as a contact of this desk (F12)</source>
        <translation>Het bezoek afronden; het wordt geregistreerd als contact van deze balie (F12)</translation>
    </message>
    <message>
        <source>Parked:</source>
        <translation>Geparkeerd:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>This counter is set up for desk “{desk}”, which does not exist. Calling visitors is not possible here; everything else works. Ask the application administrator to correct the desk in the configuration.</source>
        <translation>Deze werkplek is ingesteld op balie “{desk}”, maar die balie bestaat niet. Bezoekers oproepen kan hier niet; al het andere werkt wel. Vraag de applicatiebeheerder de balie in de configuratie te verbeteren.</translation>
    </message>
    <message>
        <source>The desk could not be opened: {reason}</source>
        <translation>De balie kon niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>Nobody is waiting for this desk.</source>
        <translation>Er wacht niemand voor deze balie.</translation>
    </message>
    <message>
        <source>{code} parked. Resume it under Parked (Shift+F8).</source>
        <translation>{code} geparkeerd. Verder helpen via Geparkeerd (Shift+F8).</translation>
    </message>
    <message>
        <source>{code} did not show up.</source>
        <translation>{code} is niet verschenen.</translation>
    </message>
    <message>
        <source>{code} done; the visit is registered as a contact.</source>
        <translation>{code} afgerond; het bezoek is als contact geregistreerd.</translation>
    </message>
    <message>
        <source>{code} done; the contact of this visit has its wait and service time.</source>
        <translation>{code} afgerond; wacht- en behandeltijd staan bij het contact van dit bezoek.</translation>
    </message>
    <message>
        <source>{code} sent to {target}.</source>
        <translation>{code} doorgestuurd naar {target}.</translation>
    </message>
    <message>
        <source>Resume {code} ({queue})</source>
        <translation>{code} verder helpen ({queue})</translation>
    </message>
    <message>
        <source>{desk}: no visitor</source>
        <translation>{desk}: geen bezoeker</translation>
    </message>
    <message>
        <source>appointment {time} {name}</source>
        <translation>afspraak {time} {name}</translation>
    </message>
    <message>
        <source>Record that the visitor did not come, after {n} recalls (F9)</source>
        <translation>Vastleggen dat de bezoeker niet is verschenen, na {n} keer opnieuw oproepen (F9)</translation>
    </message>
    <message>
        <source>Press Next (F5) to call the next visitor.</source>
        <translation>Druk op Volgende (F5) voor de volgende bezoeker.</translation>
    </message>
    <message>
        <source>Next: F5</source>
        <translation>Volgende: F5</translation>
    </message>
    <message>
        <source>waited {waited} · called {called} · recall {recalls}</source>
        <translation>gewacht {waited} · opgeroepen {called} · herhaald {recalls}</translation>
    </message>
    <message>
        <source>Waiting {n}:</source>
        <translation>Wachtend {n}:</translation>
    </message>
    <message>
        <source>(~{minutes} min)</source>
        <translation>(~{minutes} min)</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} meer</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wacht</numerusform>
            <numerusform>%n wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>longest {time}</source>
        <translation>langste {time}</translation>
    </message>
    <message>
        <source>no desk open</source>
        <translation>geen balie open</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) open</source>
        <translation>
            <numerusform>%n balie open</numerusform>
            <numerusform>%n balies open</numerusform>
        </translation>
    </message>
    <message>
        <source>new ticket waits about {minutes} min</source>
        <translation>nieuw nummer wacht ongeveer {minutes} min</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <source>One moment, please</source>
        <translation>Een moment geduld</translation>
    </message>
    <message>
        <source>No tickets can be taken at the moment. Please ask a host in the hall.</source>
        <translation>U kunt nu geen volgnummer nemen. Vraag een medewerker in de hal.</translation>
    </message>
    <message>
        <source>Tap the subject of your visit.</source>
        <translation>Tik op het onderwerp van uw bezoek.</translation>
    </message>
    <message>
        <source>What have you come for?</source>
        <translation>Waarvoor komt u?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>QueueVisitList</name>
    <message>
        <source>Queue visits</source>
        <translation>Bezoeken via de wachtrij</translation>
    </message>
    <message>
        <source>No queue visits registered.</source>
        <translation>Geen bezoeken via de wachtrij geregistreerd.</translation>
    </message>
    <message numerus="yes">
        <source>Queue visits (%n)</source>
        <translation>
            <numerusform>Bezoeken (%n)</numerusform>
            <numerusform>Bezoeken (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueVisitModel</name>
    <message>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <source>Ticket taken</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>QueuesPanel</name>
    <message>
        <source>No queues.</source>
        <translation>Geen wachtrijen.</translation>
    </message>
    <message numerus="yes">
        <source>Queues (%n waiting)</source>
        <translation>
            <numerusform>Wachtrijen (%n wacht)</numerusform>
            <numerusform>Wachtrijen (%n wachten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open desks: {desks}</source>
        <translation>Open balies: {desks}</translation>
    </message>
    <message>
        <source>No desk is open.</source>
        <translation>Er is geen balie open.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <extracomment>"10", "10,5", "10,50", "1.234,56", "€ 10,00", and "10.50" (a decimal point, as typed on a numeric keypad). Thousands dots only in groups of three, so "1.2345" is refused, not guessed.</extracomment>
        <translation>Terugbetalen</translation>
    </message>
    <message>
        <source>Refund to the customer's card</source>
        <translation>Terugbetalen op de kaart van de klant</translation>
    </message>
    <message>
        <source>Payment {reference} of {amount}
{when} · {card}</source>
        <translation>Betaling {reference} van {amount}
{when} · {card}</translation>
    </message>
    <message>
        <source>card unknown</source>
        <translation>kaart onbekend</translation>
    </message>
    <message>
        <source>Left to refund: {left}</source>
        <translation>Nog terug te betalen: {left}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Bedrag in euro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Why the money goes back, e.g. paid twice</source>
        <translation>Waarom het geld teruggaat, bijv. dubbel betaald</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Bedrag</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Type an amount in euros, such as 10,00.</source>
        <translation>Typ een bedrag in euro, zoals 10,00.</translation>
    </message>
    <message>
        <source>Fill in why the money goes back.</source>
        <translation>Vul in waarom het geld teruggaat.</translation>
    </message>
    <message>
        <source>Follow the instructions on the payment terminal. The customer presents the card to receive {amount}.</source>
        <translation>Volg de instructies op de betaalautomaat. De klant houdt de kaart bij de automaat om {amount} terug te krijgen.</translation>
    </message>
    <message>
        <source>Refunded: {amount}</source>
        <translation>Terugbetaald: {amount}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The terminal declined the refund; nothing was paid back. Ask the customer for the card the payment was made with.</source>
        <translation>De betaalautomaat heeft de terugbetaling geweigerd; er is niets terugbetaald. Vraag de klant om de kaart waarmee is betaald.</translation>
    </message>
    <message>
        <source>The refund was cancelled; nothing was paid back.</source>
        <translation>De terugbetaling is geannuleerd; er is niets terugbetaald.</translation>
    </message>
    <message>
        <source>The terminal stopped the refund (no card in time, cancelled on the terminal, or the terminal is busy or not reachable); nothing was paid back.</source>
        <translation>De betaalautomaat heeft de terugbetaling gestopt (geen kaart op tijd, geannuleerd op de automaat, of de automaat is bezet of niet bereikbaar); er is niets terugbetaald.</translation>
    </message>
    <message>
        <source>The terminal did not answer: it is not known whether the money went back. Check the terminal's list before trying again; the payments view shows this refund as unsettled.</source>
        <translation>De betaalautomaat gaf geen antwoord: het is niet bekend of het geld is teruggegaan. Kijk in het overzicht van de automaat voordat u het opnieuw probeert; het betalingenoverzicht toont deze terugbetaling als onafgehandeld.</translation>
    </message>
    <message>
        <source>Cancelling on the terminal…</source>
        <translation>Bezig met annuleren op de betaalautomaat…</translation>
    </message>
    <message>
        <source>The terminal did not accept the cancel; it may be too late.</source>
        <translation>De betaalautomaat nam het annuleren niet aan; het is misschien te laat.</translation>
    </message>
    <message>
        <source>Cancel on the terminal</source>
        <translation>Annuleren op de automaat</translation>
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
    <name>ResolveDialog</name>
    <message>
        <source>Help at {kiosk} done</source>
        <translation>Hulp bij {kiosk} afgehandeld</translation>
    </message>
    <message>
        <source>&amp;Note (optional): what was the question, what did you do?</source>
        <translation>&amp;Notitie (niet verplicht): wat was de vraag, wat heb je gedaan?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Register as a contact</source>
        <translation>&amp;Registreren als contact</translation>
    </message>
    <message>
        <source>Register as a contact</source>
        <translation>Registreren als contact</translation>
    </message>
    <message>
        <source>Counts this help in the contact registry (kanaal kiosk), with your note</source>
        <translation>Telt deze hulp mee in het contactregister (kanaal zuil), met je notitie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Mark the help request as done</source>
        <translation>De hulpvraag afhandelen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
</context>
<context>
    <name>ResolvedRow</name>
    <message>
        <source>resolved at {time} by {name}</source>
        <translation>afgehandeld om {time} door {name}</translation>
    </message>
    <message>
        <source>answered after {time}</source>
        <translation>opgepakt na {time}</translation>
    </message>
    <message>
        <source>registered as a contact</source>
        <translation>geregistreerd als contact</translation>
    </message>
</context>
<context>
    <name>ScoreButton</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>Zeer ontevreden</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Ontevreden</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Tevreden</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Zeer tevreden</translation>
    </message>
</context>
<context>
    <name>SelfPage</name>
    <message>
        <source>Back</source>
        <extracomment>Every touch target of the self-service screens is at least this high (15 mm at 170 dpi). Sizes and states; the window scales the font sizes here with its own ("A+").</extracomment>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>SelfServiceView</name>
    <message>
        <source>That scan did not work. Please scan again.</source>
        <extracomment>How often the reader is asked whether the document lies on it. How long a print may take before it counts as failed (an A4 page through CUPS). The holder's document is refused (not the kiosk's fault, not the visitor's to retry).</extracomment>
        <translation>Het scannen is niet gelukt. Scan opnieuw.</translation>
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
        <extracomment>The person's open hand-offs: which unit, by when, and what for (the subject is in the contact history next to it, so it is left out to keep the columns readable at 1366 px). A unit's task list: the unit is chosen above it; who and since when matter instead.</extracomment>
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
    <name>TicketScreen</name>
    <message>
        <source>Your ticket is being printed…</source>
        <translation>Uw volgnummer wordt geprint…</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Neem uw bon uit de printer.</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. The number on this screen is your number: remember it. Ask a staff member if you need help.</source>
        <translation>Uw bon kon niet worden geprint. Het nummer op dit scherm is uw volgnummer: onthoud het goed. Hebt u hulp nodig? Vraag een medewerker.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Uw volgnummer</translation>
    </message>
    <message>
        <source>Watch the screens in the hall: they show your number and your desk.</source>
        <translation>Let op de schermen in de hal: daar ziet u uw nummer en uw balie.</translation>
    </message>
    <message>
        <source>Your number is {code}</source>
        <translation>Uw volgnummer is {code}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>You are checked in for your appointment at {time}: {subject}.</source>
        <translation>U bent ingecheckt voor uw afspraak van {time}: {subject}.</translation>
    </message>
    <message>
        <source>You will be called soon.</source>
        <translation>U wordt zo opgeroepen.</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>Hier is uw volgnummer</translation>
    </message>
    <message>
        <source>No desk for this queue is open right now. You will be helped as soon as one opens.</source>
        <translation>Er is nu geen balie open voor deze wachtrij. U wordt geholpen zodra er een balie opengaat.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {code}</source>
        <extracomment>Code -&gt; name of the targets, for the message after the transfer.</extracomment>
        <translation>{code} doorsturen</translation>
    </message>
    <message>
        <source>{code} ({queue}) waits again, keeping the time the ticket was taken. Where to?</source>
        <translation>{code} ({queue}) gaat opnieuw wachten; de wachttijd tot nu toe telt mee. Waarheen?</translation>
    </message>
    <message>
        <source>Another &amp;queue</source>
        <translation>Andere &amp;wachtrij</translation>
    </message>
    <message>
        <source>Another &amp;desk</source>
        <translation>Andere &amp;balie</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>{queue} ({n} waiting)</source>
        <translation>{queue} ({n} wachtend)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Doorsturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>open, {name}</source>
        <translation>open, {name}</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>nu gesloten</translation>
    </message>
    <message>
        <source>Choose a queue or a desk.</source>
        <translation>Kies een wachtrij of een balie.</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Doorsturen…</translation>
    </message>
</context>
<context>
    <name>UittrekselAction</name>
    <message>
        <source>Uittreksel {reference} issued; printing…</source>
        <translation>Uittreksel {reference} verstrekt; bezig met afdrukken…</translation>
    </message>
    <message>
        <source>Uittreksel {reference} printed.</source>
        <translation>Uittreksel {reference} is afgedrukt.</translation>
    </message>
    <message>
        <source>Uittreksel {reference} was not printed; it has been kept.</source>
        <translation>Uittreksel {reference} is niet afgedrukt; het is bewaard.</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Opgeslagen als {file}.</translation>
    </message>
</context>
<context>
    <name>UittrekselDialog</name>
    <message>
        <source>Uittreksel BRP</source>
        <extracomment>What residents usually need an uittreksel for; printed as typed, so in Dutch.</extracomment>
        <translation>Uittreksel BRP</translation>
    </message>
    <message>
        <source>For: {name}, born {date}</source>
        <translation>Voor: {name}, geboren {date}</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(naam onbekend)</translation>
    </message>
    <message>
        <source>The purpose is printed on the uittreksel and recorded in the log of who viewed this person's data.</source>
        <translation>Het doel wordt op het uittreksel afgedrukt en vastgelegd in het overzicht van wie de gegevens van deze persoon heeft ingezien.</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Verstrekken en afdrukken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Choose or type the purpose</source>
        <translation>Kies of typ het doel</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Fill in the purpose of the uittreksel.</source>
        <translation>Vul het doel van het uittreksel in.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Bezig met verstrekken…</translation>
    </message>
</context>
<context>
    <name>UnprintedDialog</name>
    <message>
        <source>Unprinted documents</source>
        <translation>Niet-afgedrukte documenten</translation>
    </message>
    <message>
        <source>These documents did not print. They are kept until you print, save or discard them, and are removed when you log out.</source>
        <translation>Deze documenten zijn niet afgedrukt. Ze blijven bewaard tot u ze afdrukt, opslaat of weggooit, en worden verwijderd als u uitlogt.</translation>
    </message>
    <message>
        <source>Every document has been printed.</source>
        <translation>Alle documenten zijn afgedrukt.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Remove it from the list: it came out after all, or is no longer needed</source>
        <translation>Uit de lijst halen: het is toch afgedrukt, of niet meer nodig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <source>{reference} printed.</source>
        <translation>{reference} is afgedrukt.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>De PDF kon daar niet worden opgeslagen. Kies een andere map.</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Opgeslagen als {file}.</translation>
    </message>
</context>
<context>
    <name>UnprintedIndicator</name>
    <message>
        <source>Documents that did not print: print again, save or discard</source>
        <translation>Documenten die niet zijn afgedrukt: opnieuw afdrukken, opslaan of weggooien</translation>
    </message>
    <message numerus="yes">
        <source>%n not printed</source>
        <translation>
            <numerusform>%n niet afgedrukt</numerusform>
            <numerusform>%n niet afgedrukt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check uittreksel</source>
        <translation>Uittreksel controleren</translation>
    </message>
    <message>
        <source>Check an uittreksel BRP</source>
        <translation>Een uittreksel BRP controleren</translation>
    </message>
    <message>
        <source>Scan the QR code on the uittreksel, or paste its code here and press Enter.</source>
        <translation>Scan de QR-code op het uittreksel, of plak de code hier en druk op Enter.</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Gescande code</translation>
    </message>
    <message>
        <source>Scan the QR code…</source>
        <translation>Scan de QR-code…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Verstrekt op</translation>
    </message>
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
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Verstrekt door</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Genuine and unchanged</source>
        <translation>Echt en ongewijzigd</translation>
    </message>
    <message>
        <source>This code was issued by this municipality. Compare the data below with the paper: they must be the same. If they differ, the paper was changed.</source>
        <translation>Deze code is door deze gemeente uitgegeven. Vergelijk de gegevens hieronder met het papier: ze moeten gelijk zijn. Wijken ze af, dan is het papier veranderd.</translation>
    </message>
    <message>
        <source>no address in the BRP</source>
        <translation>geen adres in de BRP</translation>
    </message>
    <message>
        <source>Not genuine or changed</source>
        <translation>Niet echt of gewijzigd</translation>
    </message>
    <message>
        <source>This code was not issued by this municipality, or it was changed after it was printed. Do not accept the paper as an uittreksel BRP. If the resident needs one, issue a new uittreksel.</source>
        <translation>Deze code is niet door deze gemeente uitgegeven, of is na het afdrukken veranderd. Accepteer het papier niet als uittreksel BRP. Heeft de inwoner er een nodig, verstrek dan een nieuw uittreksel.</translation>
    </message>
</context>
<context>
    <name>appointment_status</name>
    <message>
        <source>booked</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>ingecheckt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>served</source>
        <translation>geholpen</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>niet verschenen</translation>
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
    <name>device_kind</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kaartlezer</translation>
    </message>
    <message>
        <source>Payment terminal</source>
        <translation>Betaalautomaat</translation>
    </message>
</context>
<context>
    <name>device_state</name>
    <message>
        <source>Paper low</source>
        <extracomment>States that need nobody. "absent" is a device a station is configured without. States that need someone soon but do not stop the device yet (amber); any other not-ok state, known or not, is red.</extracomment>
        <translation>Papier bijna op</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Papier op</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Papier vast</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Storing</translation>
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
        <source>A username uses letters, digits, '.' and '-' only.</source>
        <translation>Een gebruikersnaam bestaat alleen uit letters, cijfers, '.' en '-'.</translation>
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
        <extracomment>The queue visit this contact belongs to: ending that visit completes this contact with its wait and service time instead of registering a second one. Whose question it is: the BSN, masked unless the reader's role needs it.</extracomment>
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
        <extracomment>Adresregel2 of a Dutch address: "3077 AW ROTTERDAM".</extracomment>
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
        <extracomment>"" for the standard fee, else e.g. "jonger dan 18", "spoedtoeslag". The year asked about (the fee year of the moment given, or of today). The year the fees below are from: ``requested_year``, or the latest earlier year when nothing is entered for it yet; None when the product has no fees at all.</extracomment>
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
        <source>Option '{option}' of {node} leads to {target}, which does not exist.</source>
        <translation>Keuze '{option}' van {node} leidt naar {target}, maar die stap bestaat niet.</translation>
    </message>
    <message>
        <source>A question funnel needs an answer.</source>
        <translation>Een vraagtrechter heeft een antwoord nodig.</translation>
    </message>
    <message>
        <source>Node key {node} must be 1 to 40 lower-case letters, digits, '-' or '_'.</source>
        <translation>Stapsleutel {node} moet bestaan uit 1 tot 40 kleine letters, cijfers, '-' of '_'.</translation>
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
        <source>An article code uses 2 to 80 lower-case letters, digits and '-'.</source>
        <translation>Een artikelcode bestaat uit 2 tot 80 kleine letters, cijfers en '-'.</translation>
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
        <translation>Trefwoorden bevatten geen komma's en samen hoogstens {n} tekens.</translation>
    </message>
    <message>
        <source>Type at least two letters of the surname.</source>
        <extracomment>Warnings ask the employee to act or take care; notices are opportunities. The English template; the UI translates it in the ``signals`` context. What the screen may show: the full BSN or ``******123``, depending on the role. From taking the ticket to the first call; None while nobody has called it. The desk that called it last; None when it was never called. Upcoming appointments (soonest first), then past ones (latest first). Queue visits, latest first.</extracomment>
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
        <extracomment>Voorvoegsels (table 36) people type in front of the geslachtsnaam: "van der Meijden".</extracomment>
        <translation>Een postcode heeft vier cijfers en twee letters (1234 AB).</translation>
    </message>
    <message>
        <source>This time is no longer available. Choose another time.</source>
        <extracomment>``Session.info`` flag: this transaction may have made the signing key. Statuses that take a place in a slot (a no-show still took it).</extracomment>
        <translation>Deze tijd is niet meer vrij. Kies een andere tijd.</translation>
    </message>
    <message>
        <source>There are no appointments at this time: {reason}. Choose another time.</source>
        <translation>Op deze tijd kunt u geen afspraak maken: {reason}. Kies een andere tijd.</translation>
    </message>
    <message>
        <source>This code is not a valid appointment code. Scan it again, or check in with your BSN and date of birth.</source>
        <translation>Deze code is geen geldige afspraakcode. Scan de code opnieuw, of check in met uw BSN en geboortedatum.</translation>
    </message>
    <message>
        <source>No appointment for today was found. Check what you entered, or ask a host for help.</source>
        <translation>Er is geen afspraak voor vandaag gevonden. Kijk na wat u heeft ingetypt, of vraag een medewerker om hulp.</translation>
    </message>
    <message>
        <source>You are early: your appointment is at {starts}. You can check in from {opens}.</source>
        <translation>U bent te vroeg: uw afspraak is om {starts}. U kunt inchecken vanaf {opens}.</translation>
    </message>
    <message>
        <source>Your appointment at {starts} has passed. Please take a ticket or ask a host for help.</source>
        <translation>Uw afspraak om {starts} is voorbij. Neem een volgnummer of vraag een medewerker om hulp.</translation>
    </message>
    <message>
        <source>This appointment has been cancelled.</source>
        <translation>Deze afspraak is geannuleerd.</translation>
    </message>
    <message>
        <source>Enter the name of the person the appointment is for.</source>
        <extracomment>For the QR on the confirmation; only given to staff who may book. Whether the visitor can check in with BSN and birth date (both were known at booking). The agenda's check-in window around ``starts_at``, for the confirmation's instructions. False when the appointment was checked in before (the same ticket is shown again).</extracomment>
        <translation>Vul de naam in van de persoon voor wie de afspraak is.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete.</source>
        <translation>Dit e-mailadres is niet compleet.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>De geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This appointment was already booked with other details. Open it to change it.</source>
        <translation>Deze afspraak is al geboekt met andere gegevens. Open de afspraak om iets te wijzigen.</translation>
    </message>
    <message>
        <source>Only a booked appointment that has not started can be moved.</source>
        <translation>Alleen een geplande afspraak die nog niet begonnen is, kan worden verplaatst.</translation>
    </message>
    <message>
        <source>This appointment has started or passed and cannot be cancelled.</source>
        <translation>Deze afspraak is al begonnen of voorbij en kan niet meer worden geannuleerd.</translation>
    </message>
    <message>
        <source>There is no agenda {code}.</source>
        <translation>Agenda {code} bestaat niet.</translation>
    </message>
    <message>
        <source>This appointment does not exist.</source>
        <translation>Deze afspraak bestaat niet.</translation>
    </message>
    <message>
        <source>the day has passed</source>
        <translation>de dag is voorbij</translation>
    </message>
    <message>
        <source>the day is too far ahead</source>
        <translation>de dag ligt te ver vooruit</translation>
    </message>
    <message>
        <source>it is a public holiday</source>
        <translation>het is een feestdag</translation>
    </message>
    <message>
        <source>the office is closed that day</source>
        <translation>de balie is die dag gesloten</translation>
    </message>
    <message>
        <source>the time has passed</source>
        <translation>de tijd is voorbij</translation>
    </message>
    <message>
        <source>the time is not the start of a slot</source>
        <translation>de tijd is niet het begin van een tijdvak</translation>
    </message>
    <message>
        <source>outside the opening hours</source>
        <translation>buiten de openingstijden</translation>
    </message>
    <message>
        <source>There is no visitor at this desk right now.</source>
        <extracomment>Recalls before a desk may mark the visitor as not shown up. Service times the wait estimate averages over, per queue (most recent first). Onderwerp of a visit ended without a registered contact (a domain text, kept in Dutch). Expected wait for a ticket taken now; None when no desk serving this queue is open. Since when the longest-waiting ticket of today waits; None when nobody waits. Waiting tickets ahead of this one in its queue (0 = next), when it is waiting. Queue codes of the routing profile, in priority order. False when a contact registered during the visit was completed instead of a new one.</extracomment>
        <translation>Er is nu geen bezoeker aan deze balie.</translation>
    </message>
    <message>
        <source>Ticket {code} is still being served at this desk. End, park or transfer it first.</source>
        <translation>Volgnummer {code} wordt nog aan deze balie geholpen. Rond het bezoek eerst af, of parkeer het of stuur het door.</translation>
    </message>
    <message>
        <source>Call the visitor again first: a no-show can be recorded after {recalls} recalls.</source>
        <translation>Roep de bezoeker eerst opnieuw op: pas na {recalls} keer opnieuw oproepen kunt u ‘niet verschenen’ vastleggen.</translation>
    </message>
    <message>
        <source>Open the desk first (sign in at a desk).</source>
        <translation>Open eerst de balie (log in aan een balie).</translation>
    </message>
    <message>
        <source>This queue is for appointments only. Check in with your appointment instead.</source>
        <translation>Deze wachtrij is alleen voor afspraken. Check in voor uw afspraak.</translation>
    </message>
    <message>
        <source>There is no queue {code}.</source>
        <translation>Wachtrij {code} bestaat niet.</translation>
    </message>
    <message>
        <source>This ticket is not parked at this desk.</source>
        <translation>Dit volgnummer staat niet geparkeerd aan deze balie.</translation>
    </message>
    <message>
        <source>Choose either a queue or a desk to transfer to.</source>
        <translation>Kies een wachtrij of een balie om naar door te sturen.</translation>
    </message>
    <message>
        <source>Choose another desk than your own.</source>
        <translation>Kies een andere balie dan uw eigen balie.</translation>
    </message>
    <message>
        <source>There is no desk {code}.</source>
        <extracomment>What ``TicketInfo`` needs from a ticket row (with the queue's and appointment's names).</extracomment>
        <translation>Balie {code} bestaat niet.</translation>
    </message>
    <message>
        <source>The printer reported a problem. Ask a colleague to check the printer.</source>
        <translation>De printer meldt een probleem. Vraag een collega om de printer na te kijken.</translation>
    </message>
    <message>
        <source>The printer does not respond. Check that it is switched on and connected, then print again.</source>
        <translation>De printer reageert niet. Kijk of hij aanstaat en is aangesloten, en print opnieuw.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Load paper, then print again.</source>
        <translation>Het papier van de printer is op. Vul papier bij en print opnieuw.</translation>
    </message>
    <message>
        <source>The paper is stuck in the printer. Open the printer, clear it and print again.</source>
        <translation>Het papier zit vast in de printer. Open de printer, haal het papier weg en print opnieuw.</translation>
    </message>
    <message>
        <source>The document was not printed. It has been kept: print it again or show it on screen.</source>
        <translation>Het document is niet geprint. Het is bewaard: print het opnieuw of toon het op het scherm.</translation>
    </message>
    <message>
        <source>This printer cannot print this kind of document. Choose another printer or show the document on screen.</source>
        <translation>Deze printer kan dit soort document niet printen. Kies een andere printer of toon het document op het scherm.</translation>
    </message>
    <message>
        <source>The document could not be read. Try again or ask a colleague for help.</source>
        <translation>Het document kon niet worden gelezen. Probeer het opnieuw of vraag een collega om hulp.</translation>
    </message>
    <message>
        <source>The chip of the document sent data that could not be read. Try again.</source>
        <translation>De chip van het document stuurde gegevens die niet te lezen zijn. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The document was taken off the reader too soon. Put it back and keep it still until reading has finished.</source>
        <translation>Het document is te vroeg van de lezer gehaald. Leg het terug en houd het stil tot het lezen klaar is.</translation>
    </message>
    <message>
        <source>The document reader is not available. Ask a colleague for help.</source>
        <translation>De documentlezer is niet beschikbaar. Vraag een collega om hulp.</translation>
    </message>
    <message>
        <source>This card has no passport or identity card chip that can be read here. Use a passport or Dutch identity card.</source>
        <translation>Deze kaart heeft geen paspoort- of identiteitskaartchip die hier gelezen kan worden. Gebruik een paspoort of Nederlandse identiteitskaart.</translation>
    </message>
    <message>
        <source>The document number, date of birth or expiry date does not match the chip.</source>
        <translation>Het documentnummer, de geboortedatum of de vervaldatum klopt niet met de chip.</translation>
    </message>
    <message>
        <source>The connection with the chip was interrupted. Put the document back on the reader and try again.</source>
        <translation>De verbinding met de chip is onderbroken. Leg het document terug op de lezer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Part of the chip could not be read. Try again or ask a colleague for help.</source>
        <translation>Een deel van de chip kon niet worden gelezen. Probeer het opnieuw of vraag een collega om hulp.</translation>
    </message>
    <message>
        <source>The machine-readable zone must have 2 lines of 44 or 36 characters, or 3 lines of 30 characters.</source>
        <translation>De machineleesbare zone moet 2 regels van 44 of 36 tekens hebben, of 3 regels van 30 tekens.</translation>
    </message>
    <message>
        <source>Line {line} of the machine-readable zone has {length} characters instead of {expected}.</source>
        <translation>Regel {line} van de machineleesbare zone heeft {length} tekens in plaats van {expected}.</translation>
    </message>
    <message>
        <source>Line {line} of the machine-readable zone contains characters other than A-Z, 0-9 and &lt;.</source>
        <translation>Regel {line} van de machineleesbare zone bevat andere tekens dan A-Z, 0-9 en &lt;.</translation>
    </message>
    <message>
        <source>The check digit of the document number does not match.</source>
        <translation>Het controlecijfer van het documentnummer klopt niet.</translation>
    </message>
    <message>
        <source>The check digit of the date of birth does not match.</source>
        <translation>Het controlecijfer van de geboortedatum klopt niet.</translation>
    </message>
    <message>
        <source>The check digit of the expiry date does not match.</source>
        <translation>Het controlecijfer van de vervaldatum klopt niet.</translation>
    </message>
    <message>
        <source>The check digit of the personal number does not match.</source>
        <translation>Het controlecijfer van het persoonsnummer klopt niet.</translation>
    </message>
    <message>
        <source>The composite check digit of the machine-readable zone does not match.</source>
        <translation>Het totaalcontrolecijfer van de machineleesbare zone klopt niet.</translation>
    </message>
    <message>
        <source>The document type must start with a letter.</source>
        <translation>Het documenttype moet met een letter beginnen.</translation>
    </message>
    <message>
        <source>The issuing state is not a valid country code.</source>
        <translation>De uitgevende staat is geen geldige landcode.</translation>
    </message>
    <message>
        <source>The nationality is not a valid country code.</source>
        <translation>De nationaliteit is geen geldige landcode.</translation>
    </message>
    <message>
        <source>The document number is missing or not valid.</source>
        <translation>Het documentnummer ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <source>The surname is missing.</source>
        <translation>De achternaam ontbreekt.</translation>
    </message>
    <message>
        <source>The name may only contain letters.</source>
        <translation>De naam mag alleen letters bevatten.</translation>
    </message>
    <message>
        <source>The date of birth is not a valid date.</source>
        <translation>De geboortedatum is geen geldige datum.</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>De vervaldatum is geen geldige datum.</translation>
    </message>
    <message>
        <source>The sex must be M, F, X or &lt;.</source>
        <translation>Het geslacht moet M, F, X of &lt; zijn.</translation>
    </message>
    <message>
        <source>The BSN in the document does not pass the elfproef.</source>
        <translation>Het BSN in het document voldoet niet aan de elfproef.</translation>
    </message>
    <message>
        <source>The machine-readable zone of the document is not valid. Check it and try again.</source>
        <translation>De machineleesbare zone van het document is ongeldig. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The chip of the document could not be verified as genuine. Check the document by hand.</source>
        <translation>De chip van het document kon niet als echt worden vastgesteld. Controleer het document met de hand.</translation>
    </message>
    <message>
        <source>The security data on the chip could not be read, so the document cannot be verified. Check the document by hand.</source>
        <translation>De beveiligingsgegevens op de chip konden niet worden gelezen, dus het document kan niet worden gecontroleerd. Controleer het document met de hand.</translation>
    </message>
    <message>
        <source>Data group {data_group} on the chip has been changed after the document was issued. Do not accept the document; ask a colleague.</source>
        <translation>Gegevensgroep {data_group} op de chip is veranderd nadat het document is uitgegeven. Accepteer het document niet; vraag een collega.</translation>
    </message>
    <message>
        <source>Data group {data_group} on the chip is not covered by its security data. Do not accept the document; ask a colleague.</source>
        <translation>Gegevensgroep {data_group} op de chip valt niet onder de beveiligingsgegevens. Accepteer het document niet; vraag een collega.</translation>
    </message>
    <message>
        <source>The security data on the chip has been changed after the document was issued. Do not accept the document; ask a colleague.</source>
        <translation>De beveiligingsgegevens op de chip zijn veranderd nadat het document is uitgegeven. Accepteer het document niet; vraag een collega.</translation>
    </message>
    <message>
        <source>The signature on the chip's data is not valid. Do not accept the document; ask a colleague.</source>
        <translation>De handtekening op de gegevens van de chip is ongeldig. Accepteer het document niet; vraag een collega.</translation>
    </message>
    <message>
        <source>The document was signed by an authority that is not on our list of trusted issuers. Check the document by hand and ask a colleague.</source>
        <translation>Het document is ondertekend door een instantie die niet op onze lijst van vertrouwde uitgevers staat. Controleer het document met de hand en vraag een collega.</translation>
    </message>
    <message>
        <source>The certificate the document was signed with is not valid today. Check the document by hand and ask a colleague.</source>
        <translation>Het certificaat waarmee het document is ondertekend, is vandaag niet geldig. Controleer het document met de hand en vraag een collega.</translation>
    </message>
    <message>
        <source>The payment terminal reported a problem. Ask a colleague for help.</source>
        <translation>De betaalautomaat meldt een probleem. Vraag een collega om hulp.</translation>
    </message>
    <message>
        <source>The payment terminal does not respond. Check that it is switched on and connected.</source>
        <translation>De betaalautomaat reageert niet. Controleer of hij aanstaat en is aangesloten.</translation>
    </message>
    <message>
        <source>The connection to the payment terminal was lost. Try again.</source>
        <translation>De verbinding met de betaalautomaat is verbroken. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The payment terminal did not answer in time. Try again.</source>
        <translation>De betaalautomaat antwoordde niet op tijd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The payment terminal sent a message that is too large. Ask a colleague.</source>
        <translation>De betaalautomaat stuurde een te groot bericht. Vraag een collega.</translation>
    </message>
    <message>
        <source>The payment terminal sent a message that could not be read. Ask a colleague.</source>
        <translation>De betaalautomaat stuurde een bericht dat niet te lezen is. Vraag een collega.</translation>
    </message>
    <message>
        <source>A station id has 1 to {limit} characters.</source>
        <translation>Een stationscode heeft 1 tot {limit} tekens.</translation>
    </message>
    <message>
        <source>Unknown kind of device: {device}.</source>
        <translation>Onbekend soort apparaat: {device}.</translation>
    </message>
    <message>
        <source>A device state is a lower-case word such as idle or paper_out.</source>
        <translation>Een apparaatstatus is een woord in kleine letters, zoals idle of paper_out.</translation>
    </message>
    <message>
        <source>State what the uittreksel is for (purpose).</source>
        <extracomment>A scanned code longer than this is refused before it is decoded. Longer purposes are refused: the purpose is printed and signed into the QR code, and a code of more than about 1,200 characters is dense enough to fail a counter scanner. The code's smallest size; it grows so that one module is at least ``QR_MIN_MODULE`` wide (a long name, address and purpose make a denser code). 0.5 mm modules: what a 2D hand scanner at the counter reads from a laser print. Table 32 names in English for the nationalities the counter meets all day; others are shown with their Dutch table name (or code), as the BRP itself has no English names.</extracomment>
        <translation>Geef aan waarvoor het uittreksel is (doel).</translation>
    </message>
    <message>
        <source>Keep the purpose of the uittreksel to {limit} characters or fewer.</source>
        <translation>Houd het doel van het uittreksel op {limit} tekens of minder.</translation>
    </message>
    <message>
        <source>The chip holds a different document than the one scanned. Scan the document again.</source>
        <translation>De chip hoort bij een ander document dan het gescande. Scan het document opnieuw.</translation>
    </message>
    <message>
        <source>This document carries no BSN. Search the person by name and date of birth instead.</source>
        <translation>Dit document heeft geen BSN. Zoek de persoon op naam en geboortedatum.</translation>
    </message>
    <message>
        <source>The name or date of birth on the document differs from the BRP. Check the document with the visitor.</source>
        <translation>De naam of geboortedatum op het document wijkt af van de BRP. Controleer het document samen met de bezoeker.</translation>
    </message>
    <message>
        <source>The document could not be verified as genuine. Please ask a host for help.</source>
        <translation>Het document kon niet als echt worden vastgesteld. Vraag een gastvrouw of gastheer om hulp.</translation>
    </message>
    <message>
        <source>This payment is already {state}; it cannot become {target}. Refresh and look again.</source>
        <extracomment>States a payment can end in without anyone having to look at it again. What the terminal can say about a request. What recovery must settle: sent or maybe sent without an answer, or paid and not handed over.</extracomment>
        <translation>Deze betaling is al {state}; ze kan niet {target} worden. Vernieuw en kijk opnieuw.</translation>
    </message>
    <message>
        <source>There is no payment with this reference.</source>
        <translation>Er is geen betaling met dit kenmerk.</translation>
    </message>
    <message>
        <source>A refund cannot be more than what is left of the payment: {left}.</source>
        <translation>Een terugbetaling kan niet meer zijn dan wat er van de betaling over is: {left}.</translation>
    </message>
    <message>
        <source>An amount must be a whole number of cents above zero.</source>
        <translation>Een bedrag moet een heel aantal centen boven nul zijn.</translation>
    </message>
    <message>
        <source>A currency is three capital letters, such as EUR.</source>
        <translation>Een valuta is drie hoofdletters, zoals EUR.</translation>
    </message>
    <message>
        <source>No printer is set up for this workstation. The document has been kept: save it as PDF, or ask the application administrator to set up a printer.</source>
        <translation>Voor deze werkplek is geen printer ingesteld. Het document is bewaard: sla het op als PDF, of vraag de applicatiebeheerder een printer in te stellen.</translation>
    </message>
    <message>
        <source>The printer has not confirmed that the document came out. It has been kept: print it again if it did not come out, discard it if it did.</source>
        <translation>De printer heeft niet bevestigd dat het document is afgedrukt. Het is bewaard: druk het opnieuw af als het er niet uit kwam, gooi het weg als het wel is afgedrukt.</translation>
    </message>
    <message>
        <source>A device reported a problem. Ask a colleague for help.</source>
        <translation>Een apparaat meldt een probleem. Vraag een collega om hulp.</translation>
    </message>
    <message>
        <source>Kiosk {kiosk} has not reported to the host view; it cannot be reached.</source>
        <extracomment>A kiosk beats every 5 s; three missed beats and the host view calls it offline. A visitor's waiting time is clamped, not refused: a help request must not fail on a counter. The kiosk's languages and their ISO 639-2/B code on the Klantcontact. The contact's onderwerp per task: Dutch domain texts (data, not screen text). How the session ended, in the contact's inhoud (Dutch, for the staff reading a history).</extracomment>
        <translation>Zuil {kiosk} heeft zich niet gemeld bij het gastheerscherm; de zuil is niet bereikbaar.</translation>
    </message>
    <message>
        <source>This help request does not exist (any more).</source>
        <translation>Deze hulpvraag bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This help request has already been resolved.</source>
        <translation>Deze hulpvraag is al afgehandeld.</translation>
    </message>
    <message>
        <source>The identified person is not in the registry; nothing was saved.</source>
        <extracomment>Also the Klantcontact's UUID: a staff visit registered earlier under it is reused. The step code the visitor reached (``self.paying``, ``bsn``, ...). "nl" or "en". The identified document holder (self-service). The visitor's answer to the KTO question on the last screen (1-5), if tapped. False when the contact already existed: a resend, or the staff visit registered earlier. A host asked to end the current session; returned to one heartbeat only. Display name of the host who acknowledged the kiosk's open help request. Seen within the service's ``online_window``. How long the visitor had been busy at the kiosk when asking. Display name of the host who acknowledged it. A kiosk not seen for longer is shown offline (3 x the heartbeat interval).</extracomment>
        <translation>De geïdentificeerde persoon staat niet in het register; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The note is longer than {n} characters.</source>
        <translation>De notitie is langer dan {n} tekens.</translation>
    </message>
    <message>
        <source>A kiosk id has 1 to {limit} characters.</source>
        <translation>Een zuilnummer heeft 1 tot {limit} tekens.</translation>
    </message>
    <message>
        <source>A step code is a lower-case word such as attract or self.paying.</source>
        <translation>Een stapcode is een woord in kleine letters, zoals attract of self.paying.</translation>
    </message>
    <message>
        <source>The kiosk language is nl or en.</source>
        <translation>De taal van de zuil is nl of en.</translation>
    </message>
    <message>
        <source>The session times are not possible: it ends before it starts or later than now.</source>
        <translation>De tijden van de sessie kloppen niet: het einde ligt vóór het begin of na nu.</translation>
    </message>
    <message>
        <source>A self-service session names its product.</source>
        <translation>Bij een selfservicesessie hoort een product.</translation>
    </message>
    <message>
        <source>A ticket code has at most {n} characters.</source>
        <translation>Een wachtnummer heeft hoogstens {n} tekens.</translation>
    </message>
    <message>
        <source>This document has expired. Use a valid passport or identity card, or ask a host for help.</source>
        <extracomment>The audit purpose of the kiosk's BRP reads (doelbinding): the holder's own data only. What this service can hand out at a kiosk; a catalogue entry for anything else is ignored.</extracomment>
        <translation>Dit document is verlopen. Gebruik een geldig paspoort of een geldige ID-kaart, of vraag een gastvrouw of gastheer om hulp.</translation>
    </message>
    <message>
        <source>Your details could not be found in the BRP. Please ask a host for help.</source>
        <translation>Uw gegevens zijn niet gevonden in de BRP. Vraag een gastvrouw of gastheer om hulp.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>The protocol's subject type of a row about a person (``app.services.persons`` and the services that read or register a person's contacts, tasks and appointments). What a search that found nobody records as its subject: no person, still a lookup. How long a report may span: a year of lookups is what an inspection asks for. The username or kiosk id; empty for the operators' own scripts (no actor). The actor's roles now, comma-separated (``kiosk`` for a kiosk). Empty for a search that found nobody. All matching rows; more than ``len(rows)`` when the limit cut the list.
----------
The share of contacts the KCC answers itself, without a hand-off (the seeds' 80% target). Wait in the queue a visitor should not exceed, per queue code; other queues: the default. Contacts a drill-down lists at most; the total says how many there are.</extracomment>
        <translation>De periode eindigt voordat hij begint.</translation>
    </message>
    <message>
        <source>A period of at most {days} days, please.</source>
        <translation>Kies een periode van hoogstens {days} dagen.</translation>
    </message>
    <message>
        <source>There is no user or kiosk {actor}.</source>
        <translation>Er is geen gebruiker of zuil {actor}.</translation>
    </message>
    <message>
        <source>A score can only be given right after a visit at the desk.</source>
        <extracomment>How long after a contact the visitor can still give a score: the question follows the visit; an old contact rated much later is not the visitor's answer. Channels where the visitor stands at the screen that asks.</extracomment>
        <translation>Een cijfer kan alleen direct na een bezoek aan de balie worden gegeven.</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5.</source>
        <translation>Een cijfer is een heel getal van 1 tot en met 5.</translation>
    </message>
    <message>
        <source>Paying is not possible right now. Nothing was charged. Please try again later.</source>
        <extracomment>Nothing was charged for these: the terminal said no, gave up, or never got the request.</extracomment>
        <translation>Betalen kan nu niet. Er is niets afgeschreven. Probeer het later opnieuw.</translation>
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
    <name>help_reason</name>
    <message>
        <source>Visitor asks for help</source>
        <extracomment>Steps where nobody is using the kiosk: no session age, and ending a session has no point.</extracomment>
        <translation>Bezoeker vraagt om hulp</translation>
    </message>
    <message>
        <source>Paid document not printed</source>
        <translation>Betaald document niet geprint</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>Probleem met betaling</translation>
    </message>
    <message>
        <source>Device failed during a visit</source>
        <translation>Apparaat viel uit tijdens bezoek</translation>
    </message>
</context>
<context>
    <name>host_step</name>
    <message>
        <source>Starting up</source>
        <translation>Start op</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>Start screen, free</source>
        <translation>Startscherm, vrij</translation>
    </message>
    <message>
        <source>Choosing a language</source>
        <translation>Kiest een taal</translation>
    </message>
    <message>
        <source>Choosing what to do</source>
        <translation>Kiest wat hij of zij komt doen</translation>
    </message>
    <message>
        <source>Registering the visit</source>
        <translation>Bezoek wordt geregistreerd</translation>
    </message>
    <message>
        <source>Thank-you screen</source>
        <translation>Bedankscherm</translation>
    </message>
    <message>
        <source>Error screen</source>
        <translation>Foutscherm</translation>
    </message>
    <message>
        <source>Choosing a queue</source>
        <translation>Kiest een wachtrij</translation>
    </message>
    <message>
        <source>Taking a ticket</source>
        <translation>Neemt een wachtnummer</translation>
    </message>
    <message>
        <source>Ticket shown</source>
        <translation>Wachtnummer getoond</translation>
    </message>
    <message>
        <source>Checking in for an appointment</source>
        <translation>Meldt zich voor een afspraak</translation>
    </message>
    <message>
        <source>Typing the BSN</source>
        <translation>Typt het BSN</translation>
    </message>
    <message>
        <source>Typing the date of birth</source>
        <translation>Typt de geboortedatum</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Wordt aangemeld</translation>
    </message>
    <message>
        <source>Check-in refused</source>
        <translation>Aanmelden geweigerd</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Zelfservice</translation>
    </message>
    <message>
        <source>Self-service: scanning the ID document</source>
        <translation>Zelfservice: scant het identiteitsbewijs</translation>
    </message>
    <message>
        <source>Self-service: reading the chip</source>
        <translation>Zelfservice: chip wordt gelezen</translation>
    </message>
    <message>
        <source>Self-service: confirming</source>
        <translation>Zelfservice: bevestigt</translation>
    </message>
    <message>
        <source>Self-service: paying by card</source>
        <translation>Zelfservice: betaalt met pin</translation>
    </message>
    <message>
        <source>Self-service: printing</source>
        <translation>Zelfservice: wordt geprint</translation>
    </message>
    <message>
        <source>Self-service: done</source>
        <translation>Zelfservice: klaar</translation>
    </message>
    <message>
        <source>Self-service: problem</source>
        <translation>Zelfservice: probleem</translation>
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
    <name>mi</name>
    <message>
        <source>Done on time</source>
        <translation>Op tijd afgehandeld</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Te laat afgehandeld</translation>
    </message>
    <message>
        <source>Open, in time</source>
        <translation>Open, binnen termijn</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Open, termijn verlopen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Verlopen (geen reactie)</translation>
    </message>
    <message>
        <source>Cancelled by host</source>
        <translation>Gestopt door gastvrouw/-heer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Mediane wachttijd (min)</translation>
    </message>
    <message>
        <source>90% waited at most (min)</source>
        <translation>90% wachtte hooguit (min)</translation>
    </message>
    <message>
        <source>wk {week}</source>
        <translation>wk {week}</translation>
    </message>
</context>
<context>
    <name>mi_step</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Bedankt</translation>
    </message>
    <message>
        <source>Error screen</source>
        <translation>Foutscherm</translation>
    </message>
    <message>
        <source>Queue choice</source>
        <translation>Keuze wachtrij</translation>
    </message>
    <message>
        <source>Taking ticket</source>
        <translation>Nummer trekken</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Volgnummer</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Bezig met aanmelden</translation>
    </message>
    <message>
        <source>Check-in refused</source>
        <translation>Aanmelden geweigerd</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Zelfservice</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Identiteitsbewijs</translation>
    </message>
    <message>
        <source>Reading chip</source>
        <translation>Chip lezen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betalen</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Self-service done</source>
        <translation>Zelfservice klaar</translation>
    </message>
    <message>
        <source>Self-service problem</source>
        <translation>Zelfservice probleem</translation>
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
    <name>payment_kind</name>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Terugboeking</translation>
    </message>
</context>
<context>
    <name>payment_state</name>
    <message>
        <source>Not yet sent</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <source>Waiting for the terminal</source>
        <translation>Wacht op de betaalautomaat</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Uitkomst onbekend</translation>
    </message>
    <message>
        <source>Paid and handed over</source>
        <translation>Betaald en geleverd</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Teruggeboekt</translation>
    </message>
    <message>
        <source>Outcome unknown: check the terminal</source>
        <extracomment>Why a row is amber, in a few words; shown on the row and under the list.</extracomment>
        <translation>Uitkomst onbekend: controleer de betaalautomaat</translation>
    </message>
    <message>
        <source>Paid but not handed over: deliver or reverse</source>
        <translation>Betaald maar niet geleverd: leveren of terugboeken</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>A refund that is on its way or done counts against what is left; a refused one does not.</extracomment>
        <translation>Terugbetaald</translation>
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
        <extracomment>See a BSN unmasked: staff who identify residents and register their contacts need it; supervisors and administrators look at tasks and figures and see it masked. Staff-only knowledge articles and products not offered at the kiosk. Take a queue ticket, check in for an appointment: what a kiosk does for a visitor. Open a desk and call, recall, transfer, park and end visits. Book, reschedule and cancel appointments for a resident. Report the state of this station's printer, card reader or payment terminal. See every station's devices and their alerts (the host view, the MI). Take a card payment for a fee and follow it to the end (kiosk, counter). Pay money back to a card: a teamleider's decision, never a kiosk's. Read a visitor's passport or identity card (MRZ, chip) to know who is at the desk. A kiosk's own bookkeeping: its state and step for the host view, help requests, and each visitor session as a contact. Issue a document (uittreksel BRP) to the holder of a chip-verified identity document, for that holder only: the kiosk's self-service, which reads no other person. The host view: see the kiosks, answer help requests, end a kiosk session remotely. Read the protocol of person lookups (who looked up whom, with full BSNs): the beheerder answers residents' and inspectors' questions; nobody else needs it. Anonymise contacts past their retention period and delete expired audit rows.</extracomment>
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
    <message>
        <source>Host</source>
        <translation>Gastvrouw/-heer</translation>
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
<context>
    <name>ticket_status</name>
    <message>
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>aan de balie</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>geparkeerd</translation>
    </message>
    <message>
        <source>served</source>
        <translation>geholpen</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>niet verschenen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
</TS>
