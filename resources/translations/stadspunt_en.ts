<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ChoiceScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>I want to talk to a staff member</source>
        <translation>I want to talk to a staff member</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Selected contact</source>
        <translation>Selected contact</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>{unit}: {action} – deadline {deadline}{state}</source>
        <translation>{unit}: {action} – deadline {deadline}{state}</translation>
    </message>
    <message>
        <source>{unit}: {action} – completed {when}</source>
        <translation>{unit}: {action} – completed {when}</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Register contact</source>
        <extracomment>Channels a medewerker registers; kiosk visits are registered by the kiosk itself.</extracomment>
        <translation>Register contact</translation>
    </message>
    <message>
        <source>What was the question about? (required)</source>
        <translation>What was the question about? (required)</translation>
    </message>
    <message>
        <source>What was asked and answered</source>
        <translation>What was asked and answered</translation>
    </message>
    <message>
        <source>&amp;Answered first-line</source>
        <translation>&amp;Answered first-line</translation>
    </message>
    <message>
        <source>&amp;Not resolved</source>
        <translation>&amp;Not resolved</translation>
    </message>
    <message>
        <source>&amp;Hand off to back office</source>
        <translation>&amp;Hand off to back office</translation>
    </message>
    <message>
        <source>What must the back office do?</source>
        <translation>What must the back office do?</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>Register the contact (Ctrl+Enter)</source>
        <translation>Register the contact (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Requested action</source>
        <translation>&amp;Requested action</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(no product)</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(choose a unit)</translation>
    </message>
    <message>
        <source>Products and units could not be loaded: {reason}</source>
        <translation>Products and units could not be loaded: {reason}</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <source>Contact registered and handed off to {unit}. Deadline: {deadline}.</source>
        <translation>Contact registered and handed off to {unit}. Deadline: {deadline}.</translation>
    </message>
    <message>
        <source>Contact registered.</source>
        <translation>Contact registered.</translation>
    </message>
</context>
<context>
    <name>CounterStartup</name>
    <message>
        <source>The database is not up to date with this version of StadsPunt.

Ask the application administrator to run:
    stadspunt db upgrade</source>
        <translation>The database is not up to date with this version of StadsPunt.

Ask the application administrator to run:
    stadspunt db upgrade</translation>
    </message>
    <message>
        <source>StadsPunt cannot start</source>
        <translation>StadsPunt cannot start</translation>
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
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Back-office task</source>
        <translation>Back-office task</translation>
    </message>
    <message>
        <source>{unit}: deadline {deadline} ({state})</source>
        <translation>{unit}: deadline {deadline} ({state})</translation>
    </message>
    <message>
        <source>{unit}: completed {when}</source>
        <translation>{unit}: completed {when}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>StadsPunt – log in</source>
        <translation>StadsPunt – log in</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fill in your username and password.</source>
        <translation>Fill in your username and password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>Connecting to the database…</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>One moment, please</source>
        <translation>One moment, please</translation>
    </message>
    <message>
        <source>The kiosk is starting.</source>
        <translation>The kiosk is starting.</translation>
    </message>
    <message>
        <source>We are registering your visit.</source>
        <translation>We are registering your visit.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Your visit has been registered. Please take a seat: a host will help you soon.</source>
        <translation>Your visit has been registered. Please take a seat: a host will help you soon.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Sorry, that did not work</source>
        <translation>Sorry, that did not work</translation>
    </message>
    <message>
        <source>Your visit could not be registered. Try again, or ask a host in the hall for help.</source>
        <translation>Your visit could not be registered. Try again, or ask a host in the hall for help.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Out of order</translation>
    </message>
    <message>
        <source>This kiosk cannot be used at the moment. Please ask a host in the hall; they are happy to help you.</source>
        <translation>This kiosk cannot be used at the moment. Please ask a host in the hall; they are happy to help you.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Ask a host in the hall: they are happy to help you. You can also go to the information desk.</source>
        <translation>Ask a host in the hall: they are happy to help you. You can also go to the information desk.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
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
        <translation>9 digits</translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Show this person&apos;s contact history (Enter)</source>
        <translation>Show this person&apos;s contact history (Enter)</translation>
    </message>
    <message>
        <source>No person selected. Type a BSN and press Enter.</source>
        <translation>No person selected. Type a BSN and press Enter.</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <source>Press Enter to show the history of this BSN.</source>
        <translation>Press Enter to show the history of this BSN.</translation>
    </message>
    <message>
        <source>Type the BSN of the person at the counter.</source>
        <translation>Type the BSN of the person at the counter.</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>Loading history…</translation>
    </message>
    <message numerus="yes">
        <source>History of BSN {bsn}: %n contact(s)</source>
        <translation>
            <numerusform>History of BSN {bsn}: %n contact</numerusform>
            <numerusform>History of BSN {bsn}: %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>BSN {bsn}: no contacts registered yet.</source>
        <translation>BSN {bsn}: no contacts registered yet.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Kiosk {kiosk} is not registered. A beheerder must add it first.</source>
        <translation>Kiosk {kiosk} is not registered. A beheerder must add it first.</translation>
    </message>
    <message>
        <source>A username uses letters, digits, &apos;.&apos; and &apos;-&apos; only.</source>
        <translation>A username uses letters, digits, &apos;.&apos; and &apos;-&apos; only.</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Give the account at least one role.</translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation>The username {username} is already taken.</translation>
    </message>
    <message>
        <source>This contact does not exist (any more).</source>
        <translation>This contact does not exist (any more).</translation>
    </message>
    <message>
        <source>State why you look up this person (purpose).</source>
        <translation>State why you look up this person (purpose).</translation>
    </message>
    <message>
        <source>This task does not exist (any more).</source>
        <translation>This task does not exist (any more).</translation>
    </message>
    <message>
        <source>This task belongs to another unit ({unit}); only that unit or a teamleider can complete it.</source>
        <translation>This task belongs to another unit ({unit}); only that unit or a teamleider can complete it.</translation>
    </message>
    <message>
        <source>This task was already completed on {when}.</source>
        <translation>This task was already completed on {when}.</translation>
    </message>
    <message>
        <source>Fill in the subject (onderwerp) of the contact.</source>
        <translation>Fill in the subject (onderwerp) of the contact.</translation>
    </message>
    <message>
        <source>The subject is longer than {n} characters.</source>
        <translation>The subject is longer than {n} characters.</translation>
    </message>
    <message>
        <source>The content is longer than {n} characters.</source>
        <translation>The content is longer than {n} characters.</translation>
    </message>
    <message>
        <source>Language must be an ISO 639-2 code such as nld or eng.</source>
        <translation>Language must be an ISO 639-2 code such as nld or eng.</translation>
    </message>
    <message>
        <source>The duration must be between 0 seconds and one day.</source>
        <translation>The duration must be between 0 seconds and one day.</translation>
    </message>
    <message>
        <source>The contact cannot take place in the future.</source>
        <translation>The contact cannot take place in the future.</translation>
    </message>
    <message>
        <source>Describe what the back office must do.</source>
        <translation>Describe what the back office must do.</translation>
    </message>
    <message>
        <source>A different contact was already registered under this number; nothing was saved.</source>
        <translation>A different contact was already registered under this number; nothing was saved.</translation>
    </message>
    <message>
        <source>Choose the back-office unit to hand this contact to.</source>
        <translation>Choose the back-office unit to hand this contact to.</translation>
    </message>
    <message>
        <source>The request could not be handled.</source>
        <translation>The request could not be handled.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>The input is not valid.</translation>
    </message>
    <message>
        <source>This is not a valid BSN: a BSN has 9 digits and passes the elfproef. Check the number.</source>
        <translation>This is not a valid BSN: a BSN has 9 digits and passes the elfproef. Check the number.</translation>
    </message>
    <message>
        <source>This was not found; it may have been removed.</source>
        <translation>This was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>Product {code} does not exist or is no longer offered. Choose another product.</source>
        <translation>Product {code} does not exist or is no longer offered. Choose another product.</translation>
    </message>
    <message>
        <source>There is no back-office unit with code {code}.</source>
        <translation>There is no back-office unit with code {code}.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a teamleider or beheerder.</source>
        <translation>Your role does not allow this. Ask a teamleider or beheerder.</translation>
    </message>
    <message>
        <source>This conflicts with data that is already registered.</source>
        <translation>This conflicts with data that is already registered.</translation>
    </message>
    <message>
        <source>Username or password is incorrect.</source>
        <translation>Username or password is incorrect.</translation>
    </message>
    <message>
        <source>This account is locked for {minutes} minutes after too many failed logins.</source>
        <translation>This account is locked for {minutes} minutes after too many failed logins.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was saved; your input is kept. Try again.</source>
        <translation>The database cannot be reached. Nothing was saved; your input is kept. Try again.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved; your input is kept. Try again, and tell the application administrator if it happens again.</source>
        <translation>Something went wrong. Nothing was saved; your input is kept. Try again, and tell the application administrator if it happens again.</translation>
    </message>
</context>
<context>
    <name>kanaal</name>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
</context>
<context>
    <name>norm_state</name>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
</context>
<context>
    <name>resolution</name>
    <message>
        <source>Answered first-line</source>
        <translation>Answered first-line</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Handed off</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
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
        <translation>Kiosk</translation>
    </message>
</context>
</TS>
