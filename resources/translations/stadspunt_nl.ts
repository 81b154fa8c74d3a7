<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
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
        <extracomment>Channels a medewerker registers; kiosk visits are registered by the kiosk itself.</extracomment>
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
        <source>{user} ({roles})</source>
        <translation>{user} ({roles})</translation>
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
    <name>PersonPanel</name>
    <message>
        <source>BSN</source>
        <extracomment>The purpose recorded in the audit trail (protocollering) for every counter lookup.</extracomment>
        <translation>BSN</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Show this person&apos;s contact history (Enter)</source>
        <translation>Contacthistorie van deze persoon tonen (Enter)</translation>
    </message>
    <message>
        <source>No person selected. Type a BSN and press Enter.</source>
        <translation>Geen persoon gekozen. Typ een BSN en druk op Enter.</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Contacthistorie</translation>
    </message>
    <message>
        <source>Press Enter to show the history of this BSN.</source>
        <translation>Druk op Enter om de historie van dit BSN te tonen.</translation>
    </message>
    <message>
        <source>Type the BSN of the person at the counter.</source>
        <translation>Typ het BSN van de persoon aan de balie.</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Historie laden…</translation>
    </message>
    <message numerus="yes">
        <source>History of BSN {bsn}: %n contact(s)</source>
        <translation>
            <numerusform>Historie van BSN {bsn}: %n contact</numerusform>
            <numerusform>Historie van BSN {bsn}: %n contacten</numerusform>
        </translation>
    </message>
    <message>
        <source>BSN {bsn}: no contacts registered yet.</source>
        <translation>BSN {bsn}: nog geen contacten geregistreerd.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Kiosk {kiosk} is not registered. A beheerder must add it first.</source>
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
</TS>
