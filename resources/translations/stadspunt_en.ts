<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AgendaDayModel</name>
    <message>
        <source>Time</source>
        <extracomment>Places that can still be booked now (0 for a time that has passed).</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message>
        <source>{taken} of {capacity}</source>
        <translation>{taken} of {capacity}</translation>
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
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the day again (F5)</source>
        <translation>Read the day again (F5)</translation>
    </message>
    <message>
        <source>&amp;Book this time…</source>
        <translation>&amp;Book this time…</translation>
    </message>
    <message>
        <source>Book the selected free time without a person (Enter or double-click)</source>
        <translation>Book the selected free time without a person (Enter or double-click)</translation>
    </message>
    <message>
        <source>Times of the day</source>
        <translation>Times of the day</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>There are no agendas.</source>
        <translation>There are no agendas.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n appointment(s), </source>
        <translation>
            <numerusform>{day}: %n appointment, </numerusform>
            <numerusform>{day}: %n appointments, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n place free</numerusform>
            <numerusform>%n places free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: no appointments; closed or all times have passed.</source>
        <translation>{day}: no appointments; closed or all times have passed.</translation>
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
        <translation>Make an appointment</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Move appointment</translation>
    </message>
    <message>
        <source>Appointment confirmation</source>
        <translation>Appointment confirmation</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Book the selected time (Enter)</source>
        <translation>Book the selected time (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;First free day</source>
        <translation>&amp;First free day</translation>
    </message>
    <message>
        <source>Go to the first day with a free time from today</source>
        <translation>Go to the first day with a free time from today</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Free times</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>for the confirmation (optional)</source>
        <translation>for the confirmation (optional)</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>For example: passport and ID card, 2 people</source>
        <translation>For example: passport and ID card, 2 people</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Tele&amp;phone</source>
        <translation>Tele&amp;phone</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplanation</translation>
    </message>
    <message>
        <source>Moving keeps the QR code: the confirmation already sent stays valid.</source>
        <translation>Moving keeps the QR code: the confirmation already sent stays valid.</translation>
    </message>
    <message>
        <source>Now: {when} · {agenda}</source>
        <translation>Now: {when} · {agenda}</translation>
    </message>
    <message>
        <source>Without a BSN the visitor checks in with the QR code on the confirmation.</source>
        <translation>Without a BSN the visitor checks in with the QR code on the confirmation.</translation>
    </message>
    <message>
        <source>, born {date}</source>
        <translation>, born {date}</translation>
    </message>
    <message>
        <source>Link to BSN {bsn}{born}</source>
        <translation>Link to BSN {bsn}{born}</translation>
    </message>
    <message>
        <source>Shown in the person's 360 view. At the kiosk the visitor checks in with the QR code, or with BSN and date of birth.</source>
        <translation>Shown in the person's 360 view. At the kiosk the visitor checks in with the QR code, or with BSN and date of birth.</translation>
    </message>
    <message>
        <source>Shown in the person's 360 view. The birth date is unknown: the visitor checks in with the QR code.</source>
        <translation>Shown in the person's 360 view. The birth date is unknown: the visitor checks in with the QR code.</translation>
    </message>
    <message>
        <source>Reading the agendas…</source>
        <translation>Reading the agendas…</translation>
    </message>
    <message>
        <source>There are no agendas to book in.</source>
        <translation>There are no agendas to book in.</translation>
    </message>
    <message>
        <source>Looking for the first free day…</source>
        <translation>Looking for the first free day…</translation>
    </message>
    <message numerus="yes">
        <source>No free times in the next %n days in this agenda.</source>
        <translation>
            <numerusform>No free times in the next %n day in this agenda.</numerusform>
            <numerusform>No free times in the next %n days in this agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments on this day: closed, a holiday, or all times have passed. Use ▶ or First free day.</source>
        <translation>No appointments on this day: closed, a holiday, or all times have passed. Use ▶ or First free day.</translation>
    </message>
    <message>
        <source>Every time on this day is taken.</source>
        <translation>Every time on this day is taken.</translation>
    </message>
    <message>
        <source>{time}  current</source>
        <translation>{time}  current</translation>
    </message>
    <message>
        <source>{time}  full</source>
        <translation>{time}  full</translation>
    </message>
    <message numerus="yes">
        <source>{time}  (%n free)</source>
        <translation>
            <numerusform>{time}  (%n free)</numerusform>
            <numerusform>{time}  (%n free)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a free time first.</source>
        <translation>Choose a free time first.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Moving…</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Booking…</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>Appointment moved</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
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
        <translation>Ticket</translation>
    </message>
    <message>
        <source>{status}, passed</source>
        <translation>{status}, passed</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Type a question or a few words above (Ctrl+K). Open an article to see what to say, what it costs and what to bring.</source>
        <translation>Type a question or a few words above (Ctrl+K). Open an article to see what to say, what it costs and what to bring.</translation>
    </message>
    <message>
        <source>Short answer: what to say</source>
        <translation>Short answer: what to say</translation>
    </message>
    <message>
        <source>Use in contact &amp;form</source>
        <translation>Use in contact &amp;form</translation>
    </message>
    <message>
        <source>Fill in product and subject in the contact form; you still register</source>
        <translation>Fill in product and subject in the contact form; you still register</translation>
    </message>
    <message>
        <source>Costs and what to bring</source>
        <translation>Costs and what to bring</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Full text</translation>
    </message>
    <message>
        <source>For staff only</source>
        <translation>For staff only</translation>
    </message>
    <message>
        <source>Also shown at the kiosk</source>
        <translation>Also shown at the kiosk</translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation>checked {date}</translation>
    </message>
</context>
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
    <message>
        <source>Have an appointment? Hold your QR code under the scanner to check in.</source>
        <translation>Have an appointment? Hold your QR code under the scanner to check in.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Filter products by name</source>
        <translation>Filter products by name</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or revert the changes to {name} first.</source>
        <translation>Save or revert the changes to {name} first.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>No data in this period</source>
        <extracomment>Series colours: distinct, dark enough for white labels, and in the stacked charts the "good" state first in green and the bad ones in amber and red. More categories than this along a horizontal axis: the labels are turned sideways. Height of the chart area, and per category of a horizontal chart: QtCharts shows "..." for every label once a category row is lower than the label's line. A year in weeks: the labels get smaller, or QtCharts elides each one to "...".</extracomment>
        <translation>No data in this period</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <extracomment>A made-up pattern (not a readable code) between the three finder squares of the picture.</extracomment>
        <translation>Check in for your appointment</translation>
    </message>
    <message>
        <source>Hold the QR code from your appointment confirmation in front of the camera or under the scanner.</source>
        <translation>Hold the QR code from your appointment confirmation in front of the camera or under the scanner.</translation>
    </message>
    <message>
        <source>Hold the QR code from your appointment confirmation under the scanner.</source>
        <translation>Hold the QR code from your appointment confirmation under the scanner.</translation>
    </message>
    <message>
        <source>On paper or on your phone: both work.</source>
        <translation>On paper or on your phone: both work.</translation>
    </message>
    <message>
        <source>No QR code? Use your BSN and date of birth</source>
        <translation>No QR code? Use your BSN and date of birth</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ChoiceScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>Check in for an appointment</translation>
    </message>
    <message>
        <source>I want to talk to a staff member</source>
        <translation>I want to talk to a staff member</translation>
    </message>
    <message>
        <source>{product}
{fee}, pay by card</source>
        <translation>{product}
{fee}, pay by card</translation>
    </message>
    <message>
        <source>Your number appears on the screen; the printer is out of order.</source>
        <translation>Your number appears on the screen; the printer is out of order.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete task</source>
        <translation>Complete task</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Requested action</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>&amp;Note: what was done (required)</source>
        <translation>&amp;Note: what was done (required)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>For example: new passport applied for, resident informed</source>
        <translation>For example: new passport applied for, resident informed</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <source>Complete the task (Ctrl+Enter)</source>
        <translation>Complete the task (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write down what was done: a task is completed with a note.</source>
        <translation>Write down what was done: a task is completed with a note.</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Completing…</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <source>{product} for {name}</source>
        <extracomment>Landscape puts the purposes beside language, fee and the buttons.</extracomment>
        <translation>{product} for {name}</translation>
    </message>
    <message>
        <source>Check that this is you, and tell us what you need it for.</source>
        <translation>Check that this is you, and tell us what you need it for.</translation>
    </message>
    <message>
        <source>What do you need it for?</source>
        <translation>What do you need it for?</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Cost: {amount}</source>
        <translation>Cost: {amount}</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>Notary</translation>
    </message>
    <message>
        <source>Authority abroad</source>
        <translation>Authority abroad</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Pay {amount}</translation>
    </message>
</context>
<context>
    <name>ConfirmationPane</name>
    <message>
        <source>Check-in code for the kiosk</source>
        <translation>Check-in code for the kiosk</translation>
    </message>
    <message>
        <source>Language of the confirmation</source>
        <translation>Language of the confirmation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Co&amp;py text</source>
        <translation>Co&amp;py text</translation>
    </message>
    <message>
        <source>Copy the mail text, to paste into an e-mail</source>
        <translation>Copy the mail text, to paste into an e-mail</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Save the confirmation with the QR code as a PDF</source>
        <translation>Save the confirmation with the QR code as a PDF</translation>
    </message>
    <message>
        <source>Subject of the e-mail</source>
        <translation>Subject of the e-mail</translation>
    </message>
    <message>
        <source>Confirmation text</source>
        <translation>Confirmation text</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>S&amp;ubject</translation>
    </message>
    <message>
        <source>{when} · {agenda} · {name}</source>
        <translation>{when} · {agenda} · {name}</translation>
    </message>
    <message>
        <source>Preparing the confirmation…</source>
        <translation>Preparing the confirmation…</translation>
    </message>
    <message>
        <source>Text copied: paste it into the e-mail (Ctrl+V).</source>
        <translation>Text copied: paste it into the e-mail (Ctrl+V).</translation>
    </message>
    <message>
        <source>appointment-{stamp}.pdf</source>
        <translation>appointment-{stamp}.pdf</translation>
    </message>
    <message>
        <source>Save confirmation</source>
        <translation>Save confirmation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: {reason}</source>
        <translation>The PDF could not be saved as {path}: {reason}</translation>
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
        <extracomment>Channels a medewerker registers; kiosk visits are registered by the kiosk itself. What the form loads in the background: products, units and this year's fees per product.</extracomment>
        <translation>Register contact</translation>
    </message>
    <message>
        <source>What was the question about? (required)</source>
        <extracomment>The visitor's satisfaction question while it is open (``[counter] kto``).</extracomment>
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
        <source>Part of the visit of ticket {code}</source>
        <translation>Part of the visit of ticket {code}</translation>
    </message>
    <message>
        <source>No person open: the contact is registered anonymously.</source>
        <translation>No person open: the contact is registered anonymously.</translation>
    </message>
    <message>
        <source>For: {person}</source>
        <translation>For: {person}</translation>
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
    <message>
        <source>Assess the request and reply to the resident</source>
        <translation>Assess the request and reply to the resident</translation>
    </message>
    <message>
        <source>Filled in from the knowledge base. Check it and register (Ctrl+Enter).</source>
        <translation>Filled in from the knowledge base. Check it and register (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>ContactHistory</name>
    <message>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
</context>
<context>
    <name>ContactRowModel</name>
    <message>
        <source>confidential</source>
        <translation>confidential</translation>
    </message>
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
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
</context>
<context>
    <name>CounterPrinting</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
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
        <translation>Person and contact  (Ctrl+1)</translation>
    </message>
    <message>
        <source>Back-office tasks  (Ctrl+2)</source>
        <translation>Back-office tasks  (Ctrl+2)</translation>
    </message>
    <message>
        <source>Look up a person and register the contact</source>
        <translation>Look up a person and register the contact</translation>
    </message>
    <message>
        <source>Open hand-offs of a unit, to complete</source>
        <translation>Open hand-offs of a unit, to complete</translation>
    </message>
    <message>
        <source>Product catalogue  (Ctrl+3)</source>
        <translation>Product catalogue  (Ctrl+3)</translation>
    </message>
    <message>
        <source>Fees, what to bring, service norms and the kiosk, per product</source>
        <translation>Fees, what to bring, service norms and the kiosk, per product</translation>
    </message>
    <message>
        <source>Payments  (Ctrl+5)</source>
        <translation>Payments  (Ctrl+5)</translation>
    </message>
    <message>
        <source>Card payments and refunds, and those that still need someone</source>
        <translation>Card payments and refunds, and those that still need someone</translation>
    </message>
    <message>
        <source>Management information  (Ctrl+6)</source>
        <translation>Management information  (Ctrl+6)</translation>
    </message>
    <message>
        <source>First-line share, channels, service norms, waiting, kiosk and KTO; exports</source>
        <translation>First-line share, channels, service norms, waiting, kiosk and KTO; exports</translation>
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
        <translation>One agenda's day: who is coming, and free times to book</translation>
    </message>
    <message>
        <source>Check uittreksel</source>
        <translation>Check uittreksel</translation>
    </message>
    <message>
        <source>Scan the QR code of a paper uittreksel BRP (Ctrl+Shift+U)</source>
        <translation>Scan the QR code of a paper uittreksel BRP (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Open a person first to issue an uittreksel BRP.</source>
        <translation>Open a person first to issue an uittreksel BRP.</translation>
    </message>
    <message>
        <source>Visit {code} ended.</source>
        <translation>Visit {code} ended.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>CSV file (*.csv)</source>
        <extracomment>Wait this long after the last filter change before asking the database. Bring the figures up to date this often while the dashboard is shown. (parent, format, suggested file name) -&gt; the chosen path, or None when cancelled.</extracomment>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>Save figures</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Read the figures again (F5)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file</source>
        <translation>Save the figures as a CSV file</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Save the figures as an Excel workbook</source>
        <translation>Save the figures as an Excel workbook</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Save a PDF report with the charts</source>
        <translation>Save a PDF report with the charts</translation>
    </message>
    <message>
        <source>Contacts per channel</source>
        <translation>Contacts per channel</translation>
    </message>
    <message>
        <source>Answered first-line (target 80%)</source>
        <translation>Answered first-line (target 80%)</translation>
    </message>
    <message>
        <source>Hand-offs per back office: service norm</source>
        <translation>Hand-offs per back office: service norm</translation>
    </message>
    <message>
        <source>Waiting time per queue</source>
        <translation>Waiting time per queue</translation>
    </message>
    <message>
        <source>Kiosk sessions: where they ended</source>
        <translation>Kiosk sessions: where they ended</translation>
    </message>
    <message>
        <source>Satisfaction (KTO), answers per score</source>
        <translation>Satisfaction (KTO), answers per score</translation>
    </message>
    <message>
        <source>Answered first-line</source>
        <translation>Answered first-line</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Served within the wait norm</source>
        <translation>Served within the wait norm</translation>
    </message>
    <message>
        <source>Hand-offs overdue</source>
        <translation>Hand-offs overdue</translation>
    </message>
    <message>
        <source>Kiosk sessions completed</source>
        <translation>Kiosk sessions completed</translation>
    </message>
    <message>
        <source>Appointments no-show</source>
        <translation>Appointments no-show</translation>
    </message>
    <message>
        <source>Satisfaction (KTO)</source>
        <translation>Satisfaction (KTO)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The figures are being prepared…</source>
        <translation>The figures are being prepared…</translation>
    </message>
    <message>
        <source>Figures from {start} to {end}, updated {moment}</source>
        <translation>Figures from {start} to {end}, updated {moment}</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>target {target}</translation>
    </message>
    <message>
        <source>target {target} met</source>
        <translation>target {target} met</translation>
    </message>
    <message>
        <source>below the {target} target</source>
        <translation>below the {target} target</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>all channels</translation>
    </message>
    <message numerus="yes">
        <source>of %n visit(s)</source>
        <translation>
            <numerusform>of %n visit</numerusform>
            <numerusform>of %n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>open past the deadline</source>
        <translation>open past the deadline</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>of %n session(s)</source>
        <translation>
            <numerusform>of %n session</numerusform>
            <numerusform>of %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n appointment(s)</source>
        <translation>
            <numerusform>of %n appointment</numerusform>
            <numerusform>of %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>out of 5 (%n answer(s))</source>
        <translation>
            <numerusform>out of 5 (%n answer)</numerusform>
            <numerusform>out of 5 (%n answers)</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} answered first-line; target {target}.</source>
        <translation>{share} answered first-line; target {target}.</translation>
    </message>
    <message>
        <source>{queue} ({share} within {minutes} min)</source>
        <translation>{queue} ({share} within {minutes} min)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Management information {start} – {end}</source>
        <translation>Management information {start} – {end}</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Could not save {path}. Choose another folder or file name.</source>
        <translation>Could not save {path}. Choose another folder or file name.</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <extracomment>Pixels per QR module on screen: about 4 cm wide at 96 dpi, scannable from a phone. Languages the confirmation can be written in, as (code, name in that language). The BSN as the role may see it (masked for some roles); the full one is sent. Only the confirmation of an existing appointment (the list's Confirmation button). The day chooser's format: with the weekday, since appointments are made by weekday.</extracomment>
        <translation>Previous day (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Next day (Alt+Right)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <source>since {time} ({ago})</source>
        <translation>since {time} ({ago})</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>All devices are working.</source>
        <translation>All devices are working.</translation>
    </message>
    <message numerus="yes">
        <source>Device alerts (%n)</source>
        <translation>
            <numerusform>Device alerts (%n)</numerusform>
            <numerusform>Device alerts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <extracomment>Earlier calls listed under the newest one. Calls read per board: more than shown, so a recall (a second row for one ticket) does not shorten the list, and a call committed late still turns up to be announced. Layout sizes in px at 1920x1080; everything scales with the window.</extracomment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>No desk open</source>
        <translation>No desk open</translation>
    </message>
    <message>
        <source>No wait</source>
        <translation>No wait</translation>
    </message>
    <message numerus="yes">
        <source>Wait ± %n min</source>
        <translation>
            <numerusform>Wait ± %n min</numerusform>
            <numerusform>Wait ± %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>Called earlier</source>
        <translation>Called earlier</translation>
    </message>
    <message>
        <source>Waiting times</source>
        <translation>Waiting times</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>No number yet? Take one at the kiosk.</source>
        <translation>No number yet? Take one at the kiosk.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
</context>
<context>
    <name>DocumentScreen</name>
    <message>
        <source>Scan your document</source>
        <translation>Scan your document</translation>
    </message>
    <message>
        <source>Scan the bottom of your passport or the back of your identity card.</source>
        <translation>Scan the bottom of your passport or the back of your identity card.</translation>
    </message>
    <message>
        <source>Hold the lines of letters and &lt;&lt;&lt; under the scanner.</source>
        <translation>Hold the lines of letters and &lt;&lt;&lt; under the scanner.</translation>
    </message>
    <message>
        <source>Place your document on the reader</source>
        <translation>Place your document on the reader</translation>
    </message>
    <message>
        <source>Lay your passport or identity card flat on the card reader.</source>
        <translation>Lay your passport or identity card flat on the card reader.</translation>
    </message>
    <message>
        <source>Leave it there until the screen tells you to take it.</source>
        <translation>Leave it there until the screen tells you to take it.</translation>
    </message>
    <message>
        <source>Reading your document…</source>
        <translation>Reading your document…</translation>
    </message>
    <message>
        <source>Leave your document on the reader.</source>
        <translation>Leave your document on the reader.</translation>
    </message>
    <message>
        <source>Checking your document…</source>
        <translation>Checking your document…</translation>
    </message>
    <message>
        <source>You can take your document from the reader.</source>
        <translation>You can take your document from the reader.</translation>
    </message>
    <message>
        <source>Leave your document on the reader: it was taken away too soon.</source>
        <translation>Leave your document on the reader: it was taken away too soon.</translation>
    </message>
    <message>
        <source>Reading your document</source>
        <translation>Reading your document</translation>
    </message>
    <message>
        <source>Demo: test person</source>
        <translation>Demo: test person</translation>
    </message>
    <message>
        <source>Demo: put document on reader</source>
        <translation>Demo: put document on reader</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Travel documents</source>
        <translation>Travel documents</translation>
    </message>
    <message>
        <source>No travel documents in the BRP.</source>
        <translation>No travel documents in the BRP.</translation>
    </message>
    <message>
        <source>{number}, handed in or missing since {date}</source>
        <translation>{number}, handed in or missing since {date}</translation>
    </message>
    <message>
        <source>{number}, valid until {date}</source>
        <translation>{number}, valid until {date}</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Take your uittreksel and receipt</source>
        <translation>Take your uittreksel and receipt</translation>
    </message>
    <message>
        <source>Take your uittreksel</source>
        <translation>Take your uittreksel</translation>
    </message>
    <message>
        <source>Your receipt could not be printed. A host can give you one.</source>
        <translation>Your receipt could not be printed. A host can give you one.</translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation>Thank you for your visit.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Contacts: {what}</source>
        <translation>Contacts: {what}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts shown (the newest)</source>
        <translation>{shown} of {total} contacts shown (the newest)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeeEditor</name>
    <message>
        <source>Fee year</source>
        <extracomment>Where a fee row keeps its variant ("" for the standard fee, shown as "standard").</extracomment>
        <translation>Fee year</translation>
    </message>
    <message>
        <source>Fees of the year</source>
        <translation>Fees of the year</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Fee variant</source>
        <translation>Fee variant</translation>
    </message>
    <message>
        <source>standard fee</source>
        <translation>standard fee</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Amount in euros</translation>
    </message>
    <message>
        <source>e.g. 84,45</source>
        <translation>e.g. 84,45</translation>
    </message>
    <message>
        <source>Remove fee</source>
        <translation>Remove fee</translation>
    </message>
    <message>
        <source>Remove the selected fee of this year at once</source>
        <translation>Remove the selected fee of this year at once</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variant</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>&amp;Amount (€)</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>This product has no fees. Enter an amount to give it one.</source>
        <translation>This product has no fees. Enter an amount to give it one.</translation>
    </message>
    <message>
        <source>No fees entered for {year}; the fees of {fee_year} apply until you enter them.</source>
        <translation>No fees entered for {year}; the fees of {fee_year} apply until you enter them.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Quick pick</source>
        <translation>Quick pick</translation>
    </message>
    <message>
        <source>Own period</source>
        <translation>Own period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>p&amp;er</source>
        <translation>p&amp;er</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
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
        <translation>Question funnel</translation>
    </message>
    <message>
        <source>1-9 choose · Backspace back</source>
        <translation>1-9 choose · Backspace back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Undo the last choice (Backspace)</source>
        <translation>Undo the last choice (Backspace)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Use this answer</source>
        <translation>Use this answer</translation>
    </message>
    <message>
        <source>Fill in product, subject, the choices and the outcome in the contact form</source>
        <translation>Fill in product, subject, the choices and the outcome in the contact form</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Help</source>
        <extracomment>Language buttons name each language in itself, so nobody needs to read the other one. On a narrow (portrait) screen the buttons show the codes, which everyone knows from the web, so that the municipality's name keeps its room; a screen reader still says the full name. Below this width the full language names would squeeze the municipality's name.</extracomment>
        <translation>Help</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Nobody is asking for help.</source>
        <translation>Nobody is asking for help.</translation>
    </message>
    <message>
        <source>Resolved in the last hour</source>
        <translation>Resolved in the last hour</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message numerus="yes">
        <source>Help requests (%n open)</source>
        <translation>
            <numerusform>Help requests (%n open)</numerusform>
            <numerusform>Help requests (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>{kiosk} now shows that help is coming.</source>
        <translation>{kiosk} now shows that help is coming.</translation>
    </message>
    <message>
        <source>Help at {kiosk} done and registered as a contact.</source>
        <translation>Help at {kiosk} done and registered as a contact.</translation>
    </message>
    <message>
        <source>Help at {kiosk} done.</source>
        <translation>Help at {kiosk} done.</translation>
    </message>
</context>
<context>
    <name>HelpRow</name>
    <message>
        <source>New</source>
        <extracomment>Height of the recently-resolved list at the reference size: two rows.</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>I'm going</source>
        <translation>I'm going</translation>
    </message>
    <message>
        <source>I'm going to {kiosk}: the kiosk shows that help is coming</source>
        <translation>I'm going to {kiosk}: the kiosk shows that help is coming</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <source>Help at {kiosk} is done; optionally register it as a contact</source>
        <translation>Help at {kiosk} is done; optionally register it as a contact</translation>
    </message>
    <message>
        <source>Waiting since {time}</source>
        <translation>Waiting since {time}</translation>
    </message>
    <message>
        <source>asked at {time}</source>
        <translation>asked at {time}</translation>
    </message>
    <message>
        <source>busy {time} before asking</source>
        <translation>busy {time} before asking</translation>
    </message>
    <message>
        <source>{name} is going (answered after {time})</source>
        <translation>{name} is going (answered after {time})</translation>
    </message>
    <message>
        <source>{kiosk}: {reason}, waiting {time}</source>
        <translation>{kiosk}: {reason}, waiting {time}</translation>
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
    <name>HitList</name>
    <message>
        <source>Knowledge articles found</source>
        <translation>Knowledge articles found</translation>
    </message>
</context>
<context>
    <name>HitListModel</name>
    <message>
        <source>question funnel</source>
        <extracomment>Padding around a row's text, px.</extracomment>
        <translation>question funnel</translation>
    </message>
    <message>
        <source>staff only</source>
        <translation>staff only</translation>
    </message>
</context>
<context>
    <name>HostPinDialog</name>
    <message>
        <source>Host PIN</source>
        <extracomment>How long a host holds the header before the PIN pad opens. Wrong PINs in a row before the pad locks, and for how long. A PIN pad left open (the host walked away) closes by itself after this long untouched. The pad's size: keys of about 170x120 px, small enough for a portrait screen's width. The longest PIN the pad takes (``stadspunt hash-pin`` allows 4 to 12 digits). Counts the lock down on screen, once a second.</extracomment>
        <translation>Host PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>Check the PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The kiosk is unlocked.</source>
        <translation>The kiosk is unlocked.</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <source>Digits typed: {count}</source>
        <translation>Digits typed: {count}</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {time}.</source>
        <translation>Too many wrong PINs. Try again in {time}.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left.</source>
        <translation>Wrong PIN. 1 try left.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left.</source>
        <translation>Wrong PIN. {count} tries left.</translation>
    </message>
</context>
<context>
    <name>HostStartup</name>
    <message>
        <source>Host view · {location}</source>
        <translation>Host view · {location}</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>Hall · {location}</source>
        <extracomment>How often the hall is read: a help request shows within this time (2-3 s). How often the waiting times count on between readings.</extracomment>
        <translation>Hall · {location}</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Updated {time}</translation>
    </message>
    <message>
        <source>The lists could not be updated: {error} Trying again…</source>
        <translation>The lists could not be updated: {error} Trying again…</translation>
    </message>
    <message>
        <source>StadsPunt host view – {user}</source>
        <translation>StadsPunt host view – {user}</translation>
    </message>
    <message>
        <source>Help requested at {kiosk}: {reason}, waiting {time}</source>
        <translation>Help requested at {kiosk}: {reason}, waiting {time}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Read document</source>
        <extracomment>The audit purpose of linking a document to the BRP person at the counter. How often the reader is asked whether a document lies on it, while the dialog waits.</extracomment>
        <translation>Read document</translation>
    </message>
    <message>
        <source>Reading the chip</source>
        <translation>Reading the chip</translation>
    </message>
    <message>
        <source>Without chip</source>
        <translation>Without chip</translation>
    </message>
    <message>
        <source>Use the MRZ only, for a document without a chip or a chip that will not read</source>
        <translation>Use the MRZ only, for a document without a chip or a chip that will not read</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>Open person</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Machine-readable zone</source>
        <translation>&amp;Machine-readable zone</translation>
    </message>
    <message>
        <source>Scan the machine-readable zone (the lines at the bottom of the passport's photo page or on the back of the identity card), or type it. There is no card reader here: only the MRZ is checked.</source>
        <translation>Scan the machine-readable zone (the lines at the bottom of the passport's photo page or on the back of the identity card), or type it. There is no card reader here: only the MRZ is checked.</translation>
    </message>
    <message>
        <source>Scan the machine-readable zone (the lines at the bottom of the passport's photo page or on the back of the identity card), or type it. Then put the document on the reader.</source>
        <translation>Scan the machine-readable zone (the lines at the bottom of the passport's photo page or on the back of the identity card), or type it. Then put the document on the reader.</translation>
    </message>
    <message>
        <source>Machine-readable zone</source>
        <translation>Machine-readable zone</translation>
    </message>
    <message>
        <source>Scan or type the 2 or 3 lines; Ctrl+Enter checks them</source>
        <translation>Scan or type the 2 or 3 lines; Ctrl+Enter checks them</translation>
    </message>
    <message>
        <source>Demo: simulated reader</source>
        <translation>Demo: simulated reader</translation>
    </message>
    <message>
        <source>Test person</source>
        <translation>Test person</translation>
    </message>
    <message>
        <source>Put on reader</source>
        <translation>Put on reader</translation>
    </message>
    <message>
        <source>Build this test person's document, put it on the reader and scan its MRZ</source>
        <translation>Build this test person's document, put it on the reader and scan its MRZ</translation>
    </message>
    <message>
        <source>Forged document</source>
        <translation>Forged document</translation>
    </message>
    <message>
        <source>The same document with its chip data changed after signing</source>
        <translation>The same document with its chip data changed after signing</translation>
    </message>
    <message>
        <source>Photo from the chip</source>
        <translation>Photo from the chip</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Put the document on the reader and keep it still.</source>
        <translation>Put the document on the reader and keep it still.</translation>
    </message>
    <message>
        <source>Reading the chip… keep the document on the reader.</source>
        <translation>Reading the chip… keep the document on the reader.</translation>
    </message>
    <message>
        <source>Checking the document…</source>
        <translation>Checking the document…</translation>
    </message>
    <message>
        <source>The MRZ does not match the chip: scan it again.</source>
        <translation>The MRZ does not match the chip: scan it again.</translation>
    </message>
    <message>
        <source>The document was taken away: put it back on the reader.</source>
        <translation>The document was taken away: put it back on the reader.</translation>
    </message>
    <message>
        <source>{kind} {number} ({state})</source>
        <translation>{kind} {number} ({state})</translation>
    </message>
    <message>
        <source>{date}: expired</source>
        <translation>{date}: expired</translation>
    </message>
    <message>
        <source>not on the document</source>
        <translation>not on the document</translation>
    </message>
    <message>
        <source>Search person</source>
        <translation>Search person</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Genuine: chip checked</source>
        <translation>Genuine: chip checked</translation>
    </message>
    <message>
        <source>Chip read, authenticity not established</source>
        <translation>Chip read, authenticity not established</translation>
    </message>
    <message>
        <source>MRZ only</source>
        <translation>MRZ only</translation>
    </message>
    <message>
        <source>Nothing proves this document is genuine: check the document itself.</source>
        <translation>Nothing proves this document is genuine: check the document itself.</translation>
    </message>
    <message>
        <source>Looking up the person…</source>
        <translation>Looking up the person…</translation>
    </message>
    <message>
        <source>Making the test document…</source>
        <translation>Making the test document…</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Touch the screen, or this session ends in 1 second.</source>
        <translation>Touch the screen, or this session ends in 1 second.</translation>
    </message>
    <message>
        <source>Touch the screen, or this session ends in {seconds} seconds.</source>
        <translation>Touch the screen, or this session ends in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Yes, I am still here</translation>
    </message>
</context>
<context>
    <name>KeypadScreen</name>
    <message>
        <source>Delete</source>
        <extracomment>The keypad's size: keys of about 180x140 px, a block a hand can span. Landscape puts the text beside the keys; the text column needs the width of a usual screen.</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Your BSN</source>
        <translation>Your BSN</translation>
    </message>
    <message>
        <source>Type your citizen service number: 9 digits. It is on your passport, ID card or driving licence.</source>
        <translation>Type your citizen service number: 9 digits. It is on your passport, ID card or driving licence.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Your date of birth</translation>
    </message>
    <message>
        <source>Type day, month and year: 8 digits.</source>
        <translation>Type day, month and year: 8 digits.</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Typed so far: {digits}</source>
        <translation>Typed so far: {digits}</translation>
    </message>
    <message>
        <source>This is not a date. Type day, month and year, for example 05-04-1980.</source>
        <translation>This is not a date. Type day, month and year, for example 05-04-1980.</translation>
    </message>
    <message>
        <source>This date is in the future. Check the year.</source>
        <translation>This date is in the future. Check the year.</translation>
    </message>
</context>
<context>
    <name>KioskRow</name>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>End the session on {kiosk}</source>
        <translation>End the session on {kiosk}</translation>
    </message>
    <message>
        <source>Stops what the visitor is doing and returns the kiosk to its start screen</source>
        <translation>Stops what the visitor is doing and returns the kiosk to its start screen</translation>
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
            <numerusform>%n open help request</numerusform>
            <numerusform>%n open help requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Session {age}</source>
        <translation>Session {age}</translation>
    </message>
    <message>
        <source>No visitor</source>
        <translation>No visitor</translation>
    </message>
    <message>
        <source>last seen {time} ({ago} ago)</source>
        <translation>last seen {time} ({ago} ago)</translation>
    </message>
</context>
<context>
    <name>KioskWording</name>
    <message>
        <source>No desk open right now</source>
        <translation>No desk open right now</translation>
    </message>
    <message>
        <source>No waiting time</source>
        <translation>No waiting time</translation>
    </message>
    <message>
        <source>About {minutes} min wait</source>
        <translation>About {minutes} min wait</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>You are next</translation>
    </message>
    <message>
        <source>There is 1 person ahead of you</source>
        <translation>There is 1 person ahead of you</translation>
    </message>
    <message>
        <source>There are {count} people ahead of you</source>
        <translation>There are {count} people ahead of you</translation>
    </message>
</context>
<context>
    <name>KiosksPanel</name>
    <message>
        <source>Kiosks ({count})</source>
        <translation>Kiosks ({count})</translation>
    </message>
    <message>
        <source>No kiosk has reported yet.</source>
        <translation>No kiosk has reported yet.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>End the session on {kiosk}?</source>
        <translation>End the session on {kiosk}?</translation>
    </message>
    <message>
        <source>The visitor is at: {step}. What they entered is wiped and the kiosk returns to its start screen. A payment in progress is settled by the kiosk.</source>
        <translation>The visitor is at: {step}. What they entered is wiped and the kiosk returns to its start screen. A payment in progress is settled by the kiosk.</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Keep it running</translation>
    </message>
    <message>
        <source>Ending the session…</source>
        <translation>Ending the session…</translation>
    </message>
    <message>
        <source>{kiosk} ends the session at its next check-in (within seconds).</source>
        <translation>{kiosk} ends the session at its next check-in (within seconds).</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Search the knowledge base</source>
        <translation>Search the knowledge base</translation>
    </message>
    <message>
        <source>Search the knowledge base (Ctrl+K): paspoort kwijt, verhuizen, afval…</source>
        <translation>Search the knowledge base (Ctrl+K): paspoort kwijt, verhuizen, afval…</translation>
    </message>
    <message>
        <source>Type a few words; results appear as you type.</source>
        <translation>Type a few words; results appear as you type.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>Nothing found. Try another word, or fewer words.</translation>
    </message>
    <message numerus="yes">
        <source>No article has all the words; these have some of them (%n article(s)).</source>
        <translation>
            <numerusform>No article has all the words; %n article has some of them.</numerusform>
            <numerusform>No article has all the words; %n articles have some of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KtoDialog</name>
    <message>
        <source>Your opinion</source>
        <extracomment>How long the thank-you stays before the dialog closes itself. Nobody answers: the dialog closes itself, so the next visitor does not find it. Score buttons a visitor's finger cannot miss (15 mm at about 150 dpi), on any counter screen.</extracomment>
        <translation>Your opinion</translation>
    </message>
    <message>
        <source>How satisfied are you with your visit?</source>
        <extracomment>The score tapped (None: not yet, or skipped); one per dialog. The service stored it (False: the contact already had one; None: not answered yet).</extracomment>
        <translation>How satisfied are you with your visit?</translation>
    </message>
    <message>
        <source>Thank you for your answer</source>
        <translation>Thank you for your answer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>KtoPanel</name>
    <message>
        <source>How satisfied are you with this kiosk?</source>
        <extracomment>The panel's width beside a landscape screen: room for the question on three lines and a button per score with its word beside the figure, while the screen keeps its 1100 px. The panel's looks, added to the window's sheet (and scaled with it by "A+"). The score buttons are the kiosk's ordinary buttons (primary text on white): only their two labels, a large number and a word that may wrap, are new. The words under the numbers keep their size with "A+": five in a row under a portrait screen have 170 px each, and "ontevreden" or "dissatisfied" cannot be broken; the number grows, and the word is read as a label of it. The score given while this question was on screen (None: not answered).</extracomment>
        <translation>How satisfied are you with this kiosk?</translation>
    </message>
    <message>
        <source>Thank you for your answer</source>
        <translation>Thank you for your answer</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
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
    <name>LoginStartup</name>
    <message>
        <source>The database is not up to date with this version of StadsPunt.

Ask the application administrator to run:
    stadspunt db upgrade</source>
        <extracomment>For the operator's log: which mode could not start.</extracomment>
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
        <source>Your ticket is being made.</source>
        <translation>Your ticket is being made.</translation>
    </message>
    <message>
        <source>We are looking up your appointment.</source>
        <translation>We are looking up your appointment.</translation>
    </message>
    <message>
        <source>No ticket could be made. Try again, or ask a host in the hall for help.</source>
        <translation>No ticket could be made. Try again, or ask a host in the hall for help.</translation>
    </message>
    <message>
        <source>You could not be checked in. Try again, or ask a host in the hall for help.</source>
        <translation>You could not be checked in. Try again, or ask a host in the hall for help.</translation>
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
        <extracomment>A check-in was refused; ``refusal`` says why and decides the buttons. The host coming to help (display name), once known.</extracomment>
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
    <message>
        <source>Take your document and receipt. Have a nice day!</source>
        <translation>Take your document and receipt. Have a nice day!</translation>
    </message>
    <message>
        <source>The kiosk has stopped. If you paid but got no document, a host in the hall will help you.</source>
        <translation>The kiosk has stopped. If you paid but got no document, a host in the hall will help you.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>This session was ended by a staff member.</source>
        <translation>This session was ended by a staff member.</translation>
    </message>
    <message>
        <source>{name} is coming to you. Please wait here.</source>
        <translation>{name} is coming to you. Please wait here.</translation>
    </message>
    <message>
        <source>A staff member is coming to you. Please wait here.</source>
        <translation>A staff member is coming to you. Please wait here.</translation>
    </message>
    <message>
        <source>One moment, please: we are calling a staff member.</source>
        <translation>One moment, please: we are calling a staff member.</translation>
    </message>
    <message>
        <source>A staff member has been alerted and will come to you. Please wait here.</source>
        <translation>A staff member has been alerted and will come to you. Please wait here.</translation>
    </message>
    <message>
        <source>Please wait a little</source>
        <translation>Please wait a little</translation>
    </message>
    <message>
        <source>Please take a seat and check in again then.</source>
        <translation>Please take a seat and check in again then.</translation>
    </message>
    <message>
        <source>Too late for this appointment</source>
        <translation>Too late for this appointment</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>Code not recognised</source>
        <translation>Code not recognised</translation>
    </message>
    <message>
        <source>Use BSN and date of birth</source>
        <translation>Use BSN and date of birth</translation>
    </message>
    <message>
        <source>No appointment found</source>
        <translation>No appointment found</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Appointment cancelled</translation>
    </message>
    <message>
        <source>You can take a ticket, or ask a host in the hall for help.</source>
        <translation>You can take a ticket, or ask a host in the hall for help.</translation>
    </message>
</context>
<context>
    <name>OverdueAlert</name>
    <message>
        <source>Overdue hand-offs</source>
        <extracomment>Milliseconds between polls; read when an alert is made, so tests can shorten it. Units named in the bar; the rest are counted ("and 2 more units") and listed in the tooltip.</extracomment>
        <translation>Overdue hand-offs</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Open the back-office tasks of the unit with the most overdue hand-offs</source>
        <translation>Open the back-office tasks of the unit with the most overdue hand-offs</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>status unknown</translation>
    </message>
    <message>
        <source>The overdue hand-offs could not be read; this is the last known count.</source>
        <translation>The overdue hand-offs could not be read; this is the last known count.</translation>
    </message>
    <message>
        <source>Overdue hand-offs: status unknown</source>
        <translation>Overdue hand-offs: status unknown</translation>
    </message>
    <message>
        <source>The overdue hand-offs could not be read; trying again in a few minutes.</source>
        <translation>The overdue hand-offs could not be read; trying again in a few minutes.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more unit(s)</source>
        <translation>
            <numerusform>and %n more unit</numerusform>
            <numerusform>and %n more units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand-off(s) past the service norm</source>
        <translation>
            <numerusform>%n hand-off past the service norm</numerusform>
            <numerusform>%n hand-offs past the service norm</numerusform>
        </translation>
    </message>
    <message>
        <source>(oldest deadline: {date})</source>
        <translation>(oldest deadline: {date})</translation>
    </message>
    <message>
        <source>{unit}: {count}, oldest deadline {date}</source>
        <translation>{unit}: {count}, oldest deadline {date}</translation>
    </message>
</context>
<context>
    <name>PayingScreen</name>
    <message>
        <source>Pay on the payment terminal</source>
        <translation>Pay on the payment terminal</translation>
    </message>
    <message>
        <source>Follow the instructions on the payment terminal.</source>
        <translation>Follow the instructions on the payment terminal.</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Amount: {amount}</translation>
    </message>
    <message>
        <source>To cancel, press Stop on the payment terminal.</source>
        <translation>To cancel, press Stop on the payment terminal.</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Time</source>
        <extracomment>What may still be refunded (payments only; 0 for refunds).</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
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
        <translation>Period</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Unsettled only</source>
        <translation>Unsettled only</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;fund…</translation>
    </message>
    <message>
        <source>Pay (part of) the selected payment back to the customer's card</source>
        <translation>Pay (part of) the selected payment back to the customer's card</translation>
    </message>
    <message>
        <source>&amp;Handed over</source>
        <translation>&amp;Handed over</translation>
    </message>
    <message>
        <source>The paid product of the selected payment was given to the customer here (for example a kiosk uittreksel printed at this desk)</source>
        <translation>The paid product of the selected payment was given to the customer here (for example a kiosk uittreksel printed at this desk)</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>Payments and refunds</translation>
    </message>
    <message>
        <source>Selected payment</source>
        <translation>Selected payment</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) and refund(s)</source>
        <translation>
            <numerusform>%n payment or refund</numerusform>
            <numerusform>%n payments and refunds</numerusform>
        </translation>
    </message>
    <message>
        <source>received {paid}, refunded {refunded}</source>
        <translation>received {paid}, refunded {refunded}</translation>
    </message>
    <message>
        <source>No payment needs attention.</source>
        <translation>No payment needs attention.</translation>
    </message>
    <message>
        <source>No payments or refunds in this period.</source>
        <translation>No payments or refunds in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) need attention (amber rows). Look the reference up on the terminal's own list before anything else is done with them.</source>
        <translation>
            <numerusform>%n payment needs attention (amber row). Look the reference up on the terminal's own list before anything else is done with it.</numerusform>
            <numerusform>%n payments need attention (amber rows). Look the reference up on the terminal's own list before anything else is done with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>none selected</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>{card}, approval code {code}, STAN {stan}</source>
        <translation>{card}, approval code {code}, STAN {stan}</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>Left to refund</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>started {created}, last change {updated}</source>
        <translation>started {created}, last change {updated}</translation>
    </message>
    <message>
        <source>Payment {reference} is marked as handed over.</source>
        <translation>Payment {reference} is marked as handed over.</translation>
    </message>
    <message>
        <source>Choose an approved payment with something left to refund.</source>
        <translation>Choose an approved payment with something left to refund.</translation>
    </message>
</context>
<context>
    <name>PersonAppointments</name>
    <message>
        <source>Appointments of the person</source>
        <translation>Appointments of the person</translation>
    </message>
    <message>
        <source>New &amp;appointment…</source>
        <translation>New &amp;appointment…</translation>
    </message>
    <message>
        <source>Book an appointment for this person</source>
        <translation>Book an appointment for this person</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>Mo&amp;ve…</translation>
    </message>
    <message>
        <source>Move the selected appointment to another time</source>
        <translation>Move the selected appointment to another time</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Cance&amp;l…</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>Cancel the selected appointment</translation>
    </message>
    <message>
        <source>Con&amp;firmation…</source>
        <translation>Con&amp;firmation…</translation>
    </message>
    <message>
        <source>The mail text and the PDF with the QR code, to send again</source>
        <translation>The mail text and the PDF with the QR code, to send again</translation>
    </message>
    <message numerus="yes">
        <source>Appointments (%n)</source>
        <translation>
            <numerusform>Appointments (%n)</numerusform>
            <numerusform>Appointments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>No appointments.</translation>
    </message>
    <message>
        <source>{upcoming} upcoming, {past} past</source>
        <translation>{upcoming} upcoming, {past} past</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Cancel the appointment of {name} on {when}?</source>
        <translation>Cancel the appointment of {name} on {when}?</translation>
    </message>
    <message>
        <source>The time becomes free for others; the QR code stops working.</source>
        <translation>The time becomes free for others; the QR code stops working.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Appointment of {when} cancelled.</source>
        <translation>Appointment of {when} cancelled.</translation>
    </message>
</context>
<context>
    <name>PersonFacts</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>{date}, {place}</source>
        <translation>{date}, {place}</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>no address in the BRP</source>
        <translation>no address in the BRP</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <source>Photo from the document's chip</source>
        <extracomment>The chip's photo in the name line: small, the 3:4 of a passport photo.</extracomment>
        <translation>Photo from the document's chip</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this person for the next visitor (Esc twice in the search)</source>
        <translation>Close this person for the next visitor (Esc twice in the search)</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>BSN {bsn}</source>
        <translation>BSN {bsn}</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>deceased</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>{name} (deceased)</source>
        <translation>{name} (deceased)</translation>
    </message>
</context>
<context>
    <name>PersonOverviewPanel</name>
    <message>
        <source>Open hand-offs</source>
        <extracomment>Rows of open hand-offs shown before the list scrolls; more than this is rare for one person. The facts column takes a third of the panel, within these bounds (1366 px .. 1920 px).</extracomment>
        <translation>Open hand-offs</translation>
    </message>
    <message>
        <source>No open hand-offs.</source>
        <translation>No open hand-offs.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Contacts (%n)</numerusform>
            <numerusform>Contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open hand-offs (%n)</source>
        <translation>
            <numerusform>Open hand-offs (%n)</numerusform>
            <numerusform>Open hand-offs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>Look up the person at the counter: by BSN, by surname and birth date, or by postcode and house number. Ctrl+F goes to the search, Esc clears it.

Without a person, the contact is registered anonymously.</source>
        <translation>Look up the person at the counter: by BSN, by surname and birth date, or by postcode and house number. Ctrl+F goes to the search, Esc clears it.

Without a person, the contact is registered anonymously.</translation>
    </message>
    <message>
        <source>Uittreksel BRP…</source>
        <translation>Uittreksel BRP…</translation>
    </message>
    <message>
        <source>Issue and print an uittreksel BRP of this person (Ctrl+U)</source>
        <translation>Issue and print an uittreksel BRP of this person (Ctrl+U)</translation>
    </message>
    <message>
        <source>Person  (Ctrl+F)</source>
        <translation>Person  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Knowledge base  (Ctrl+K)</source>
        <translation>Knowledge base  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Look up the person and see the 360 view</source>
        <translation>Look up the person and see the 360 view</translation>
    </message>
    <message>
        <source>Search the answers, fees and question funnels of every channel</source>
        <translation>Search the answers, fees and question funnels of every channel</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling and the date or number, or ask for a BSN.</source>
        <translation>Nobody found. Check the spelling and the date or number, or ask for a BSN.</translation>
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
        <translation>9 digits</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
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
        <translation>House number</translation>
    </message>
    <message>
        <source>12a</source>
        <translation>12a</translation>
    </message>
    <message>
        <source>Surname, with or without prefix: van den Berg or Berg</source>
        <translation>Surname, with or without prefix: van den Berg or Berg</translation>
    </message>
    <message>
        <source>With letter or addition if there is one: 12a, 12-2, 12 bis</source>
        <translation>With letter or addition if there is one: 12a, 12-2, 12 bis</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Look up the person (Enter). Esc clears.</source>
        <translation>Look up the person (Enter). Esc clears.</translation>
    </message>
    <message>
        <source>Read document…  (Ctrl+D)</source>
        <translation>Read document…  (Ctrl+D)</translation>
    </message>
    <message>
        <source>Read the passport or identity card: MRZ and chip (Ctrl+D)</source>
        <translation>Read the passport or identity card: MRZ and chip (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <source>Surna&amp;me</source>
        <translation>Surna&amp;me</translation>
    </message>
    <message>
        <source>Birth da&amp;te</source>
        <translation>Birth da&amp;te</translation>
    </message>
    <message>
        <source>G&amp;iven names</source>
        <translation>G&amp;iven names</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>P&amp;ostcode</translation>
    </message>
    <message>
        <source>Hous&amp;e number</source>
        <translation>Hous&amp;e number</translation>
    </message>
    <message>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <source>Type a BSN, or a surname and birth date, or a postcode and house number.</source>
        <translation>Type a BSN, or a surname and birth date, or a postcode and house number.</translation>
    </message>
    <message>
        <source>A name search needs the birth date too (dd-mm-yyyy).</source>
        <translation>A name search needs the birth date too (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>Type the birth date as dd-mm-yyyy, for example 01-12-1985.</source>
        <translation>Type the birth date as dd-mm-yyyy, for example 01-12-1985.</translation>
    </message>
    <message>
        <source>A name search needs the surname too.</source>
        <translation>A name search needs the surname too.</translation>
    </message>
    <message>
        <source>An address search needs the house number too.</source>
        <translation>An address search needs the house number too.</translation>
    </message>
    <message>
        <source>Type the house number as digits, with a letter or addition if any: 12, 12a, 12-2.</source>
        <translation>Type the house number as digits, with a letter or addition if any: 12, 12a, 12-2.</translation>
    </message>
    <message>
        <source>An address search needs the postcode too.</source>
        <translation>An address search needs the postcode too.</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Choose the person with ↑ ↓ and open with Enter or a double click.</source>
        <translation>Choose the person with ↑ ↓ and open with Enter or a double click.</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintFailedDialog</name>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>{title} was not printed.</source>
        <translation>{title} was not printed.</translation>
    </message>
    <message>
        <source>Nothing is lost: the document is kept in the list of unprinted documents (status bar) until it is printed, saved or discarded.</source>
        <translation>Nothing is lost: the document is kept in the list of unprinted documents (status bar) until it is printed, saved or discarded.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Keep it in the list of unprinted documents</source>
        <translation>Keep it in the list of unprinted documents</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Still not printed.</source>
        <translation>Still not printed.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>The PDF could not be saved there. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <source>Your money is being refunded…</source>
        <translation>Your money is being refunded…</translation>
    </message>
    <message>
        <source>This takes a moment. Please wait.</source>
        <translation>This takes a moment. Please wait.</translation>
    </message>
    <message>
        <source>Your uittreksel is being printed…</source>
        <translation>Your uittreksel is being printed…</translation>
    </message>
    <message>
        <source>The payment went through. Your document is printed now.</source>
        <translation>The payment went through. Your document is printed now.</translation>
    </message>
    <message>
        <source>Your receipt follows.</source>
        <translation>Your receipt follows.</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Or ask a host in the hall for help.</source>
        <translation>Or ask a host in the hall for help.</translation>
    </message>
    <message>
        <source>No document found</source>
        <translation>No document found</translation>
    </message>
    <message>
        <source>We did not find a document on the reader.</source>
        <translation>We did not find a document on the reader.</translation>
    </message>
    <message>
        <source>Your document could not be read</source>
        <translation>Your document could not be read</translation>
    </message>
    <message>
        <source>We cannot help you at this kiosk</source>
        <translation>We cannot help you at this kiosk</translation>
    </message>
    <message>
        <source>Your document could not be accepted here. Please go to the counter: a staff member will help you. Nothing has been paid.</source>
        <translation>Your document could not be accepted here. Please go to the counter: a staff member will help you. Nothing has been paid.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>Payment not completed</translation>
    </message>
    <message>
        <source>The payment was declined or cancelled. Nothing has been charged.</source>
        <translation>The payment was declined or cancelled. Nothing has been charged.</translation>
    </message>
    <message>
        <source>Something went wrong with the payment</source>
        <translation>Something went wrong with the payment</translation>
    </message>
    <message>
        <source>We cannot tell whether your payment went through. Someone is coming to help you: please wait here.</source>
        <translation>We cannot tell whether your payment went through. Someone is coming to help you: please wait here.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Your uittreksel could not be printed. Someone is coming to help you.</source>
        <translation>Your uittreksel could not be printed. Someone is coming to help you.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Money back</source>
        <translation>Money back</translation>
    </message>
    <message>
        <source>Your money has been refunded</source>
        <translation>Your money has been refunded</translation>
    </message>
    <message>
        <source>The payment was cancelled: the amount goes back to your account. You can get your uittreksel at the counter.</source>
        <translation>The payment was cancelled: the amount goes back to your account. You can get your uittreksel at the counter.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>This service is not available at this kiosk now.</source>
        <translation>This service is not available at this kiosk now.</translation>
    </message>
    <message>
        <source>Sorry, that did not work</source>
        <translation>Sorry, that did not work</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Service norm</source>
        <translation>Service norm</translation>
    </message>
    <message>
        <source>Offered at the &amp;kiosk</source>
        <translation>Offered at the &amp;kiosk</translation>
    </message>
    <message>
        <source>A&amp;ctive: can be chosen for contacts</source>
        <translation>A&amp;ctive: can be chosen for contacts</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fees per year</source>
        <translation>Fees per year</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service &amp;norm</source>
        <translation>Service &amp;norm</translation>
    </message>
    <message>
        <source>Choose a product in the list</source>
        <translation>Choose a product in the list</translation>
    </message>
    <message>
        <source>hand-offs go to {unit}</source>
        <translation>hand-offs go to {unit}</translation>
    </message>
    <message>
        <source>channels: {channels}</source>
        <translation>channels: {channels}</translation>
    </message>
    <message>
        <source>A product can list at most {n} things to bring.</source>
        <translation>A product can list at most {n} things to bring.</translation>
    </message>
    <message>
        <source>A line of what to bring is longer than {n} characters.</source>
        <translation>A line of what to bring is longer than {n} characters.</translation>
    </message>
    <message>
        <source>Type the amount in euros, like 84,45.</source>
        <translation>Type the amount in euros, like 84,45.</translation>
    </message>
    <message>
        <source>A fee cannot be negative. Enter 0 for a free product.</source>
        <translation>A fee cannot be negative. Enter 0 for a free product.</translation>
    </message>
    <message>
        <source>Use at most two digits after the comma: 12,34 is twelve euros and 34 cents.</source>
        <translation>Use at most two digits after the comma: 12,34 is twelve euros and 34 cents.</translation>
    </message>
    <message>
        <source>Type the amount in euros, like 84,45 or 1.234,50.</source>
        <translation>Type the amount in euros, like 84,45 or 1.234,50.</translation>
    </message>
    <message>
        <source>A fee above {max} is not accepted; check the amount.</source>
        <translation>A fee above {max} is not accepted; check the amount.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Saved: {name}.</translation>
    </message>
    <message>
        <source>Fee removed: {year} {variant} {amount}. Enter it again to undo.</source>
        <translation>Fee removed: {year} {variant} {amount}. Enter it again to undo.</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>Use this product in the contact</source>
        <translation>Use this product in the contact</translation>
    </message>
    <message>
        <source>Fee {year}</source>
        <translation>Fee {year}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>no fee</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>Bring</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>No fees entered for {year} yet; these are the fees of {fee_year}.</source>
        <translation>No fees entered for {year} yet; these are the fees of {fee_year}.</translation>
    </message>
    <message>
        <source>✓ Kiosk: the visitor can do this at the kiosk</source>
        <translation>✓ Kiosk: the visitor can do this at the kiosk</translation>
    </message>
    <message>
        <source>Kiosk: no, not at the kiosk</source>
        <translation>Kiosk: no, not at the kiosk</translation>
    </message>
</context>
<context>
    <name>ProductHint</name>
    <message>
        <source>Fee: {fee}</source>
        <translation>Fee: {fee}</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>no fee</translation>
    </message>
    <message numerus="yes">
        <source>bring %n thing(s)</source>
        <translation>
            <numerusform>bring %n thing</numerusform>
            <numerusform>bring %n things</numerusform>
        </translation>
    </message>
    <message>
        <source>kiosk: yes</source>
        <translation>kiosk: yes</translation>
    </message>
    <message>
        <source>kiosk: no</source>
        <translation>kiosk: no</translation>
    </message>
    <message>
        <source>Fees {year}: {fees}</source>
        <translation>Fees {year}: {fees}</translation>
    </message>
    <message>
        <source>What to bring:</source>
        <translation>What to bring:</translation>
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
        <translation>Theme</translation>
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
        <translation>Fee {year}</translation>
    </message>
    <message>
        <source>{name} (withdrawn)</source>
        <translation>{name} (withdrawn)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
        <translation>Current ticket</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Call the next visitor to this desk (F5)</source>
        <translation>Call the next visitor to this desk (F5)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Call the same ticket again on the display (F6)</source>
        <translation>Call the same ticket again on the display (F6)</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Send the visitor to another queue or desk (F7)</source>
        <translation>Send the visitor to another queue or desk (F7)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Put the visitor aside, for example while they fetch a photo (F8)</source>
        <translation>Put the visitor aside, for example while they fetch a photo (F8)</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>End the visit; it is registered as a contact of this desk (F12)</source>
        <translation>End the visit; it is registered as a contact of this desk (F12)</translation>
    </message>
    <message>
        <source>Parked:</source>
        <translation>Parked:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>This counter is set up for desk “{desk}”, which does not exist. Calling visitors is not possible here; everything else works. Ask the application administrator to correct the desk in the configuration.</source>
        <translation>This counter is set up for desk “{desk}”, which does not exist. Calling visitors is not possible here; everything else works. Ask the application administrator to correct the desk in the configuration.</translation>
    </message>
    <message>
        <source>The desk could not be opened: {reason}</source>
        <translation>The desk could not be opened: {reason}</translation>
    </message>
    <message>
        <source>Nobody is waiting for this desk.</source>
        <translation>Nobody is waiting for this desk.</translation>
    </message>
    <message>
        <source>{code} parked. Resume it under Parked (Shift+F8).</source>
        <translation>{code} parked. Resume it under Parked (Shift+F8).</translation>
    </message>
    <message>
        <source>{code} did not show up.</source>
        <translation>{code} did not show up.</translation>
    </message>
    <message>
        <source>{code} done; the visit is registered as a contact.</source>
        <translation>{code} done; the visit is registered as a contact.</translation>
    </message>
    <message>
        <source>{code} done; the contact of this visit has its wait and service time.</source>
        <translation>{code} done; the contact of this visit has its wait and service time.</translation>
    </message>
    <message>
        <source>{code} sent to {target}.</source>
        <translation>{code} sent to {target}.</translation>
    </message>
    <message>
        <source>Resume {code} ({queue})</source>
        <translation>Resume {code} ({queue})</translation>
    </message>
    <message>
        <source>{desk}: no visitor</source>
        <translation>{desk}: no visitor</translation>
    </message>
    <message>
        <source>appointment {time} {name}</source>
        <translation>appointment {time} {name}</translation>
    </message>
    <message>
        <source>Record that the visitor did not come, after {n} recalls (F9)</source>
        <translation>Record that the visitor did not come, after {n} recalls (F9)</translation>
    </message>
    <message>
        <source>Press Next (F5) to call the next visitor.</source>
        <translation>Press Next (F5) to call the next visitor.</translation>
    </message>
    <message>
        <source>Next: F5</source>
        <translation>Next: F5</translation>
    </message>
    <message>
        <source>waited {waited} · called {called} · recall {recalls}</source>
        <translation>waited {waited} · called {called} · recall {recalls}</translation>
    </message>
    <message>
        <source>Waiting {n}:</source>
        <translation>Waiting {n}:</translation>
    </message>
    <message>
        <source>(~{minutes} min)</source>
        <translation>(~{minutes} min)</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} more</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>longest {time}</source>
        <translation>longest {time}</translation>
    </message>
    <message>
        <source>no desk open</source>
        <translation>no desk open</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) open</source>
        <translation>
            <numerusform>%n desk open</numerusform>
            <numerusform>%n desks open</numerusform>
        </translation>
    </message>
    <message>
        <source>new ticket waits about {minutes} min</source>
        <translation>new ticket waits about {minutes} min</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <source>One moment, please</source>
        <translation>One moment, please</translation>
    </message>
    <message>
        <source>No tickets can be taken at the moment. Please ask a host in the hall.</source>
        <translation>No tickets can be taken at the moment. Please ask a host in the hall.</translation>
    </message>
    <message>
        <source>Tap the subject of your visit.</source>
        <translation>Tap the subject of your visit.</translation>
    </message>
    <message>
        <source>What have you come for?</source>
        <translation>What have you come for?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>QueueVisitList</name>
    <message>
        <source>Queue visits</source>
        <translation>Queue visits</translation>
    </message>
    <message>
        <source>No queue visits registered.</source>
        <translation>No queue visits registered.</translation>
    </message>
    <message numerus="yes">
        <source>Queue visits (%n)</source>
        <translation>
            <numerusform>Queue visits (%n)</numerusform>
            <numerusform>Queue visits (%n)</numerusform>
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
        <translation>Ticket taken</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
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
        <translation>No queues.</translation>
    </message>
    <message numerus="yes">
        <source>Queues (%n waiting)</source>
        <translation>
            <numerusform>Queues (%n waiting)</numerusform>
            <numerusform>Queues (%n waiting)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open desks: {desks}</source>
        <translation>Open desks: {desks}</translation>
    </message>
    <message>
        <source>No desk is open.</source>
        <translation>No desk is open.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <extracomment>"10", "10,5", "10,50", "1.234,56", "€ 10,00", and "10.50" (a decimal point, as typed on a numeric keypad). Thousands dots only in groups of three, so "1.2345" is refused, not guessed.</extracomment>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Refund to the customer's card</source>
        <translation>Refund to the customer's card</translation>
    </message>
    <message>
        <source>Payment {reference} of {amount}
{when} · {card}</source>
        <translation>Payment {reference} of {amount}
{when} · {card}</translation>
    </message>
    <message>
        <source>card unknown</source>
        <translation>card unknown</translation>
    </message>
    <message>
        <source>Left to refund: {left}</source>
        <translation>Left to refund: {left}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Amount in euros</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why the money goes back, e.g. paid twice</source>
        <translation>Why the money goes back, e.g. paid twice</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Type an amount in euros, such as 10,00.</source>
        <translation>Type an amount in euros, such as 10,00.</translation>
    </message>
    <message>
        <source>Fill in why the money goes back.</source>
        <translation>Fill in why the money goes back.</translation>
    </message>
    <message>
        <source>Follow the instructions on the payment terminal. The customer presents the card to receive {amount}.</source>
        <translation>Follow the instructions on the payment terminal. The customer presents the card to receive {amount}.</translation>
    </message>
    <message>
        <source>Refunded: {amount}</source>
        <translation>Refunded: {amount}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The terminal declined the refund; nothing was paid back. Ask the customer for the card the payment was made with.</source>
        <translation>The terminal declined the refund; nothing was paid back. Ask the customer for the card the payment was made with.</translation>
    </message>
    <message>
        <source>The refund was cancelled; nothing was paid back.</source>
        <translation>The refund was cancelled; nothing was paid back.</translation>
    </message>
    <message>
        <source>The terminal stopped the refund (no card in time, cancelled on the terminal, or the terminal is busy or not reachable); nothing was paid back.</source>
        <translation>The terminal stopped the refund (no card in time, cancelled on the terminal, or the terminal is busy or not reachable); nothing was paid back.</translation>
    </message>
    <message>
        <source>The terminal did not answer: it is not known whether the money went back. Check the terminal's list before trying again; the payments view shows this refund as unsettled.</source>
        <translation>The terminal did not answer: it is not known whether the money went back. Check the terminal's list before trying again; the payments view shows this refund as unsettled.</translation>
    </message>
    <message>
        <source>Cancelling on the terminal…</source>
        <translation>Cancelling on the terminal…</translation>
    </message>
    <message>
        <source>The terminal did not accept the cancel; it may be too late.</source>
        <translation>The terminal did not accept the cancel; it may be too late.</translation>
    </message>
    <message>
        <source>Cancel on the terminal</source>
        <translation>Cancel on the terminal</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>Family</source>
        <translation>Family</translation>
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
            <numerusform>Child</numerusform>
            <numerusform>Children</numerusform>
        </translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>No partner, children or parents in the BRP.</source>
        <translation>No partner, children or parents in the BRP.</translation>
    </message>
</context>
<context>
    <name>RequirementsEditor</name>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Move the line up (Alt+Up)</source>
        <translation>Move the line up (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move the line down (Alt+Down)</source>
        <translation>Move the line down (Alt+Down)</translation>
    </message>
    <message>
        <source>A new line below the selected one</source>
        <translation>A new line below the selected one</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Remove the selected line</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Help at {kiosk} done</source>
        <translation>Help at {kiosk} done</translation>
    </message>
    <message>
        <source>&amp;Note (optional): what was the question, what did you do?</source>
        <translation>&amp;Note (optional): what was the question, what did you do?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Register as a contact</source>
        <translation>&amp;Register as a contact</translation>
    </message>
    <message>
        <source>Register as a contact</source>
        <translation>Register as a contact</translation>
    </message>
    <message>
        <source>Counts this help in the contact registry (kanaal kiosk), with your note</source>
        <translation>Counts this help in the contact registry (kanaal kiosk), with your note</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mark the help request as done</source>
        <translation>Mark the help request as done</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ResolvedRow</name>
    <message>
        <source>resolved at {time} by {name}</source>
        <translation>resolved at {time} by {name}</translation>
    </message>
    <message>
        <source>answered after {time}</source>
        <translation>answered after {time}</translation>
    </message>
    <message>
        <source>registered as a contact</source>
        <translation>registered as a contact</translation>
    </message>
</context>
<context>
    <name>ScoreButton</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
</context>
<context>
    <name>SelfPage</name>
    <message>
        <source>Back</source>
        <extracomment>Every touch target of the self-service screens is at least this high (15 mm at 170 dpi). Sizes and states; the window scales the font sizes here with its own ("A+").</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>SelfServiceView</name>
    <message>
        <source>That scan did not work. Please scan again.</source>
        <extracomment>How often the reader is asked whether the document lies on it. How long a print may take before it counts as failed (an A4 page through CUPS). The holder's document is refused (not the kiosk's fault, not the visitor's to retry).</extracomment>
        <translation>That scan did not work. Please scan again.</translation>
    </message>
</context>
<context>
    <name>SignalList</name>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
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
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <source>C&amp;omplete…</source>
        <translation>C&amp;omplete…</translation>
    </message>
    <message>
        <source>Complete the selected task with a note (Enter on the row)</source>
        <translation>Complete the selected task with a note (Enter on the row)</translation>
    </message>
    <message>
        <source>Open hand-offs of the unit</source>
        <translation>Open hand-offs of the unit</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>Selected task</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>There are no back-office units.</source>
        <translation>There are no back-office units.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n open hand-off(s)</source>
        <translation>
            <numerusform>%n open hand-off</numerusform>
            <numerusform>%n open hand-offs</numerusform>
        </translation>
    </message>
    <message>
        <source>{late} late, {due} due today</source>
        <translation>{late} late, {due} due today</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>none selected</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Requested action</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Handed off</translation>
    </message>
    <message>
        <source>{when}, norm {days} working day(s)</source>
        <translation>{when}, norm {days} working day(s)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Choose a task in the list first.</source>
        <translation>Choose a task in the list first.</translation>
    </message>
    <message>
        <source>Task completed: {subject}.</source>
        <translation>Task completed: {subject}.</translation>
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
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>Requested action</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Handed off</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>Your ticket is being printed…</source>
        <translation>Your ticket is being printed…</translation>
    </message>
    <message>
        <source>Take your ticket from the printer.</source>
        <translation>Take your ticket from the printer.</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. The number on this screen is your number: remember it. Ask a staff member if you need help.</source>
        <translation>Your ticket could not be printed. The number on this screen is your number: remember it. Ask a staff member if you need help.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Watch the screens in the hall: they show your number and your desk.</source>
        <translation>Watch the screens in the hall: they show your number and your desk.</translation>
    </message>
    <message>
        <source>Your number is {code}</source>
        <translation>Your number is {code}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>You are checked in for your appointment at {time}: {subject}.</source>
        <translation>You are checked in for your appointment at {time}: {subject}.</translation>
    </message>
    <message>
        <source>You will be called soon.</source>
        <translation>You will be called soon.</translation>
    </message>
    <message>
        <source>Here is your ticket</source>
        <translation>Here is your ticket</translation>
    </message>
    <message>
        <source>No desk for this queue is open right now. You will be helped as soon as one opens.</source>
        <translation>No desk for this queue is open right now. You will be helped as soon as one opens.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {code}</source>
        <extracomment>Code -&gt; name of the targets, for the message after the transfer.</extracomment>
        <translation>Transfer {code}</translation>
    </message>
    <message>
        <source>{code} ({queue}) waits again, keeping the time the ticket was taken. Where to?</source>
        <translation>{code} ({queue}) waits again, keeping the time the ticket was taken. Where to?</translation>
    </message>
    <message>
        <source>Another &amp;queue</source>
        <translation>Another &amp;queue</translation>
    </message>
    <message>
        <source>Another &amp;desk</source>
        <translation>Another &amp;desk</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>{queue} ({n} waiting)</source>
        <translation>{queue} ({n} waiting)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>open, {name}</source>
        <translation>open, {name}</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>closed now</translation>
    </message>
    <message>
        <source>Choose a queue or a desk.</source>
        <translation>Choose a queue or a desk.</translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation>Transferring…</translation>
    </message>
</context>
<context>
    <name>UittrekselAction</name>
    <message>
        <source>Uittreksel {reference} issued; printing…</source>
        <translation>Uittreksel {reference} issued; printing…</translation>
    </message>
    <message>
        <source>Uittreksel {reference} printed.</source>
        <translation>Uittreksel {reference} printed.</translation>
    </message>
    <message>
        <source>Uittreksel {reference} was not printed; it has been kept.</source>
        <translation>Uittreksel {reference} was not printed; it has been kept.</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
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
        <translation>For: {name}, born {date}</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <source>The purpose is printed on the uittreksel and recorded in the log of who viewed this person's data.</source>
        <translation>The purpose is printed on the uittreksel and recorded in the log of who viewed this person's data.</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Issue and print</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Choose or type the purpose</source>
        <translation>Choose or type the purpose</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Fill in the purpose of the uittreksel.</source>
        <translation>Fill in the purpose of the uittreksel.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Issuing…</translation>
    </message>
</context>
<context>
    <name>UnprintedDialog</name>
    <message>
        <source>Unprinted documents</source>
        <translation>Unprinted documents</translation>
    </message>
    <message>
        <source>These documents did not print. They are kept until you print, save or discard them, and are removed when you log out.</source>
        <translation>These documents did not print. They are kept until you print, save or discard them, and are removed when you log out.</translation>
    </message>
    <message>
        <source>Every document has been printed.</source>
        <translation>Every document has been printed.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Remove it from the list: it came out after all, or is no longer needed</source>
        <translation>Remove it from the list: it came out after all, or is no longer needed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>{reference} printed.</source>
        <translation>{reference} printed.</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>The PDF could not be saved there. Choose another folder.</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
</context>
<context>
    <name>UnprintedIndicator</name>
    <message>
        <source>Documents that did not print: print again, save or discard</source>
        <translation>Documents that did not print: print again, save or discard</translation>
    </message>
    <message numerus="yes">
        <source>%n not printed</source>
        <translation>
            <numerusform>%n not printed</numerusform>
            <numerusform>%n not printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check uittreksel</source>
        <translation>Check uittreksel</translation>
    </message>
    <message>
        <source>Check an uittreksel BRP</source>
        <translation>Check an uittreksel BRP</translation>
    </message>
    <message>
        <source>Scan the QR code on the uittreksel, or paste its code here and press Enter.</source>
        <translation>Scan the QR code on the uittreksel, or paste its code here and press Enter.</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Scanned code</translation>
    </message>
    <message>
        <source>Scan the QR code…</source>
        <translation>Scan the QR code…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Genuine and unchanged</source>
        <translation>Genuine and unchanged</translation>
    </message>
    <message>
        <source>This code was issued by this municipality. Compare the data below with the paper: they must be the same. If they differ, the paper was changed.</source>
        <translation>This code was issued by this municipality. Compare the data below with the paper: they must be the same. If they differ, the paper was changed.</translation>
    </message>
    <message>
        <source>no address in the BRP</source>
        <translation>no address in the BRP</translation>
    </message>
    <message>
        <source>Not genuine or changed</source>
        <translation>Not genuine or changed</translation>
    </message>
    <message>
        <source>This code was not issued by this municipality, or it was changed after it was printed. Do not accept the paper as an uittreksel BRP. If the resident needs one, issue a new uittreksel.</source>
        <translation>This code was not issued by this municipality, or it was changed after it was printed. Do not accept the paper as an uittreksel BRP. If the resident needs one, issue a new uittreksel.</translation>
    </message>
</context>
<context>
    <name>appointment_status</name>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
</context>
<context>
    <name>brp</name>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>passport</source>
        <extracomment>12.35.10 soort Nederlands reisdocument (table 48), the kinds a counter sees.</extracomment>
        <translation>passport</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>identity card</translation>
    </message>
    <message>
        <source>business passport</source>
        <translation>business passport</translation>
    </message>
    <message>
        <source>diplomatic passport</source>
        <translation>diplomatic passport</translation>
    </message>
    <message>
        <source>service passport</source>
        <translation>service passport</translation>
    </message>
</context>
<context>
    <name>brp_text</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <source>{name}, b. {date}</source>
        <translation>{name}, b. {date}</translation>
    </message>
    <message>
        <source>{person} (until {until})</source>
        <translation>{person} (until {until})</translation>
    </message>
    <message>
        <source>{person} (since {since})</source>
        <translation>{person} (since {since})</translation>
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
        <translation>Card reader</translation>
    </message>
    <message>
        <source>Payment terminal</source>
        <translation>Payment terminal</translation>
    </message>
</context>
<context>
    <name>device_state</name>
    <message>
        <source>Paper low</source>
        <extracomment>States that need nobody. "absent" is a device a station is configured without. States that need someone soon but do not stop the device yet (amber); any other not-ok state, known or not, is red.</extracomment>
        <translation>Paper low</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>doelgroep</name>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Kiosk {kiosk} is not registered. A beheerder must add it first.</source>
        <extracomment>The back-office unit the user works for (its code), for screens that default to it.</extracomment>
        <translation>Kiosk {kiosk} is not registered. A beheerder must add it first.</translation>
    </message>
    <message>
        <source>A username uses letters, digits, '.' and '-' only.</source>
        <translation>A username uses letters, digits, '.' and '-' only.</translation>
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
        <extracomment>The queue visit this contact belongs to: ending that visit completes this contact with its wait and service time instead of registering a second one. Whose question it is: the BSN, masked unless the reader's role needs it.</extracomment>
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
    <message>
        <source>The offline BRP file cannot be used ({reason}). Check brp.csv_path in the configuration.</source>
        <translation>The offline BRP file cannot be used ({reason}). Check brp.csv_path in the configuration.</translation>
    </message>
    <message>
        <source>The BRP holds more than one person with this BSN. Identify the person another way and report it to the BRP department.</source>
        <translation>The BRP holds more than one person with this BSN. Identify the person another way and report it to the BRP department.</translation>
    </message>
    <message>
        <source>The BRP answered in a form StadsPunt cannot read. Try again; if it keeps happening, tell the administrator.</source>
        <extracomment>Adresregel2 of a Dutch address: "3077 AW ROTTERDAM".</extracomment>
        <translation>The BRP answered in a form StadsPunt cannot read. Try again; if it keeps happening, tell the administrator.</translation>
    </message>
    <message>
        <source>The BRP cannot be consulted right now. Try again, or look it up another way.</source>
        <translation>The BRP cannot be consulted right now. Try again, or look it up another way.</translation>
    </message>
    <message>
        <source>The BRP does not answer (timeout or no connection). Try again in a minute.</source>
        <translation>The BRP does not answer (timeout or no connection). Try again in a minute.</translation>
    </message>
    <message>
        <source>The BRP refused this question: {detail}</source>
        <translation>The BRP refused this question: {detail}</translation>
    </message>
    <message>
        <source>The fee variant is longer than {n} characters.</source>
        <extracomment>"" for the standard fee, else e.g. "jonger dan 18", "spoedtoeslag". The year asked about (the fee year of the moment given, or of today). The year the fees below are from: ``requested_year``, or the latest earlier year when nothing is entered for it yet; None when the product has no fees at all.</extracomment>
        <translation>The fee variant is longer than {n} characters.</translation>
    </message>
    <message>
        <source>A product can list at most {n} requirements.</source>
        <translation>A product can list at most {n} requirements.</translation>
    </message>
    <message>
        <source>A requirement is longer than {n} characters.</source>
        <translation>A requirement is longer than {n} characters.</translation>
    </message>
    <message>
        <source>The service norm must be a whole number of 0 to {n} working days.</source>
        <translation>The service norm must be a whole number of 0 to {n} working days.</translation>
    </message>
    <message>
        <source>The fee year must be between {low} and {high}.</source>
        <translation>The fee year must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>Enter the fee in whole cents (84,45 euro is 8445).</source>
        <translation>Enter the fee in whole cents (84,45 euro is 8445).</translation>
    </message>
    <message>
        <source>A fee cannot be negative. Enter 0 for a free product.</source>
        <translation>A fee cannot be negative. Enter 0 for a free product.</translation>
    </message>
    <message>
        <source>A fee above {max} is not accepted; check the amount.</source>
        <translation>A fee above {max} is not accepted; check the amount.</translation>
    </message>
    <message>
        <source>The question funnel is not valid.</source>
        <translation>The question funnel is not valid.</translation>
    </message>
    <message>
        <source>A question funnel needs at least one node.</source>
        <extracomment>Answers only: what to do, and about which product / for which unit.</extracomment>
        <translation>A question funnel needs at least one node.</translation>
    </message>
    <message>
        <source>A question funnel can have at most {n} nodes.</source>
        <translation>A question funnel can have at most {n} nodes.</translation>
    </message>
    <message>
        <source>Two nodes of the funnel use the key {node}.</source>
        <translation>Two nodes of the funnel use the key {node}.</translation>
    </message>
    <message>
        <source>The funnel starts at {node}, which does not exist.</source>
        <translation>The funnel starts at {node}, which does not exist.</translation>
    </message>
    <message>
        <source>Option '{option}' of {node} leads to {target}, which does not exist.</source>
        <translation>Option '{option}' of {node} leads to {target}, which does not exist.</translation>
    </message>
    <message>
        <source>A question funnel needs an answer.</source>
        <translation>A question funnel needs an answer.</translation>
    </message>
    <message>
        <source>Node key {node} must be 1 to 40 lower-case letters, digits, '-' or '_'.</source>
        <translation>Node key {node} must be 1 to 40 lower-case letters, digits, '-' or '_'.</translation>
    </message>
    <message>
        <source>Node {node} needs a text of at most {n} characters.</source>
        <translation>Node {node} needs a text of at most {n} characters.</translation>
    </message>
    <message>
        <source>Answer {node} cannot have options.</source>
        <translation>Answer {node} cannot have options.</translation>
    </message>
    <message>
        <source>Answer {node} hands off: name the unit or the product.</source>
        <translation>Answer {node} hands off: name the unit or the product.</translation>
    </message>
    <message>
        <source>Answer {node} sends to the kiosk: name the product.</source>
        <translation>Answer {node} sends to the kiosk: name the product.</translation>
    </message>
    <message>
        <source>Question {node} cannot have an action; only answers have one.</source>
        <translation>Question {node} cannot have an action; only answers have one.</translation>
    </message>
    <message>
        <source>Question {node} has no options; add at least one.</source>
        <translation>Question {node} has no options; add at least one.</translation>
    </message>
    <message>
        <source>Question {node} has more than {n} options.</source>
        <translation>Question {node} has more than {n} options.</translation>
    </message>
    <message>
        <source>Every option of {node} needs a label of at most {n} characters.</source>
        <translation>Every option of {node} needs a label of at most {n} characters.</translation>
    </message>
    <message>
        <source>Two options of {node} have the same label.</source>
        <translation>Two options of {node} have the same label.</translation>
    </message>
    <message>
        <source>The funnel goes round in a circle: {cycle}.</source>
        <translation>The funnel goes round in a circle: {cycle}.</translation>
    </message>
    <message>
        <source>Node {node} cannot be reached from the start of the funnel.</source>
        <translation>Node {node} cannot be reached from the start of the funnel.</translation>
    </message>
    <message>
        <source>The question funnel data is malformed ({problem}).</source>
        <translation>The question funnel data is malformed ({problem}).</translation>
    </message>
    <message>
        <source>There is no knowledge article {code}.</source>
        <extracomment>Shown where a fee placeholder has no fee (none entered, or a variant that does not exist).</extracomment>
        <translation>There is no knowledge article {code}.</translation>
    </message>
    <message>
        <source>Article {code} has no question funnel.</source>
        <extracomment>The passage of answer and body with the most query words; ``match`` parts are found words. Higher is better; comparable only within one result list (each database ranks its way). False when no article had all the words and this one has some (the fallback). At most this many matches are ranked: the newest ones (highest id). See the module docstring.</extracomment>
        <translation>Article {code} has no question funnel.</translation>
    </message>
    <message>
        <source>Answer {node} names product {code}, which does not exist.</source>
        <translation>Answer {node} names product {code}, which does not exist.</translation>
    </message>
    <message>
        <source>Answer {node} hands off to {unit}, which is not a unit.</source>
        <translation>Answer {node} hands off to {unit}, which is not a unit.</translation>
    </message>
    <message>
        <source>Answer {node} sends to the kiosk, but the kiosk does not offer {code}.</source>
        <translation>Answer {node} sends to the kiosk, but the kiosk does not offer {code}.</translation>
    </message>
    <message>
        <source>An article code uses 2 to 80 lower-case letters, digits and '-'.</source>
        <translation>An article code uses 2 to 80 lower-case letters, digits and '-'.</translation>
    </message>
    <message>
        <source>The title needs 1 to {n} characters.</source>
        <translation>The title needs 1 to {n} characters.</translation>
    </message>
    <message>
        <source>The short answer needs 1 to {n} characters.</source>
        <translation>The short answer needs 1 to {n} characters.</translation>
    </message>
    <message>
        <source>The text is longer than {n} characters.</source>
        <translation>The text is longer than {n} characters.</translation>
    </message>
    <message>
        <source>Keywords hold no commas and together at most {n} characters.</source>
        <translation>Keywords hold no commas and together at most {n} characters.</translation>
    </message>
    <message>
        <source>Type at least two letters of the surname.</source>
        <extracomment>Warnings ask the employee to act or take care; notices are opportunities. The English template; the UI translates it in the ``signals`` context. What the screen may show: the full BSN or ``******123``, depending on the role. From taking the ticket to the first call; None while nobody has called it. The desk that called it last; None when it was never called. Upcoming appointments (soonest first), then past ones (latest first). Queue visits, latest first.</extracomment>
        <translation>Type at least two letters of the surname.</translation>
    </message>
    <message>
        <source>A house number is a whole number from 1.</source>
        <translation>A house number is a whole number from 1.</translation>
    </message>
    <message>
        <source>There is no person with this BSN in the BRP.</source>
        <translation>There is no person with this BSN in the BRP.</translation>
    </message>
    <message>
        <source>A postcode has four digits and two letters (1234 AB).</source>
        <extracomment>Voorvoegsels (table 36) people type in front of the geslachtsnaam: "van der Meijden".</extracomment>
        <translation>A postcode has four digits and two letters (1234 AB).</translation>
    </message>
    <message>
        <source>This time is no longer available. Choose another time.</source>
        <extracomment>``Session.info`` flag: this transaction may have made the signing key. Statuses that take a place in a slot (a no-show still took it).</extracomment>
        <translation>This time is no longer available. Choose another time.</translation>
    </message>
    <message>
        <source>There are no appointments at this time: {reason}. Choose another time.</source>
        <translation>There are no appointments at this time: {reason}. Choose another time.</translation>
    </message>
    <message>
        <source>This code is not a valid appointment code. Scan it again, or check in with your BSN and date of birth.</source>
        <translation>This code is not a valid appointment code. Scan it again, or check in with your BSN and date of birth.</translation>
    </message>
    <message>
        <source>No appointment for today was found. Check what you entered, or ask a host for help.</source>
        <translation>No appointment for today was found. Check what you entered, or ask a host for help.</translation>
    </message>
    <message>
        <source>You are early: your appointment is at {starts}. You can check in from {opens}.</source>
        <translation>You are early: your appointment is at {starts}. You can check in from {opens}.</translation>
    </message>
    <message>
        <source>Your appointment at {starts} has passed. Please take a ticket or ask a host for help.</source>
        <translation>Your appointment at {starts} has passed. Please take a ticket or ask a host for help.</translation>
    </message>
    <message>
        <source>This appointment has been cancelled.</source>
        <translation>This appointment has been cancelled.</translation>
    </message>
    <message>
        <source>Enter the name of the person the appointment is for.</source>
        <extracomment>For the QR on the confirmation; only given to staff who may book. Whether the visitor can check in with BSN and birth date (both were known at booking). The agenda's check-in window around ``starts_at``, for the confirmation's instructions. False when the appointment was checked in before (the same ticket is shown again).</extracomment>
        <translation>Enter the name of the person the appointment is for.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete.</source>
        <translation>This e-mail address is not complete.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>This appointment was already booked with other details. Open it to change it.</source>
        <translation>This appointment was already booked with other details. Open it to change it.</translation>
    </message>
    <message>
        <source>Only a booked appointment that has not started can be moved.</source>
        <translation>Only a booked appointment that has not started can be moved.</translation>
    </message>
    <message>
        <source>This appointment has started or passed and cannot be cancelled.</source>
        <translation>This appointment has started or passed and cannot be cancelled.</translation>
    </message>
    <message>
        <source>There is no agenda {code}.</source>
        <translation>There is no agenda {code}.</translation>
    </message>
    <message>
        <source>This appointment does not exist.</source>
        <translation>This appointment does not exist.</translation>
    </message>
    <message>
        <source>the day has passed</source>
        <translation>the day has passed</translation>
    </message>
    <message>
        <source>the day is too far ahead</source>
        <translation>the day is too far ahead</translation>
    </message>
    <message>
        <source>it is a public holiday</source>
        <translation>it is a public holiday</translation>
    </message>
    <message>
        <source>the office is closed that day</source>
        <translation>the office is closed that day</translation>
    </message>
    <message>
        <source>the time has passed</source>
        <translation>the time has passed</translation>
    </message>
    <message>
        <source>the time is not the start of a slot</source>
        <translation>the time is not the start of a slot</translation>
    </message>
    <message>
        <source>outside the opening hours</source>
        <translation>outside the opening hours</translation>
    </message>
    <message>
        <source>There is no visitor at this desk right now.</source>
        <extracomment>Recalls before a desk may mark the visitor as not shown up. Service times the wait estimate averages over, per queue (most recent first). Onderwerp of a visit ended without a registered contact (a domain text, kept in Dutch). Expected wait for a ticket taken now; None when no desk serving this queue is open. Since when the longest-waiting ticket of today waits; None when nobody waits. Waiting tickets ahead of this one in its queue (0 = next), when it is waiting. Queue codes of the routing profile, in priority order. False when a contact registered during the visit was completed instead of a new one.</extracomment>
        <translation>There is no visitor at this desk right now.</translation>
    </message>
    <message>
        <source>Ticket {code} is still being served at this desk. End, park or transfer it first.</source>
        <translation>Ticket {code} is still being served at this desk. End, park or transfer it first.</translation>
    </message>
    <message>
        <source>Call the visitor again first: a no-show can be recorded after {recalls} recalls.</source>
        <translation>Call the visitor again first: a no-show can be recorded after {recalls} recalls.</translation>
    </message>
    <message>
        <source>Open the desk first (sign in at a desk).</source>
        <translation>Open the desk first (sign in at a desk).</translation>
    </message>
    <message>
        <source>This queue is for appointments only. Check in with your appointment instead.</source>
        <translation>This queue is for appointments only. Check in with your appointment instead.</translation>
    </message>
    <message>
        <source>There is no queue {code}.</source>
        <translation>There is no queue {code}.</translation>
    </message>
    <message>
        <source>This ticket is not parked at this desk.</source>
        <translation>This ticket is not parked at this desk.</translation>
    </message>
    <message>
        <source>Choose either a queue or a desk to transfer to.</source>
        <translation>Choose either a queue or a desk to transfer to.</translation>
    </message>
    <message>
        <source>Choose another desk than your own.</source>
        <translation>Choose another desk than your own.</translation>
    </message>
    <message>
        <source>There is no desk {code}.</source>
        <extracomment>What ``TicketInfo`` needs from a ticket row (with the queue's and appointment's names).</extracomment>
        <translation>There is no desk {code}.</translation>
    </message>
    <message>
        <source>The printer reported a problem. Ask a colleague to check the printer.</source>
        <translation>The printer reported a problem. Ask a colleague to check the printer.</translation>
    </message>
    <message>
        <source>The printer does not respond. Check that it is switched on and connected, then print again.</source>
        <translation>The printer does not respond. Check that it is switched on and connected, then print again.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Load paper, then print again.</source>
        <translation>The printer is out of paper. Load paper, then print again.</translation>
    </message>
    <message>
        <source>The paper is stuck in the printer. Open the printer, clear it and print again.</source>
        <translation>The paper is stuck in the printer. Open the printer, clear it and print again.</translation>
    </message>
    <message>
        <source>The document was not printed. It has been kept: print it again or show it on screen.</source>
        <translation>The document was not printed. It has been kept: print it again or show it on screen.</translation>
    </message>
    <message>
        <source>This printer cannot print this kind of document. Choose another printer or show the document on screen.</source>
        <translation>This printer cannot print this kind of document. Choose another printer or show the document on screen.</translation>
    </message>
    <message>
        <source>The document could not be read. Try again or ask a colleague for help.</source>
        <translation>The document could not be read. Try again or ask a colleague for help.</translation>
    </message>
    <message>
        <source>The chip of the document sent data that could not be read. Try again.</source>
        <translation>The chip of the document sent data that could not be read. Try again.</translation>
    </message>
    <message>
        <source>The document was taken off the reader too soon. Put it back and keep it still until reading has finished.</source>
        <translation>The document was taken off the reader too soon. Put it back and keep it still until reading has finished.</translation>
    </message>
    <message>
        <source>The document reader is not available. Ask a colleague for help.</source>
        <translation>The document reader is not available. Ask a colleague for help.</translation>
    </message>
    <message>
        <source>This card has no passport or identity card chip that can be read here. Use a passport or Dutch identity card.</source>
        <translation>This card has no passport or identity card chip that can be read here. Use a passport or Dutch identity card.</translation>
    </message>
    <message>
        <source>The document number, date of birth or expiry date does not match the chip.</source>
        <translation>The document number, date of birth or expiry date does not match the chip.</translation>
    </message>
    <message>
        <source>The connection with the chip was interrupted. Put the document back on the reader and try again.</source>
        <translation>The connection with the chip was interrupted. Put the document back on the reader and try again.</translation>
    </message>
    <message>
        <source>Part of the chip could not be read. Try again or ask a colleague for help.</source>
        <translation>Part of the chip could not be read. Try again or ask a colleague for help.</translation>
    </message>
    <message>
        <source>The machine-readable zone must have 2 lines of 44 or 36 characters, or 3 lines of 30 characters.</source>
        <translation>The machine-readable zone must have 2 lines of 44 or 36 characters, or 3 lines of 30 characters.</translation>
    </message>
    <message>
        <source>Line {line} of the machine-readable zone has {length} characters instead of {expected}.</source>
        <translation>Line {line} of the machine-readable zone has {length} characters instead of {expected}.</translation>
    </message>
    <message>
        <source>Line {line} of the machine-readable zone contains characters other than A-Z, 0-9 and &lt;.</source>
        <translation>Line {line} of the machine-readable zone contains characters other than A-Z, 0-9 and &lt;.</translation>
    </message>
    <message>
        <source>The check digit of the document number does not match.</source>
        <translation>The check digit of the document number does not match.</translation>
    </message>
    <message>
        <source>The check digit of the date of birth does not match.</source>
        <translation>The check digit of the date of birth does not match.</translation>
    </message>
    <message>
        <source>The check digit of the expiry date does not match.</source>
        <translation>The check digit of the expiry date does not match.</translation>
    </message>
    <message>
        <source>The check digit of the personal number does not match.</source>
        <translation>The check digit of the personal number does not match.</translation>
    </message>
    <message>
        <source>The composite check digit of the machine-readable zone does not match.</source>
        <translation>The composite check digit of the machine-readable zone does not match.</translation>
    </message>
    <message>
        <source>The document type must start with a letter.</source>
        <translation>The document type must start with a letter.</translation>
    </message>
    <message>
        <source>The issuing state is not a valid country code.</source>
        <translation>The issuing state is not a valid country code.</translation>
    </message>
    <message>
        <source>The nationality is not a valid country code.</source>
        <translation>The nationality is not a valid country code.</translation>
    </message>
    <message>
        <source>The document number is missing or not valid.</source>
        <translation>The document number is missing or not valid.</translation>
    </message>
    <message>
        <source>The surname is missing.</source>
        <translation>The surname is missing.</translation>
    </message>
    <message>
        <source>The name may only contain letters.</source>
        <translation>The name may only contain letters.</translation>
    </message>
    <message>
        <source>The date of birth is not a valid date.</source>
        <translation>The date of birth is not a valid date.</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>The expiry date is not a valid date.</translation>
    </message>
    <message>
        <source>The sex must be M, F, X or &lt;.</source>
        <translation>The sex must be M, F, X or &lt;.</translation>
    </message>
    <message>
        <source>The BSN in the document does not pass the elfproef.</source>
        <translation>The BSN in the document does not pass the elfproef.</translation>
    </message>
    <message>
        <source>The machine-readable zone of the document is not valid. Check it and try again.</source>
        <translation>The machine-readable zone of the document is not valid. Check it and try again.</translation>
    </message>
    <message>
        <source>The chip of the document could not be verified as genuine. Check the document by hand.</source>
        <translation>The chip of the document could not be verified as genuine. Check the document by hand.</translation>
    </message>
    <message>
        <source>The security data on the chip could not be read, so the document cannot be verified. Check the document by hand.</source>
        <translation>The security data on the chip could not be read, so the document cannot be verified. Check the document by hand.</translation>
    </message>
    <message>
        <source>Data group {data_group} on the chip has been changed after the document was issued. Do not accept the document; ask a colleague.</source>
        <translation>Data group {data_group} on the chip has been changed after the document was issued. Do not accept the document; ask a colleague.</translation>
    </message>
    <message>
        <source>Data group {data_group} on the chip is not covered by its security data. Do not accept the document; ask a colleague.</source>
        <translation>Data group {data_group} on the chip is not covered by its security data. Do not accept the document; ask a colleague.</translation>
    </message>
    <message>
        <source>The security data on the chip has been changed after the document was issued. Do not accept the document; ask a colleague.</source>
        <translation>The security data on the chip has been changed after the document was issued. Do not accept the document; ask a colleague.</translation>
    </message>
    <message>
        <source>The signature on the chip's data is not valid. Do not accept the document; ask a colleague.</source>
        <translation>The signature on the chip's data is not valid. Do not accept the document; ask a colleague.</translation>
    </message>
    <message>
        <source>The document was signed by an authority that is not on our list of trusted issuers. Check the document by hand and ask a colleague.</source>
        <translation>The document was signed by an authority that is not on our list of trusted issuers. Check the document by hand and ask a colleague.</translation>
    </message>
    <message>
        <source>The certificate the document was signed with is not valid today. Check the document by hand and ask a colleague.</source>
        <translation>The certificate the document was signed with is not valid today. Check the document by hand and ask a colleague.</translation>
    </message>
    <message>
        <source>The payment terminal reported a problem. Ask a colleague for help.</source>
        <translation>The payment terminal reported a problem. Ask a colleague for help.</translation>
    </message>
    <message>
        <source>The payment terminal does not respond. Check that it is switched on and connected.</source>
        <translation>The payment terminal does not respond. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <source>The connection to the payment terminal was lost. Try again.</source>
        <translation>The connection to the payment terminal was lost. Try again.</translation>
    </message>
    <message>
        <source>The payment terminal did not answer in time. Try again.</source>
        <translation>The payment terminal did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>The payment terminal sent a message that is too large. Ask a colleague.</source>
        <translation>The payment terminal sent a message that is too large. Ask a colleague.</translation>
    </message>
    <message>
        <source>The payment terminal sent a message that could not be read. Ask a colleague.</source>
        <translation>The payment terminal sent a message that could not be read. Ask a colleague.</translation>
    </message>
    <message>
        <source>A station id has 1 to {limit} characters.</source>
        <translation>A station id has 1 to {limit} characters.</translation>
    </message>
    <message>
        <source>Unknown kind of device: {device}.</source>
        <translation>Unknown kind of device: {device}.</translation>
    </message>
    <message>
        <source>A device state is a lower-case word such as idle or paper_out.</source>
        <translation>A device state is a lower-case word such as idle or paper_out.</translation>
    </message>
    <message>
        <source>State what the uittreksel is for (purpose).</source>
        <extracomment>A scanned code longer than this is refused before it is decoded. Longer purposes are refused: the purpose is printed and signed into the QR code, and a code of more than about 1,200 characters is dense enough to fail a counter scanner. The code's smallest size; it grows so that one module is at least ``QR_MIN_MODULE`` wide (a long name, address and purpose make a denser code). 0.5 mm modules: what a 2D hand scanner at the counter reads from a laser print. Table 32 names in English for the nationalities the counter meets all day; others are shown with their Dutch table name (or code), as the BRP itself has no English names.</extracomment>
        <translation>State what the uittreksel is for (purpose).</translation>
    </message>
    <message>
        <source>Keep the purpose of the uittreksel to {limit} characters or fewer.</source>
        <translation>Keep the purpose of the uittreksel to {limit} characters or fewer.</translation>
    </message>
    <message>
        <source>The chip holds a different document than the one scanned. Scan the document again.</source>
        <translation>The chip holds a different document than the one scanned. Scan the document again.</translation>
    </message>
    <message>
        <source>This document carries no BSN. Search the person by name and date of birth instead.</source>
        <translation>This document carries no BSN. Search the person by name and date of birth instead.</translation>
    </message>
    <message>
        <source>The name or date of birth on the document differs from the BRP. Check the document with the visitor.</source>
        <translation>The name or date of birth on the document differs from the BRP. Check the document with the visitor.</translation>
    </message>
    <message>
        <source>The document could not be verified as genuine. Please ask a host for help.</source>
        <translation>The document could not be verified as genuine. Please ask a host for help.</translation>
    </message>
    <message>
        <source>This payment is already {state}; it cannot become {target}. Refresh and look again.</source>
        <extracomment>States a payment can end in without anyone having to look at it again. What the terminal can say about a request. What recovery must settle: sent or maybe sent without an answer, or paid and not handed over.</extracomment>
        <translation>This payment is already {state}; it cannot become {target}. Refresh and look again.</translation>
    </message>
    <message>
        <source>There is no payment with this reference.</source>
        <translation>There is no payment with this reference.</translation>
    </message>
    <message>
        <source>A refund cannot be more than what is left of the payment: {left}.</source>
        <translation>A refund cannot be more than what is left of the payment: {left}.</translation>
    </message>
    <message>
        <source>An amount must be a whole number of cents above zero.</source>
        <translation>An amount must be a whole number of cents above zero.</translation>
    </message>
    <message>
        <source>A currency is three capital letters, such as EUR.</source>
        <translation>A currency is three capital letters, such as EUR.</translation>
    </message>
    <message>
        <source>No printer is set up for this workstation. The document has been kept: save it as PDF, or ask the application administrator to set up a printer.</source>
        <translation>No printer is set up for this workstation. The document has been kept: save it as PDF, or ask the application administrator to set up a printer.</translation>
    </message>
    <message>
        <source>The printer has not confirmed that the document came out. It has been kept: print it again if it did not come out, discard it if it did.</source>
        <translation>The printer has not confirmed that the document came out. It has been kept: print it again if it did not come out, discard it if it did.</translation>
    </message>
    <message>
        <source>A device reported a problem. Ask a colleague for help.</source>
        <translation>A device reported a problem. Ask a colleague for help.</translation>
    </message>
    <message>
        <source>Kiosk {kiosk} has not reported to the host view; it cannot be reached.</source>
        <extracomment>A kiosk beats every 5 s; three missed beats and the host view calls it offline. A visitor's waiting time is clamped, not refused: a help request must not fail on a counter. The kiosk's languages and their ISO 639-2/B code on the Klantcontact. The contact's onderwerp per task: Dutch domain texts (data, not screen text). How the session ended, in the contact's inhoud (Dutch, for the staff reading a history).</extracomment>
        <translation>Kiosk {kiosk} has not reported to the host view; it cannot be reached.</translation>
    </message>
    <message>
        <source>This help request does not exist (any more).</source>
        <translation>This help request does not exist (any more).</translation>
    </message>
    <message>
        <source>This help request has already been resolved.</source>
        <translation>This help request has already been resolved.</translation>
    </message>
    <message>
        <source>The identified person is not in the registry; nothing was saved.</source>
        <extracomment>Also the Klantcontact's UUID: a staff visit registered earlier under it is reused. The step code the visitor reached (``self.paying``, ``bsn``, ...). "nl" or "en". The identified document holder (self-service). The visitor's answer to the KTO question on the last screen (1-5), if tapped. False when the contact already existed: a resend, or the staff visit registered earlier. A host asked to end the current session; returned to one heartbeat only. Display name of the host who acknowledged the kiosk's open help request. Seen within the service's ``online_window``. How long the visitor had been busy at the kiosk when asking. Display name of the host who acknowledged it. A kiosk not seen for longer is shown offline (3 x the heartbeat interval).</extracomment>
        <translation>The identified person is not in the registry; nothing was saved.</translation>
    </message>
    <message>
        <source>The note is longer than {n} characters.</source>
        <translation>The note is longer than {n} characters.</translation>
    </message>
    <message>
        <source>A kiosk id has 1 to {limit} characters.</source>
        <translation>A kiosk id has 1 to {limit} characters.</translation>
    </message>
    <message>
        <source>A step code is a lower-case word such as attract or self.paying.</source>
        <translation>A step code is a lower-case word such as attract or self.paying.</translation>
    </message>
    <message>
        <source>The kiosk language is nl or en.</source>
        <translation>The kiosk language is nl or en.</translation>
    </message>
    <message>
        <source>The session times are not possible: it ends before it starts or later than now.</source>
        <translation>The session times are not possible: it ends before it starts or later than now.</translation>
    </message>
    <message>
        <source>A self-service session names its product.</source>
        <translation>A self-service session names its product.</translation>
    </message>
    <message>
        <source>A ticket code has at most {n} characters.</source>
        <translation>A ticket code has at most {n} characters.</translation>
    </message>
    <message>
        <source>This document has expired. Use a valid passport or identity card, or ask a host for help.</source>
        <extracomment>The audit purpose of the kiosk's BRP reads (doelbinding): the holder's own data only. What this service can hand out at a kiosk; a catalogue entry for anything else is ignored.</extracomment>
        <translation>This document has expired. Use a valid passport or identity card, or ask a host for help.</translation>
    </message>
    <message>
        <source>Your details could not be found in the BRP. Please ask a host for help.</source>
        <translation>Your details could not be found in the BRP. Please ask a host for help.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <extracomment>The protocol's subject type of a row about a person (``app.services.persons`` and the services that read or register a person's contacts, tasks and appointments). What a search that found nobody records as its subject: no person, still a lookup. How long a report may span: a year of lookups is what an inspection asks for. The username or kiosk id; empty for the operators' own scripts (no actor). The actor's roles now, comma-separated (``kiosk`` for a kiosk). Empty for a search that found nobody. All matching rows; more than ``len(rows)`` when the limit cut the list.
----------
The share of contacts the KCC answers itself, without a hand-off (the seeds' 80% target). Wait in the queue a visitor should not exceed, per queue code; other queues: the default. Contacts a drill-down lists at most; the total says how many there are.</extracomment>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>A period of at most {days} days, please.</source>
        <translation>A period of at most {days} days, please.</translation>
    </message>
    <message>
        <source>There is no user or kiosk {actor}.</source>
        <translation>There is no user or kiosk {actor}.</translation>
    </message>
    <message>
        <source>A score can only be given right after a visit at the desk.</source>
        <extracomment>How long after a contact the visitor can still give a score: the question follows the visit; an old contact rated much later is not the visitor's answer. Channels where the visitor stands at the screen that asks.</extracomment>
        <translation>A score can only be given right after a visit at the desk.</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5.</source>
        <translation>A score is a whole number from 1 to 5.</translation>
    </message>
    <message>
        <source>Paying is not possible right now. Nothing was charged. Please try again later.</source>
        <extracomment>Nothing was charged for these: the terminal said no, gave up, or never got the request.</extracomment>
        <translation>Paying is not possible right now. Nothing was charged. Please try again later.</translation>
    </message>
</context>
<context>
    <name>funnel_action</name>
    <message>
        <source>Answered: nothing else to do</source>
        <extracomment>What the end of a question funnel tells the employee to do next, as an instruction.</extracomment>
        <translation>Answered: nothing else to do</translation>
    </message>
    <message>
        <source>The kiosk can do this</source>
        <translation>The kiosk can do this</translation>
    </message>
    <message>
        <source>Needs an appointment at the counter</source>
        <translation>Needs an appointment at the counter</translation>
    </message>
    <message>
        <source>Hand off to {unit}</source>
        <translation>Hand off to {unit}</translation>
    </message>
    <message>
        <source>Online, with DigiD</source>
        <translation>Online, with DigiD</translation>
    </message>
    <message>
        <source>the back office</source>
        <translation>the back office</translation>
    </message>
</context>
<context>
    <name>help_reason</name>
    <message>
        <source>Visitor asks for help</source>
        <extracomment>Steps where nobody is using the kiosk: no session age, and ending a session has no point.</extracomment>
        <translation>Visitor asks for help</translation>
    </message>
    <message>
        <source>Paid document not printed</source>
        <translation>Paid document not printed</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>Payment problem</translation>
    </message>
    <message>
        <source>Device failed during a visit</source>
        <translation>Device failed during a visit</translation>
    </message>
</context>
<context>
    <name>host_step</name>
    <message>
        <source>Starting up</source>
        <translation>Starting up</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Out of order</translation>
    </message>
    <message>
        <source>Start screen, free</source>
        <translation>Start screen, free</translation>
    </message>
    <message>
        <source>Choosing a language</source>
        <translation>Choosing a language</translation>
    </message>
    <message>
        <source>Choosing what to do</source>
        <translation>Choosing what to do</translation>
    </message>
    <message>
        <source>Registering the visit</source>
        <translation>Registering the visit</translation>
    </message>
    <message>
        <source>Thank-you screen</source>
        <translation>Thank-you screen</translation>
    </message>
    <message>
        <source>Error screen</source>
        <translation>Error screen</translation>
    </message>
    <message>
        <source>Choosing a queue</source>
        <translation>Choosing a queue</translation>
    </message>
    <message>
        <source>Taking a ticket</source>
        <translation>Taking a ticket</translation>
    </message>
    <message>
        <source>Ticket shown</source>
        <translation>Ticket shown</translation>
    </message>
    <message>
        <source>Checking in for an appointment</source>
        <translation>Checking in for an appointment</translation>
    </message>
    <message>
        <source>Typing the BSN</source>
        <translation>Typing the BSN</translation>
    </message>
    <message>
        <source>Typing the date of birth</source>
        <translation>Typing the date of birth</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Checking in</translation>
    </message>
    <message>
        <source>Check-in refused</source>
        <translation>Check-in refused</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>Self-service: scanning the ID document</source>
        <translation>Self-service: scanning the ID document</translation>
    </message>
    <message>
        <source>Self-service: reading the chip</source>
        <translation>Self-service: reading the chip</translation>
    </message>
    <message>
        <source>Self-service: confirming</source>
        <translation>Self-service: confirming</translation>
    </message>
    <message>
        <source>Self-service: paying by card</source>
        <translation>Self-service: paying by card</translation>
    </message>
    <message>
        <source>Self-service: printing</source>
        <translation>Self-service: printing</translation>
    </message>
    <message>
        <source>Self-service: done</source>
        <translation>Self-service: done</translation>
    </message>
    <message>
        <source>Self-service: problem</source>
        <translation>Self-service: problem</translation>
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
    <name>mi</name>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Open, in time</source>
        <translation>Open, in time</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Open, overdue</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Cancelled by host</source>
        <translation>Cancelled by host</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Median wait (min)</translation>
    </message>
    <message>
        <source>90% waited at most (min)</source>
        <translation>90% waited at most (min)</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Error screen</source>
        <translation>Error screen</translation>
    </message>
    <message>
        <source>Queue choice</source>
        <translation>Queue choice</translation>
    </message>
    <message>
        <source>Taking ticket</source>
        <translation>Taking ticket</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Checking in</translation>
    </message>
    <message>
        <source>Check-in refused</source>
        <translation>Check-in refused</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Self-service</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>Reading chip</source>
        <translation>Reading chip</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Self-service done</source>
        <translation>Self-service done</translation>
    </message>
    <message>
        <source>Self-service problem</source>
        <translation>Self-service problem</translation>
    </message>
</context>
<context>
    <name>nationality</name>
    <message>
        <source>Dutch</source>
        <extracomment>BRP table 32. Only the nationality the counter meets all day gets a name; any other is shown as its code, which staff can look up, rather than a half-maintained copy of the table.</extracomment>
        <translation>Dutch</translation>
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
    <name>payment_kind</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
</context>
<context>
    <name>payment_state</name>
    <message>
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <source>Waiting for the terminal</source>
        <translation>Waiting for the terminal</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Paid and handed over</source>
        <translation>Paid and handed over</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Outcome unknown: check the terminal</source>
        <extracomment>Why a row is amber, in a few words; shown on the row and under the list.</extracomment>
        <translation>Outcome unknown: check the terminal</translation>
    </message>
    <message>
        <source>Paid but not handed over: deliver or reverse</source>
        <translation>Paid but not handed over: deliver or reverse</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>A refund that is on its way or done counts against what is left; a refused one does not.</extracomment>
        <translation>Refunded</translation>
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
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>signals</name>
    <message>
        <source>The passport {number} expired on {date}.</source>
        <translation>The passport {number} expired on {date}.</translation>
    </message>
    <message>
        <source>The identity card {number} expired on {date}.</source>
        <translation>The identity card {number} expired on {date}.</translation>
    </message>
    <message>
        <source>The travel document {number} ({kind}) expired on {date}.</source>
        <translation>The travel document {number} ({kind}) expired on {date}.</translation>
    </message>
    <message>
        <source>The passport {number} expires on {date}: offer to apply for a new one.</source>
        <translation>The passport {number} expires on {date}: offer to apply for a new one.</translation>
    </message>
    <message>
        <source>The identity card {number} expires on {date}: offer to apply for a new one.</source>
        <translation>The identity card {number} expires on {date}: offer to apply for a new one.</translation>
    </message>
    <message>
        <source>The travel document {number} ({kind}) expires on {date}.</source>
        <translation>The travel document {number} ({kind}) expires on {date}.</translation>
    </message>
    <message>
        <source>Turns 18 on {date} (health insurance, DigiD, own identity document).</source>
        <translation>Turns 18 on {date} (health insurance, DigiD, own identity document).</translation>
    </message>
    <message>
        <source>Moved to this address on {date}: check parking permit and waste pass.</source>
        <translation>Moved to this address on {date}: check parking permit and waste pass.</translation>
    </message>
    <message>
        <source>Deceased on {date}.</source>
        <translation>Deceased on {date}.</translation>
    </message>
    <message>
        <source>Secrecy of personal data (level {level}): give no data to third parties.</source>
        <translation>Secrecy of personal data (level {level}): give no data to third parties.</translation>
    </message>
</context>
<context>
    <name>thema</name>
    <message>
        <source>Civil affairs</source>
        <extracomment>A fee above this is a typing error (an extra zero), not a municipal tariff: € 100.000. About one year of working days; a longer norm is a typing error.</extracomment>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Municipal taxes</source>
        <translation>Municipal taxes</translation>
    </message>
    <message>
        <source>Care and support</source>
        <translation>Care and support</translation>
    </message>
    <message>
        <source>Work and income</source>
        <translation>Work and income</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>Public space</source>
        <translation>Public space</translation>
    </message>
    <message>
        <source>Housing and building</source>
        <translation>Housing and building</translation>
    </message>
    <message>
        <source>Business and events</source>
        <translation>Business and events</translation>
    </message>
</context>
<context>
    <name>ticket_status</name>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>at the desk</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parked</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
</TS>
