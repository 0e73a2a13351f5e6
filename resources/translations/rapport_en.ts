<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactActions</name>
    <message numerus="yes">
        <source>Add %n contact(s) to the group (type a new name to make one):</source>
        <translation>
            <numerusform>Add %n contact to the group (type a new name to make one):</numerusform>
            <numerusform>Add %n contacts to the group (type a new name to make one):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good, with their notes, history and purchases?</source>
        <translation>
            <numerusform>Delete %n contact for good, with their notes, history and purchases?</numerusform>
            <numerusform>Delete %n contacts for good, with their notes, history and purchases?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n possible duplicate.</numerusform>
            <numerusform>%n possible duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsWindow</name>
    <message numerus="yes">
        <source>%n customer(s) invited.</source>
        <translation>
            <numerusform>%n customer invited.</numerusform>
            <numerusform>%n customers invited.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GreetingsDesk</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message numerus="yes">
        <source>Import of {when} undone: %Ln customer(s) removed.</source>
        <translation>
            <numerusform>Import of {when} undone: %Ln customer removed.</numerusform>
            <numerusform>Import of {when} undone: %Ln customers removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message numerus="yes">
        <source>%n invitation(s) logged as sent messages.</source>
        <translation>
            <numerusform>%n invitation logged as sent messages.</numerusform>
            <numerusform>%n invitations logged as sent messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>%n customer(s) chosen.</source>
        <translation>
            <numerusform>%n customer chosen.</numerusform>
            <numerusform>%n customers chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Invite %n</numerusform>
            <numerusform>Invite %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostTab</name>
    <message numerus="yes">
        <source>%Ln customer(s) lost; revenue lost (their last 12 months before leaving): {revenue}</source>
        <translation>
            <numerusform>%Ln customer lost; revenue lost (their last 12 months before leaving): {revenue}</numerusform>
            <numerusform>%Ln customers lost; revenue lost (their last 12 months before leaving): {revenue}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln customer to {path}.</numerusform>
            <numerusform>Exported %Ln customers to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeChoiceDialog</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact every %n day(s).</source>
        <translation>
            <numerusform>Contact every %n day.</numerusform>
            <numerusform>Contact every %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) referred by {other} are now referred by {keep}.</source>
        <translation>
            <numerusform>%n customer referred by {other} is now referred by {keep}.</numerusform>
            <numerusform>%n customers referred by {other} are now referred by {keep}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message numerus="yes">
        <source>Saved to {path}: %n customer(s).</source>
        <translation>
            <numerusform>Saved to {path}: %n customer.</numerusform>
            <numerusform>Saved to {path}: %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParetoTab</name>
    <message numerus="yes">
        <source>{total} from %Ln customer(s) since {start}</source>
        <translation>
            <numerusform>{total} from %Ln customer since {start}</numerusform>
            <numerusform>{total} from %Ln customers since {start}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ranked, in other currencies: {amounts} from %Ln customer(s) (those who bought only in them keep their tier)</source>
        <translation>
            <numerusform>Not ranked, in other currencies: {amounts} from %Ln customer (those who bought only in them keep their tier)</numerusform>
            <numerusform>Not ranked, in other currencies: {amounts} from %Ln customers (those who bought only in them keep their tier)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give every customer their suggested tier? %Ln customer(s) change tier. “Undo last” puts the old tiers back.</source>
        <translation>
            <numerusform>Give every customer their suggested tier? %Ln customer changes tier. “Undo last” puts the old tiers back.</numerusform>
            <numerusform>Give every customer their suggested tier? %Ln customers change tier. “Undo last” puts the old tiers back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) got their suggested tier.</source>
        <translation>
            <numerusform>%Ln customer got their suggested tier.</numerusform>
            <numerusform>%Ln customers got their suggested tier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneSync</name>
    <message numerus="yes">
        <source>%n customer(s) you put in the trash are still on the phone: {names}. Delete them there too?</source>
        <translation>
            <numerusform>%n customer you put in the trash is still on the phone: {names}. Delete them there too?</numerusform>
            <numerusform>%n customers you put in the trash are still on the phone: {names}. Delete them there too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <source>%n carried over to next week&apos;s plan (week {week}).</source>
        <translation>
            <numerusform>%n carried over to next week&apos;s plan (week {week}).</numerusform>
            <numerusform>%n carried over to next week&apos;s plan (week {week}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated entries found no room on or before their day: they are on Today&apos;s list.</source>
        <translation>
            <numerusform>%n dated entries found no room on or before their day: they are on Today&apos;s list.</numerusform>
            <numerusform>%n dated entries found no room on or before their day: they are on Today&apos;s list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brought forward from next week.</source>
        <translation>
            <numerusform>%n brought forward from next week.</numerusform>
            <numerusform>%n brought forward from next week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n event to {path}.</numerusform>
            <numerusform>Saved %n events to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n file(s) to import</source>
        <translation>
            <numerusform>%n file to import</numerusform>
            <numerusform>%n files to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contact(s) in the vCards</source>
        <translation>
            <numerusform>, %n contact in the vCards</numerusform>
            <numerusform>, %n contacts in the vCards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: vCard, {encoding}, %n contact(s)</source>
        <translation>
            <numerusform>{name}: vCard, {encoding}, %n contact</numerusform>
            <numerusform>{name}: vCard, {encoding}, %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>%n new contact(s) added</source>
        <translation>
            <numerusform>%n new contact added</numerusform>
            <numerusform>%n new contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing contact(s) completed</source>
        <translation>
            <numerusform>%n existing contact completed</numerusform>
            <numerusform>%n existing contacts completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known, unchanged</source>
        <translation>
            <numerusform>%n already known, unchanged</numerusform>
            <numerusform>%n already known, unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person (not merged)</source>
        <translation>
            <numerusform>%n pair that may be the same person (not merged)</numerusform>
            <numerusform>%n pairs that may be the same person (not merged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) read again for {country}</source>
        <translation>
            <numerusform>%n number read again for {country}</numerusform>
            <numerusform>%n numbers read again for {country}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the rest was imported:</source>
        <translation>
            <numerusform>%n problem found; the rest was imported:</numerusform>
            <numerusform>%n problems found; the rest was imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutePanel</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a known place (last in the day, not on the map)</source>
        <translation>
            <numerusform>%n without a known place (last in the day, not on the map)</numerusform>
            <numerusform>%n without a known place (last in the day, not on the map)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>Reading and matching %n file(s)…</source>
        <translation>
            <numerusform>Reading and matching %n file…</numerusform>
            <numerusform>Reading and matching %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message numerus="yes">
        <source>%Ln customer(s): {amounts}</source>
        <translation>
            <numerusform>%Ln customer: {amounts}</numerusform>
            <numerusform>%Ln customers: {amounts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message numerus="yes">
        <source>%n greeting(s) logged as sent messages.</source>
        <translation>
            <numerusform>%n greeting logged as sent messages.</numerusform>
            <numerusform>%n greetings logged as sent messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n greeting(s) saved to {path}.</source>
        <translation>
            <numerusform>%n greeting saved to {path}.</numerusform>
            <numerusform>%n greetings saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageCardsModel</name>
    <message numerus="yes">
        <source>{name}
%Ln day(s) here</source>
        <translation>
            <numerusform>{name}
%Ln day here</numerusform>
            <numerusform>{name}
%Ln days here</numerusform>
        </translation>
    </message>
</context>
</TS>
