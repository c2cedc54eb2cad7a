## samtale's own words (English). Every key here exists in locales/da/samtale.ftl too.

## The staff member who holds the conversation with the citizen. The team can change it
## with staff_word in the config file (docs/glossary.md); the built-in dialogues use only this.

-staff = { $form ->
        [genitive] support worker's
       *[indefinite] support worker
    }

## Answers as they are shown and written in the journal

answer-yes = Yes
answer-no = No
answer-skipped = (skipped)
answer-none = (not answered)
answer-none-chosen = (none chosen)
answer-no-entries = (nobody listed)

## Results

result-score = { $label }: { $value }
result-score-max = { $label }: { $value }/{ $max }
result-score-missing = { $label }: not worked out, because not every question was answered.
result-score-left-out = { $label }: { $count ->
    [one] one answer was “not relevant” and is not counted.
   *[other] { $count } answers were “not relevant” and are not counted.
}
result-score-too-many-left-out = { $label }: not worked out, because { $count } answers were “not relevant” and at most { $most } may be left out.
result-score-none-counts = { $label }: not worked out, because no answer counts (answers that are “not relevant” are left out).
result-secondary-source = (This cut-off was not set by the form's own authors, but is used by others.)
result-since = (Since { $date }, { $ago }.)
result-since-close = (Since { $date }, { $ago }. That is less than the { $recall } days the questions ask about, so the two answers partly cover the same days.)

## Dates

date-long = { $day } { $month }
date-long-year = { $day } { $month } { $year }
days-ago = { $days ->
    [0] today
    [1] yesterday
   *[other] { $days } days ago
}
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Who a dialogue is for

audience-citizen = For the citizen
audience-together = For the citizen and their { -staff } together
audience-staff = For staff and trainers
list-minutes = about { $minutes } min

## Crisis contacts

contacts-emergency = In an emergency, when life is in danger: call 112.
contacts-none-configured = (No local crisis contacts are set up yet. Staff can add them under crisis_contacts in the config file; `samtale config` shows where it is.)

## The line mode

home-welcome = Welcome. Which dialogue would you like to use?
home-pick = Type the number of a dialogue and press Enter.
run-ask-participant = Pseudonym for the citizen (letters, digits, -, _ and ., not a dot first; at most 64 characters):
run-rehearsal = Rehearsal: nothing is written to a participant's journal.
run-resume = There is an unfinished conversation from { $started } ({ $answered } { $answered ->
        [one] answer
       *[other] answers
    }). Do you want to continue it?
run-saved = Saved in { $path }
run-paused-saved = The conversation is paused and saved in { $path }. Start it again for the same participant to continue where you stopped.
run-unsaved = This answer could not be saved; here it is, so that it is not lost:
    { $text }
run-unknown-dialogue = There is no dialogue called "{ $id }". `samtale list` shows the dialogues there are.
plain-question-of = Question { $number } of { $total }
plain-note = Note for the facilitator: { $note }
plain-scale = Type a number from { $min } ({ $minlabel }) to { $max } ({ $maxlabel }), for example { $example }.
plain-single = Type the number of your answer.
plain-multi = Type the numbers of your answers, separated by spaces or commas.
plain-yes-no = Answer yes or no (y/n).
plain-yes-no-again = Please answer yes or no (y/n).
plain-yes-no-default-yes = [Y/n]
plain-yes-no-default-no = [y/N]
plain-long-text = Write as many lines as you like. End with a line holding only a full stop (.).
plain-number = Type a number (from { $min } to { $max }).
plain-current-answer = Your answer now: { $answer } (press Enter to keep it)
plain-commands = (Enter without an answer skips the question · ? help · :back · :pause)
plain-commands-required = (? help · :back · :pause)
plain-no-help = There is no extra help for this question. You can skip it, or come back to it later.
plain-repeat-empty = Nobody is listed yet.
plain-repeat-commands = Type + to add someone, a number to change that entry, -number to remove it, or press Enter when the list is done.
plain-field-current = { $field } (now: { $value }; press Enter to keep it):
plain-field-choose-one = Type the number of the answer.
plain-field-choose-several = Type the numbers of those that fit, with spaces between them (for example 1 3).
plain-review-heading = Your answers. Shall we write it like this?
plain-review-hidden = Set aside (answered earlier, no longer asked after a later answer changed; kept in the journal):
plain-review-commands = Type the number of an answer to change it, or press Enter to finish. (:back · :pause)
plain-result-heading = Result
plain-paused = Paused. Nothing you answered is lost.

## Why the conversation did not move on

notice-required = This question needs an answer before we go on.
notice-invalid = That answer does not fit here. Please try again.
notice-does-not-fit = That is not one of the answers here. Please try again.
notice-scale-range = { $decimals ->
        [0] Type a whole number from { $min } to { $max }.
        [one] Type a number from { $min } to { $max }, with at most { $decimals } decimal.
       *[other] Type a number from { $min } to { $max }, with at most { $decimals } decimals.
    }
notice-not-a-number = "{ $text }" is not a number. Please type a number, for example 6.5.
notice-pick-a-number = Please type one of the numbers shown.
notice-pick-numbers = Please type only numbers that are shown.
notice-field-required = "{ $field }" needs to be filled in.
notice-field-choose = Here you choose with the numbers, Space or the arrows ← →. Tab goes on to the next field.
notice-nothing-there = Nothing in the section "{ $section }" is asked now.

## Where a setting came from

origin-flag = from { $flag }
origin-env = from the environment variable { $name }
origin-config-file = from the config file
origin-system = from the system language ({ $variable })
origin-default = samtale's default

## The config file and settings

config-show-file = Config file: { $path } ({ $state }; { $origin })
config-file-read = read
config-file-absent = not there, so defaults are used
config-show-no-file = Config file: none (no config folder on this system)
config-show-data-dir = Data folder: { $path } ({ $origin })
config-show-lang = Language: { $lang } ({ $origin })
config-show-dialogues = Own dialogues: { $path } ({ $origin })
config-show-no-dialogues = Own dialogues: none (only the built-in ones)
config-show-contacts = Local crisis contacts: { $count }
config-broken-hint = samtale did not start, so as not to run on half a config. Correct the file, or start with --config pointing to another one.
config-missing = The config file { $path } ({ $origin }) is not there. Create it, or leave the setting out to use the defaults.
config-lang-malformed = "{ $lang }" ({ $origin }) is not a language tag. Use da or en.
config-lang-unsupported = samtale has no texts in "{ $lang }" ({ $origin }). It speaks da (Danish) and en (English).
config-lang-malformed-here = "{ $lang }" ({ origin-config-file }) is not a language tag. Use da or en.
config-lang-unsupported-here = samtale has no texts in "{ $lang }" ({ origin-config-file }). It speaks da (Danish) and en (English).
config-no-data-dir = samtale cannot find a folder for its data on this system. Set one with --data-dir or SAMTALE_DATA_DIR.

## Journals on disk

store-io = Could not { $action ->
        [create-folder] create the folder
        [create] create the journal
        [write] write to the journal
        [lock] lock the journal
       *[read] read
    } { $path }: { $detail }. Everything confirmed before this is saved. Check that the disk has space and that you may write there, then start the conversation again to resume.
store-busy = The journal { $path } is open in another samtale right now. Finish or pause the conversation there first, or start a new one with --new.
store-unreadable = { $path }:{ $line }: this journal cannot be read ({ $detail }). It has not been changed; the other journals are read as usual.
store-bad-participant = "{ $name }" cannot be used as a pseudonym. Use letters, digits, - _ and . (not starting with a dot), at most 64 characters, and letters from one script (not Latin and Cyrillic mixed).
store-looks-like = "{ $name }" looks like the pseudonym "{ $existing }", which exists already: upper and lower case and letters that look alike count as the same. Use "{ $existing }" if it is the same person, otherwise a pseudonym that is clearly different.
store-looks-like-closed = That name looks too much like another one already in use. Ask a member of staff which name to use.
library-left-out = The dialogues with errors above were left out; the others can be used. `samtale check` on the folder shows every problem.

## What the operating system said, in our own words (src/wording.rs os_error): after
## "Could not write to the journal …:" and the like.

os-storage-full = the disk is full
os-quota-exceeded = your space on the disk is used up
os-permission-denied = there is no permission to do this
os-read-only = the disk can only be read, not written to
os-not-found = the file or folder does not exist
os-already-exists = a file with that name already exists
os-is-a-directory = it is a folder, not a file
os-not-a-directory = part of the path is a file, not a folder
os-directory-not-empty = the folder is not empty
os-busy = the file is in use right now
os-broken-pipe = the receiving end closed the connection
os-invalid-filename = the name is too long or cannot be used on this drive
os-file-too-large = the file has grown too large
os-timed-out = it took too long
os-interrupted = it was interrupted
os-unexpected-end = the file ends part-way
os-invalid-data = the contents could not be read
os-out-of-memory = there is not enough memory
os-network = the connection to the network drive is gone
os-other-code = the operating system answered with error number { $code }
os-other = the operating system reported an unknown error

## The command line

usage-unknown-command = there is no command "{ $name }".
usage-unknown-option = the option { $option } does not belong here.
usage-missing-value = the option { $option } needs a value.
usage-missing-dialogue = which dialogue? For example: `samtale run who5 --participant p1`
usage-bad-mode = "{ $mode }" is not a mode. The modes are facilitated, self and rehearsal.
usage-unexpected = did not expect "{ $text }" here.
usage-unexpected-value = the option { $option } takes no value, but was given "{ $value }".
usage-did-you-mean = Did you mean { $suggestion }?
usage-not-unicode = an argument is not valid text (UTF-8).
usage-see-help = See `samtale --help`.

help-main =
    samtale { $version }: structured conversations, step by step, in your own words.

    Usage: samtale [COMMAND] [OPTIONS]

    Commands:
      (none)     choose a conversation and a participant
      list       the dialogues, with who they are for and how long they take
      run        have a conversation: samtale run DIALOGUE --participant ID
      check      check dialogues: samtale check [PATH …]
      new        start a dialogue of your own: samtale new ID [--dir DIR]
      preview    see a dialogue while you write it: samtale preview FILE.ron
      kiosk      one dialogue on a shared device: samtale kiosk fit-ors
      history    a participant's conversations: samtale history --participant ID [N]
      trend      scores over time: samtale trend fit-ors --participant ID [--target 30]
      card       the crisis plan as a card to print: samtale card --participant ID
      map        the network map drawn to print: samtale map --participant ID
      export     csv, json or fhir: samtale export --all --format csv [--output FILE]
      questionnaire  a dialogue as a FHIR Questionnaire: samtale questionnaire who5
      config     show the settings and where each came from
      help       help for a command: samtale help run; the dialogue format: samtale help script

    Options for every command:
      --lang da|en       the language (else the config file, else the system's)
      --config FILE      the config file (also SAMTALE_CONFIG)
      --data-dir DIR     where journals are kept (also SAMTALE_DATA_DIR)
      --dialogues DIR    a folder of your own dialogues
      --plain            the line mode: for screen readers and pipes
      --theme NAME       default, high-contrast or no-colour (NO_COLOR also gives no colour)
      -h, --help         this help
      -V, --version      the version

    Exit codes: 0 done, 1 problems found (check, a dialogue, the config), 2 wrong command line,
    3 the journal is open elsewhere, 4 a journal could not be read or written, 5 paused.
help-run =
    samtale run DIALOGUE [--participant ID] [--mode facilitated|self|rehearsal] [--facilitator NAME] [--new]

    Has a conversation, one question at a time, and writes every answer to the participant's
    journal before the next question shows.

      --participant ID   the participant's pseudonym (asked for if left out)
      --mode MODE        facilitated (default): notes for the facilitator are shown;
                         self: the citizen alone, no notes;
                         rehearsal: for trainers, writes to rehearsals/ and no journal
      --facilitator NAME the facilitator's name, written in the journal
      --new              start afresh even if an unfinished conversation is waiting

    In the line mode: a number or text then Enter answers; Enter alone skips; ? shows help;
    :back goes back; :skip skips; :pause pauses (the conversation is saved and can be resumed).
    A long answer ends with a line holding only a full stop (.).
    When input ends, the conversation is paused (at a question) or finished (at the review).
help-check =
    samtale check [PATH …] [--strict]

    Checks dialogues: the built-in ones when no path is given, else the files and
    folders named. Every problem is shown as file:line:column: what is wrong.
    The texts of a dialogue X/NAME.ron are read from X/locales/LANG/NAME.ftl or X/../locales/LANG/NAME.ftl.
    Exit code 0 when there are no errors (with --strict: no warnings either), 1 otherwise.
new-written =
    A new dialogue, ready to change:
    { $files }
    Check it:   samtale check --strict { $dir }
    Try it:     samtale --dialogues { $dir } run { $id } --mode rehearsal
    The format: samtale help script
new-bad-id = "{ $id }" cannot be a dialogue's id: use lower-case letters a–z, digits and single dashes, starting with a letter (for example my-guide).
new-exists = { $path } is there already; samtale new changes nothing. Choose another id, or another folder with --dir.
new-cannot-write = { $path } could not be written: { $detail }
help-new =
    samtale new ID [--dir DIR]

    Writes a small, complete dialogue to start from: DIR/ID.ron and its texts in
    DIR/locales/da/ID.ftl and DIR/locales/en/ID.ftl (DIR is the current folder if left out).
    It has one step of every kind, each explained in a comment, and checks clean.
    Nothing is overwritten. The format: samtale help script.
help-preview =
    samtale preview FILE.ron

    Runs the dialogue in FILE.ron as a rehearsal while you write it, and reloads it every
    time you save it or its texts (locales/da/ID.ftl and locales/en/ID.ftl, found as
    samtale check finds them). You stay on the step you were on if it is still there. If
    the dialogue has errors, they are shown at the bottom with file:line:column, and the
    last good version keeps running. Nothing is written to anyone's journal.
    Ctrl+R starts again, Ctrl+Q ends.
help-config =
    samtale config

    Shows the settings in effect and where each came from: a flag, an environment variable,
    the config file, the system, or the default.
help-list =
    samtale list

    Lists the dialogues, grouped by who they are for, with title, minutes and a description.

## samtale check

check-warning-label = warning
check-clean = No problems found.
check-summary = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }.
check-too-large = the file is { $size } bytes; samtale reads files of at most { $limit } bytes. Is this the right file?
check-too-deep = the dialogue nests deeper than { $limit } levels; split the condition into simpler ones.
check-unreadable = cannot read the file: { $detail }
check-not-utf8 = the file is not UTF-8 text; save it as UTF-8.
check-ron-syntax = this is not RON as samtale reads it: { $detail }
check-ron-comma = a comma is missing here
check-expected = expected { check-expected-what }, found { $found }
check-expected-end = expected { check-expected-what }, but the file ends here
check-expected-what = { $what ->
        [integer] a whole number
        [float] a number
        [string] text in quotes
        [boolean] true or false
        [char] one character in single quotes
        [option] Some(…) or None
        [unit] ()
        [list] a list in [ ]
        [list-end] a comma or the closing ] of the list
        [map] a map in {"{"} {"}"}
        [map-end] a comma or the closing {"}"} of the map
        [colon] a colon (:)
        [paren] an opening (
        [paren-end] a comma or the closing )
        [identifier] a name
        [struct] { $name }(
        [literal] a number, a choice id in quotes, or true or false
       *[other] { $what }
    }
check-ron-struct-name = expected { $expected }( here, found { $found }(
check-ron-length = expected { $expected } values here, found { $found }
check-ron-eof = the file ends too early; a value or a closing bracket is missing
check-ron-unclosed-string = this text in quotes has no closing quote (")
check-ron-unclosed-comment = this comment is never closed with */
check-ron-trailing = there is more here after the end; remove it, or look for a bracket closed too early before it
check-ron-unexpected-char = the character { $char } does not belong here
check-ron-number-range = the number { $found } is too large or too small here
check-ron-number = the number { $found } is not written the way RON writes numbers (like 3, -2 or 4.5)
check-ron-digit = { $digit } is not a digit of a number in base { $base }
check-ron-escape = a backslash in text in quotes starts an escape that RON does not know; write \\ for a backslash
check-scale-too-many = the scale "{ $step }" would have { $count } steps (from { $min } to { $max } in steps of { $increment }); a scale can have at most { $limit }
check-self-reference = "{ $owner }" refers to itself; a condition or sum can only use earlier answers
check-app-message = "{ $id }" would use the message { $key }, which is one of samtale's own; choose another id
check-unknown-field = unknown field `{ $found }` in { $outer ->
        [config-file] the config file
       *[other] { $outer }
    }; expected one of { $expected }
check-missing-field = { $outer ->
        [config-file] the config file
       *[other] { $outer }
    } needs the field `{ $field }`
check-duplicate-field = the field `{ $field }` is given twice in { $outer ->
        [config-file] the config file
       *[other] { $outer }
    }
check-unknown-variant = unknown `{ $found }` in { $outer ->
        [config-file] the config file
       *[other] { $outer }
    }; expected one of { $expected }
check-wrong-type = expected { $expected }, found { $found }
check-bad-id = "{ $id }" is not a valid id: use lower-case letters a–z, digits and single dashes, starting with a letter
check-id-not-file-name = the dialogue's id "{ $id }" must be the file's name ("{ $stem }"), so that its texts can be found
check-version-zero = the version must be 1 or more
check-recall-zero = recall_days is the number of days the questions look back over and must be 1 or more (for example Some(14) for two weeks), or leave the field out
check-no-sections = a dialogue needs at least one section
check-empty-section = the section "{ $id }" has no steps
check-duplicate-id = the id "{ $id }" is already used on line { $line }; sections, steps, scores, flags and choice sets need ids of their own
check-reserved-id = "{ $id }" is a reserved word in dialogues; choose another id
check-duplicate-choice = the id "{ $id }" is used twice in this list
check-consent-choices = the consent step "{ $step }" must be a Single step with the choices no, yes and optionally some, in that order
check-consent-twice = "{ $step }" is the dialogue's second consent step; there may be only one ("{ $first }")
check-draw-not-single = "{ $step }" has draw: true, but only a Single step can be drawn at random (and never the consent step); write it as Single(choices: …), or remove draw
check-sub-goal-kind = "{ $step }" cannot have the sub-goal role { $role }: New, Words and Wording belong to a text step (ShortText or LongText), Progress to a Scale or a Number, and Decision to a Single step with exactly the choices keep, change, finish and drop
check-sub-goal-outside = "{ $step }" has the sub-goal role { $role }, which only makes sense in a section with each_sub_goal: true (asked once for each open sub-goal)
check-sub-goal-new-inside = "{ $step }" makes a new sub-goal (New) but is in a section asked for each open sub-goal; move it to a section without each_sub_goal
check-sub-goal-twice = "{ $step }" is the second step with the sub-goal role { $role } in its section; there may be only one ("{ $first }")
check-sub-goal-reference = "{ $step }" refers to "{ $target }", which is asked once for each sub-goal; outside its section it is not one step
check-no-choices = "{ $step }" has no choices to choose from
check-no-fields = the repeat group "{ $step }" has no fields
check-field-choice-extra = the field "{ $field }" of "{ $step }" is chosen from choices, so it cannot have pattern, max_len, score or when: remove them
check-field-multi-without-choices = the field "{ $field }" of "{ $step }" has multi: true but no choices: give it choices or remove multi
check-unknown-choice-set = "{ $step }" uses the choice set "{ $set }", which is not in choice_sets
check-bad-scale = the scale "{ $step }" must go from a lower min to a higher max in steps greater than 0 (found min { $min }, max { $max }, step { $increment })
check-bad-range = "{ $step }" has a min ({ $min }) above its max ({ $max })
check-bad-pattern = the pattern of "{ $step }" is not a valid regular expression: { $detail }
check-unknown-step = "{ $owner }" refers to "{ $step }", which is not a step in this dialogue
check-later-step = "{ $owner }" refers to "{ $step }", which comes later; a condition or sum can only use earlier answers
check-not-numeric = "{ $owner }" counts "{ $step }", which has no number (use a number, a scale, a choice with scores, or a computed step)
check-unscored-choice = "{ $owner }" counts "{ $step }", but its choice "{ $choice }" has no score: give it one, or write not_counted: true to leave it out of scores ("not relevant")
check-not-counted-score = the choice "{ $id }" has both a score and not_counted: true; remove one of them
check-no-items = "{ $owner }" has no items to work out
check-info-answered = "{ $step }" is an info step, so it is never answered
check-condition-type = the condition on "{ $step }" compares it with the wrong kind of value; expected { $expected ->
        [number] a number
        [choice] a choice id in quotes
        [yes-no] true or false
       *[answered] only Answered("{ $step }"), since this kind of answer cannot be compared
    }
check-unknown-choice = "{ $step }" has no choice "{ $choice }"
check-unknown-jump = the jump from "{ $step }" goes to "{ $target }", which is no section or step (or end, pause)
check-backward-jump = the jump from "{ $step }" goes back to "{ $target }"; jumps go forward only (use :back to go back)
check-unknown-score = the flag "{ $flag }" uses the score "{ $score }", which is not in scores
check-unreachable = the step "{ $step }" can never be reached: every way to it is cut off by a jump
check-key-clash = "{ $first }" and "{ $second }" would both use the message { $key }; rename one of them
check-missing-message = the message { $key } (for "{ $id }") is in no language; add it to { $files }, for example:
check-missing-translation = the message { $key } is missing in { $lang }; { $fallback } is shown instead
check-no-texts = no { $lang } texts for "{ $id }": looked for { $looked }
check-id-taken = a dialogue with the id "{ $id }" already exists; give this one another id (and file name)
check-ftl-syntax = Fluent syntax error: { $detail }
check-ftl-duplicate = the message { $key } is already given on line { $line }; only the first one is used
check-ftl-duplicate-elsewhere = the message { $key } is already given in { $file } (line { $line }); only the first one is used
check-ftl-unused = the message { $key } is not used by any step of the dialogue; remove it, or correct its name to match an id
check-ftl-unused-typo = the message { $key } is not used by any step of the dialogue; did you mean { $meant }?
check-ftl-unknown-function = the message { $key } uses the function { $name }, which samtale does not know; write the text without it
check-ftl-unknown-reference = the message { $key } refers to { $name }, which is not in the same file
check-ftl-cyclic = the message { $key } refers to itself (directly or through another message), so it can never be shown
check-ftl-no-value = the message { $key } refers to { $name }, which has no text, only attributes
check-ftl-cannot-format = the message { $key } cannot be put together into a text; look for a choice without a *default or too many placeables
check-ftl-control = the text holds the control character { $char }, which would otherwise reach the terminal and the journal; samtale shows it as a sign (␛), so remove it
check-not-finite = { $found } is not a number samtale can count with; { $field } must be an ordinary number such as 5.0
check-no-scripts = no dialogue scripts (*.ron) in this folder; samtale looks only directly in it, not in folders inside it
check-ron-unclosed = the { $open } on line { $line }, column { $column } is never closed; close it with { $close }
check-ron-mismatched = this { $found } closes the { $open } from line { $line }, column { $column }, which is missing its { $close }
check-ron-unopened = this { $found } closes nothing; an opening bracket is missing before it, or it is one too many

## The terminal interface

home-title = samtale
home-more-below = ↓ more below
home-ask-participant = Who is the conversation with? Type a pseudonym, or choose one below.
home-known-participants = Pseudonyms with journals:
home-participant-empty = Type a pseudonym first, then press Enter.
home-choose = Which dialogue with { $participant }?
home-unfinished = Unfinished: continue where you stopped
home-resume-item = { $title } from { $started } ({ $answered } { $answered ->
        [one] answer
       *[other] answers
    })
home-choose-mode = How is the conversation held?
home-facilitator = Facilitator's name (optional):
mode-facilitated = Facilitated: the { -staff } and the citizen at one screen
mode-facilitated-about = The facilitator's notes can be shown with Ctrl+N.
mode-self = Self: the citizen alone
mode-self-about = Plain words and large targets; no notes for staff.
mode-rehearsal = Rehearsal: a trainer practising the guide
mode-rehearsal-about = Notes always shown, timers and an outline; nothing written to a journal.
key-enter = Enter
key-choose = choose
key-move = move
key-quit = quit
key-start = start
key-next = next
key-back = back
key-skip = skip
key-help = help
key-pause = pause
key-add = add
key-remove = remove
key-reorder = move up/down
key-set = set
key-undo = undo
key-notes = notes
key-outline = outline
key-blank = blank the screen
key-open-or-finish = change the answer / finish
key-done = done
tui-too-small = The window is too small: it needs at least { $width }×{ $height } characters, and it is { $now } now. Make the window larger; nothing you typed is lost.
tui-error-dismiss = Press Enter to go on.
tui-scale-unset = (not set yet: use the arrow keys, a digit or the mouse)
tui-repeat-done = Done: go on
tui-entry-new = New entry (Tab moves to the next field, Enter on the last one saves, Esc cancels)
tui-entry-edit = Change the entry (Tab moves to the next field, Enter on the last one saves, Esc cancels)
tui-review-finish = ✓ Yes, write it like this and finish
tui-notes-title = Notes for the facilitator
tui-no-note = (No note for this step.)
tui-close-help = Press Esc to close.
tui-keys-help = Enter goes on (Ctrl+D in a long text, where Enter starts a new line). Esc goes back. Ctrl+S skips the question. Ctrl+P (or Ctrl+C) pauses: everything is saved and the conversation can be resumed. Ctrl+B blanks the screen at once; Ctrl+B again brings it back. Ctrl+Z undoes typing.
tui-outline-title = Outline: Enter jumps there, Esc closes
tui-outline-conditional = (only when { $condition })
tui-more-below = ↓ more below (scroll with ↑↓)
tui-outline-not-asked = (not asked now)
tui-timers = step { $step } · all { $whole }
kiosk-welcome = Welcome
kiosk-ask-name = Type your pseudonym (the name you use here) and press Enter.
kiosk-staff = staff
kiosk-thanks = Thank you for your answers.
kiosk-thanks-next = The screen clears for the next person in { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    }, or press Enter.
kiosk-code-title = Staff only
kiosk-code-ask = Type the staff code and press Enter (Esc goes back):
kiosk-wrong-code = That was not the staff code.
kiosk-no-staff-code = The kiosk needs a staff code to be left again: set staff_code in the config file (`samtale config` shows where it is).
kiosk-needs-terminal = The kiosk runs only in a terminal window, not in a pipe.
condition-answered = { $step } is answered
condition-or = or
condition-and = and
condition-not = not ({ $condition })
condition-quoted = “{ $text }”
condition-compare = { $question } { $op ->
        [eq] is
        [ne] is not
        [lt] is below
        [le] is at most
        [gt] is above
       *[ge] is at least
    } { $value }

## Over time: history, trends and the crisis card (src/report.rs)

report-percent = { $value }%
report-of-max = { $value }/{ $max }
report-unreadable = A journal could not be read and is left out here: { $problem }
report-output = Could not write the output: { $detail }

history-heading = Conversations with { $participant }
history-none = There are no conversations with { $participant } yet.
history-no-participants = There are no journals yet.
history-col-number = No.
history-col-date = Date
history-col-time = Time
history-col-conversation = Dialogue
history-col-status = Status
history-col-score = Result
history-col-file = File
history-finished = finished
history-unfinished = not finished (can be resumed)
history-kiosk-unseen = from the kiosk, not yet seen
history-kiosk-seen = from the kiosk, seen
history-not-shared = not to be shared
history-seen-done = Conversation { $number } is marked as seen by { $by } { $when }. It now counts in trends and changes.
history-seen-already = Conversation { $number } was already seen by { $by } { $when }. Nothing has changed.
history-seen-not-kiosk = Conversation { $number } is not a finished conversation from the kiosk; only those are marked as seen.
history-seen-which = Give the number of the conversation from the kiosk and your name: samtale history --participant P N --seen NAME
history-count = Conversations: { $count }. Not finished: { $unfinished }.
history-where = The journals are in { $dir }.
history-no-such-entry = { $participant } has no conversation number { $number }. { $count ->
        [one] There is one
       *[other] There are { $count }
    }; `samtale history --participant { $participant }` lists { $count ->
        [one] it
       *[other] them
    }.

trend-heading = { $title }: the trend for { $participant }
trend-none = There are no finished conversations of “{ $title }” for { $participant } yet. The trend shows once the first one is finished.
trend-no-scores = “{ $title }” has no numbers to follow over time. Finished conversations: { $count }.
trend-col-date = Date
trend-col-time = Time
trend-col-total = Total
trend-col-percent = Wellbeing
trend-col-change = Since last
trend-col-raw = Points
trend-col-flags = Worth talking about
trend-item-fit-ors-individual = Individually
trend-item-fit-ors-relations = Close relationships
trend-item-fit-ors-social = Socially
trend-item-fit-ors-overall = Overall
trend-item-fit-srs-relationship = Heard and respected
trend-item-fit-srs-goals = What mattered
trend-item-fit-srs-approach = The way
trend-item-fit-srs-overall = Overall
trend-flag-fit-ors-below-25 = below 25
trend-flag-fit-ors-reliable-change = clear change (5 points or more)
trend-flag-close = (soon after the last one)
trend-target-set-by = The target was set on { $date } by { $by }.
trend-target-set-command = The target was set on { $date } with the command samtale trend … --target.
trend-target-cleared-by = The target was cleared on { $date } by { $by }.
trend-target-cleared-command = The target was cleared on { $date } with the command samtale trend … --target none.
trend-flag-fit-srs-below-36 = below 36
trend-flag-fit-srs-item-below-9 = a question below 9
trend-flag-fit-srs-dropped = down by 1 or more
trend-flag-who5-low-wellbeing = below 50%
trend-flag-who5-low-item = a low answer
trend-flag-who5-very-low = 28% or below
trend-flag-who5-change = changed by 10 percentage points or more
trend-sparkline = Trend ({ $min }–{ $max }): { $line }
trend-one = There is one finished conversation so far. The trend shows once there are more.
trend-lines-heading = Cut-offs to compare the numbers with:
trend-line-ors-25 = { $value }: FIT's shared reference point for adults. Below { $value } is a place to start a conversation – not a verdict.
trend-line-srs-36 = { $value }: below { $value }, the collaboration is worth talking about.
trend-line-who5-50 = { $value }%: below { $value }%, wellbeing is worth talking about, and whether to look into it further.
trend-line-who5-28 = { $value }%: some use { $value }% or below as a sign of possible depression; it is not a diagnosis.
trend-line-target = { $value }: your own target.
trend-no-target = No personal target is set. One can be set with --target, for example --target 30.
trend-no-flags = None of the conversations has anything flagged. Talk about the numbers anyway, if you like.
trend-flags-heading = Worth talking about – a place to start a conversation, not a verdict:
trend-target-set = The target for { $participant } is saved: { $value } total on the ORS.
trend-target-cleared = The target for { $participant } is removed.

target-out-of-range = An ORS target must be a number from 0 to 40, and { $value } is outside that.
target-bad-file = { $path }:{ $line }:{ $column }: the target file cannot be read ({ $detail }). It should look like this: (ors: Some(30.0)). Fix the file, or delete it and set the target again with --target.
target-io = Could not read or write { $path }: { $detail }

card-byline = { $participant } · crisis plan of { $date }
card-byline-plan = { $participant } · “{ $title }” of { $date }
card-local-contacts = Local crisis contacts
card-help-now = Help right away
card-other-answers = Other answers from the plan
card-footer = The plan is yours, and it can always be changed – after a crisis too.
card-no-plan = There is no finished crisis plan for { $participant } yet. You can make it together with the command `samtale run crisis-plan --participant { $participant }`.
card-written = The crisis card for { $participant } is written from the crisis plan of { $date }:
card-written-from = The crisis card for { $participant } is written from “{ $title }” of { $date }:
card-written-text = As text: { $path }
card-written-html = For printing (open the file in a browser): { $path }
card-private = The card holds personal information. Pass it on only if the citizen says yes.
card-io = Could not write { $path }: { $detail }
key-next-field = next field
key-save-entry = save the entry
key-cancel-entry = cancel the entry
key-space-digits = Space/0-9
key-tick = tick

## Over time: history, trend, card, export

usage-missing-participant = Whose conversations? Add --participant with a pseudonym. These have journals:
export-who = Export whose journals? Give --participant P for one person, or --all for everyone.
export-format = "{ $format }" is not an export format. Use --format csv, --format json or --format fhir.
export-since = "{ $since }" is not a day. Write it as YYYY-MM-DD, for example --since 2026-01-01.
export-done = Exported { $conversations } { $conversations ->
        [one] conversation
       *[other] conversations
    } with { $answers } { $answers ->
        [one] answer
       *[other] answers
    }.
export-left-out = { $count ->
        [one] { $count } conversation was left out because the citizen did not agree to share it
       *[other] { $count } conversations were left out because the citizen did not agree to share them
    } (answered “no” or “some of it”, skipped, or never reached). They are still in the journals.
export-write = The export could not be written: { $detail }. Nothing is lost from the journals; check the disk and try again.
key-scroll = scroll
revise-intro = This plan starts from the latest one: every answer is filled in. Press Enter to keep an answer, write a new one to change it, or skip it (:skip) to remove it. The journal will show what changed.
follow-up-answers = What you found out together:
follow-up-unreadable = The conversation this plan builds on cannot be read at the moment:
follow-up-offer = Shall we go on to “{ $title }” together now, with this beside it?

## Over time in the terminal interface: history, journal, trend chart, crisis card (src/ui/history.rs, trend.rs, card_view.rs)

key-history = history
key-read = read
key-chart = numbers over time
key-map = see the map
key-result = the result
key-card = crisis card
key-series = other numbers
key-rehearse = rehearse without a participant
home-choose-rehearsal = Rehearse a guide without a participant. The rehearsal is kept under rehearsals/ and never counts in anyone's history or export.
key-target = set or clear target
tui-target-heading = The participant's own target for FIT: How I am doing
tui-target-value = Target (0–40):
tui-target-by = Set by (your name):
tui-target-help = Type the target the participant chose, and your name. Empty the target to clear it. It is stored with the name and the time, never in a conversation's journal.
tui-target-not-a-target = "{ $typed }" is not a target between 0 and 40. Type a number such as 30 or 27.5, or empty the field to clear the target.
tui-target-who = Type your name, so that it shows who set the target.
key-older-newer = older/newer
key-ends = start/end
tui-history-unfinished = not finished
tui-history-kiosk-unseen = From the kiosk, not yet seen: it does not count in trends and changes until a member of staff has seen it (samtale history --participant { $participant } N --seen NAME).
tui-history-not-shared = Not to be shared: the citizen did not agree to share it, so it is left out of exports.
tui-history-no-chart = Only FIT (ORS, SRS) and WHO-5 have numbers to follow over time.
tui-history-no-map = There is a map to see only for a finished network map.
tui-card-no-plan = There is no finished crisis plan for { $participant } yet. You can make it together: choose “My crisis plan” on the home screen.
tui-card-title = Crisis card for { $participant }
tui-journal-readonly = read only
tui-pager-lines = lines { $from }–{ $to } of { $total }
tui-trend-target-label = target { $value }
tui-trend-months = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
tui-trend-day = { $day } { $month }
tui-trend-shown = The chart shows the { $shown } newest of { $count } { $count ->
        [one] conversation
       *[other] conversations
    }; ← shows older ones. The table has them all.
tui-trend-no-target = No personal target is set. Press m to set the target the participant chose.
trend-line-srs-item-9 = { $value }: below { $value } on one question, that question is worth talking about.
check-required-not-question = "{ $step }" is an info or computed step, which is never answered, so it cannot be required; remove required: true
check-pause-not-question = "{ $step }" is an info or computed step: a jump to pause is taken after an answer, which this step never gets; put the pause on a question
check-id-prefix = the dialogue id "{ $id }" runs into "{ $other }": their messages would share keys (both begin "{ $prefix }-"). Choose an id that is not the start of another, nor starts with one and a dash
tui-card-note = share only if the citizen agrees
key-go-on = yes, go on
key-not-now = not now
tui-beside-title = What you found out together
tui-beside-more-above = ↑ more above (Ctrl+↑)
tui-beside-more-below = ↓ more below (Ctrl+↓)
key-beside-scroll = scroll the learning
help-kiosk =
    samtale kiosk DIALOGUE

    Runs one dialogue on a shared device, for one citizen after another, in self mode:
    welcome, the conversation, thank you, and the screen clears. Needs staff_code in the
    config file (Ctrl+Q and the code leave the kiosk); inactivity_minutes (default 5) saves
    an abandoned conversation as unfinished and clears the screen.
help-history =
    samtale history --participant ID [N | FILE] [--seen NAME]

    Lists the participant's conversations (date, dialogue, finished or not, key score).
    With a number from the list (or a journal file), shows that journal as it is.
    With N --seen NAME a member of staff marks a conversation from the kiosk as seen: only
    then does it count in trends and changes.
help-trend =
    samtale trend DIALOGUE --participant ID [--target N | --target none]

    The finished conversations of fit-ors, fit-srs or who5 over time: every value written
    out, the cut-off lines, the flags in words, and a one-line sparkline. --target sets (or
    removes) the participant's ORS target.
help-card =
    samtale card --participant ID [--dialogue PLAN] [--with STEP,STEP] [--without STEP,STEP] [--name NAME]

    Writes the citizen's current crisis plan out twice, with no JavaScript and nothing from
    outside: the crisis card (card.txt and card.html: one page to cut or fold to A6, with
    the name, 112, the local crisis contacts and what the citizen chose in the plan) and
    the whole plan (plan.txt and plan.html, with name, 112 and page numbers on every page),
    and says where. --with and --without put steps on the card or take them off (for
    example --with not-working). --name prints a name on the card instead of the
    pseudonym; the name is kept only in the card's files. The card is made from the plan
    finished last among the plans that make a crisis card (the crisis plan, the LA2
    safety plan): --dialogue chooses one, for example --dialogue la2-safety-plan.
help-export =
    samtale export (--participant ID | --all) --format csv|json|fhir [--dialogue D] [--since YYYY-MM-DD] [--headers ids] [--scores] [--bundle collection|transaction] [--output FILE [--force]]

    CSV has one row per answer (with a scored choice's points in a column of its own), or
    with --scores one row per conversation with its scores and flags: semicolons and
    decimal commas with --lang da (as Danish Excel expects), commas and decimal points
    otherwise. JSON has the conversations with their scores and flags. fhir is an HL7
    FHIR R4 Bundle: a QuestionnaireResponse per conversation, an Observation per score
    and the dialogues' Questionnaires; --bundle transaction makes it one a FHIR server
    takes, where sending it twice adds nothing. Set fhir_base in config.ron.
    Every column and field: docs/export-format.md.
    Only conversations the citizen agreed to share are exported; the others stay in the
    journals, and the export says how many it left out.

    The CSV's columns and coded values (kinds, yes/no) are in the chosen language. With
    --headers ids they are stable English ids (participant, dialogue, … value_kind) that
    do not change with the language: for programs that read the columns by name.

    --output writes a file only you can read. A file in the data folder is refused, and a
    file that is there already is replaced only with --force.

## terminal interface: what is chosen, typed and kept
key-arrows = ↑↓
key-arrows-digits = ↑↓/digits
key-yes-no = 1/2 y/n
key-scale = ←→ 0-9
key-keep = keep
key-open-entry = open
key-discard = discard the conversation
notice-choose-first = Choose an answer with the arrow keys or the number before it, and press Enter. To skip the question, press Ctrl+S.
notice-no-such-choice = There is no answer numbered { $number } here.
notice-scale-set-first = Set the line with the arrow keys or by typing a number, and press Enter. To skip the question, press Ctrl+S.
notice-scale-whole = “{ $text }” cannot be set on the line. Type a whole number from { $min } to { $max }.
notice-scale-one-decimal = “{ $text }” cannot be set on the line. Type a number from { $min } to { $max } with at most one decimal, for example 7.5.
notice-scale-decimals = “{ $text }” cannot be set on the line. Type a number from { $min } to { $max } with at most { $decimals } { $decimals ->
        [one] decimal
       *[other] decimals
    }.
notice-scale-steps = “{ $text }” cannot be set on the line. It goes from { $min } to { $max } in steps of { $step }.
notice-type-first = Type an answer and press Enter. To skip the question, press Ctrl+S.
notice-too-long = An answer can hold at most { $limit } KB, and this would make it { $size } KB. Nothing was added.
notice-skip-with-text = There is text in the field that is not saved. Press Ctrl+S again to skip and delete it, or Enter to save it as the answer.
notice-list-keys = Letters do nothing on the list. Press + to add, Enter to open and Delete to remove.
notice-entry-remove-ask = Remove “{ $entry }”? Press Enter to remove it, or any other key to keep it.
notice-entry-kept = Nothing was removed.
notice-entry-empty = Fill in at least one field, or press Esc to leave it.
notice-entry-leave-ask = What you typed here is not saved. Press Esc again to leave it, or Ctrl+D to save it.
notice-discard-ask = Discard the conversation? { $answers ->
        [0] It has no answers yet, and it cannot be found again.
        [one] Its one answer will be deleted and cannot be found again.
       *[other] Its { $answers } answers will be deleted and cannot be found again.
    } Press Enter to discard, or any other key to go on.
notice-discard-not = The conversation was not discarded.
run-saved-self = Your answers are saved.
tui-paused = The conversation is paused.
tui-paused-answers = { $answers ->
        [0] No answers have been given yet, and the conversation can be continued later.
        [one] The one answer given is saved, and the conversation can be continued later.
       *[other] The { $answers } answers given are saved, and the conversation can be continued later.
    }
tui-paused-draft = What was typed at “{ $question }” is saved as a draft and will be back in the field when the conversation goes on.
tui-not-saved = The answer was not saved: { $problem } It is still on the screen. Press Enter to close this message, then Enter again to try to save it once there is room; or Ctrl+P to pause.
run-self-needs-participant = A citizen alone is handed one participant's conversation: say whose with --participant, for example `samtale run who5 --participant anna --mode self`.

## line mode

plain-answer-too-long = The answer is { $size } bytes, and an answer may hold at most { $limit } bytes ({ $kb } KB). Nothing was saved. Please write a shorter answer, or split it into several.

## storage and files

storage-failed = Could not { $action ->
        [create-folder] create the folder
        [create] create the journal
        [write] write to the journal
        [lock] lock the journal
       *[read] read
    } { $path }: { $cause } (the system says: { $detail })
storage-saved-so-far = Everything confirmed before this is saved. Start the conversation again to resume once that is sorted out.
storage-cause-full = The disk is full. Free some space and try again.
storage-cause-read-only = The disk is read-only, so nothing can be written to it.
storage-cause-permission = You do not have access to the file or folder. Check who owns it and what its permissions are.
storage-cause-not-found = It is not there, or a folder on the way to it is missing.
storage-cause-name-too-long = The name is too long for the file system. Use a shorter pseudonym.
storage-cause-not-a-folder = A part of the path is a file, not a folder.
storage-check-data-dir = Check the data folder: `samtale config` shows which folder is used, and why.
storage-cause-file-too-big = The file has grown larger than the system allows.
storage-cause-other = Check that the disk has space and that you may write there.
storage-not-a-file = { $path } is not an ordinary file but a folder, a FIFO or a device, so it is not read. Move it out of the folder if it does not belong there.
storage-too-large = { $path } is larger than { $limit } bytes and is not read: samtale never writes a file that large.
storage-broken = Writing to the journal { $path } failed, and it could not be put back as it was, so nothing more is written to it. Everything confirmed before that answer is saved. Start the conversation again to resume once the disk is in order.
storage-plan-unreadable = The plan { $plan } cannot be read, so it cannot be revised: { $problem } To start afresh, move that file out of the folder { $folder } (keep it somewhere safe: it is a record) and start again with --new. The plan before it is then revised, or a blank plan begun.
storage-unfinished-unreadable = There may be an unfinished conversation ({ $dialogue }) in a journal that cannot be read: { $problem } No new conversation was started. Look at the journals with `samtale history --participant { $participant }`, or start a new conversation with --new.
export-inside-data-dir = { $path } is inside the data folder { $data }, where an export could overwrite a journal. Choose a file outside it.
export-exists = { $path } is there already. Choose another name, or add --force to replace it.
export-failed = The export could not be written: { $cause } (the system says: { $detail }) Nothing is lost from the journals.
check-not-a-file = this is not an ordinary file but a folder, a FIFO or a device; only ordinary files are read.
tui-unfinished-unreadable = A journal that may be an unfinished conversation cannot be read, so nothing was started on its own:
    { $problems }
    Choose what to do; the journal has not been changed.
config-staff-word = "{ $word }" cannot be used as staff_word: write one word or a few, with letters, spaces and hyphens, at most 40 characters.

## A journal as it is read (src/journal/view.rs): the file keeps its format

journal-view-who = Citizen: { $participant } · { $mode ->
        [facilitated] facilitated
        [self] the citizen alone
       *[rehearsal] rehearsal
    }
journal-view-facilitator = Facilitator: { $name }
journal-view-started = Started { $time }
journal-view-answer = Answer: { $answer }
journal-view-paused = Paused
journal-view-resumed = Resumed
journal-view-draft = Typed but not confirmed at { $question }:
journal-view-revision = The plan builds on the previous one ({ $file }); all its answers were carried over.
journal-view-changes = Changed or removed since the previous plan:
journal-view-sub-goal = { $status ->
    [new] New sub-goal
    [open] Sub-goal followed up
    [kept] Sub-goal kept
    [changed] Sub-goal in new words
    [finished] Sub-goal reached
   *[dropped] Sub-goal put aside
  }: "{ $text }"
journal-view-sub-goal-progress = How it has gone: { $progress } (0–10)
sub-goal-status = { $status ->
    [new] set
    [open] followed up
    [kept] kept
    [changed] in new words
    [finished] reached
   *[dropped] put aside
  }
sub-goals-heading = Sub-goals
sub-goals-none = There are no sub-goals yet.
sub-goals-goal = { $number }. "{ $text }" – { $status }
sub-goals-progress = how it has gone: { $progress } (0–10)
sub-goals-course = Course: { $line }
journal-view-finished = Finished
journal-view-hidden = Set aside (answered, but no longer asked):
journal-view-question = “{ $question }”
journal-view-unknown-step = a question this journal does not include

## The CSV export: columns and coded values in words (--headers ids gives the stable ids)

csv-col-participant = citizen
csv-col-dialogue = dialogue
csv-col-dialogue-version = version
csv-col-journal = journal
csv-col-started = started
csv-col-answered-at = answered
csv-col-step = step
csv-col-question = question
csv-col-answer-shown = answer
csv-col-value = value
csv-col-value-kind = kind
csv-col-finished = finished
csv-col-set-aside = set aside
csv-kind-skipped = skipped
csv-kind-text = text
csv-kind-number = number
csv-kind-choice = choice
csv-kind-choices = choices
csv-kind-yesno = yes/no
csv-kind-entries = list
csv-kind-entry = field
export-headers = "{ $headers }" is not a kind of headers. Use --headers ids for the stable ids, or leave the option out for headers in words.

## a citizen alone
contacts-livslinien = Livslinien (the Danish suicide helpline), if life feels too hard: 70 201 201
contacts-heading = If you need to talk to someone now:
result-alone-generic = Your answers are a help to talk about how you are, not a judgement of you. You could take them to your next meeting with your { -staff }.
self-handed-back = Thank you for your answers. Please hand the screen back to staff.
kiosk-still-here = Are you still there? Press any key. Otherwise your answers are saved in { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    } and the screen is cleared.
kiosk-code-wait = Too many wrong codes. Wait { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    } before trying again.
kiosk-code-too-short = The staff code must be at least 4 characters long. Set a longer staff_code in the config file (`samtale config` shows where it is).
config-others-can-write = Warning: the config file { $path } can be changed by others than its owner. It holds the staff code and the data folder; make it private with `chmod 600 { $path }`.
config-no-contacts = No local crisis contacts are set up (crisis_contacts in { $path }). A citizen alone sees only 112 and Livslinien.
notice-list-empty = No one is on the list yet. Press + to add someone, or Ctrl+S to skip the question.
storage-citizen = Your answers could not be saved just now. { $cause } Please tell staff.
journal-view-seen = Seen by staff ({ $by }): the conversation from the kiosk now counts in the trends.
help-questionnaire =
    samtale questionnaire DIALOGUE [--lang da|en]

    Writes the dialogue as an HL7 FHIR R4 Questionnaire (JSON) on standard output, its
    texts in the chosen language with the other language beside them: any dialogue, your
    own too. Its URL is under fhir_base from config.ron.
questionnaire-unknown = There is no dialogue "{ $dialogue }". samtale list shows the dialogues there are.
export-bundle = "{ $bundle }" is not a kind of Bundle. Use --bundle collection or --bundle transaction.
export-only-for = { $option } goes with --format { $format } only.
export-fhir-base = No fhir_base is set in the config file, so the FHIR export names everything under { $base }, which no system knows. Write your own address as fhir_base in { $config }, for example https://fhir.your-municipality.dk/samtale (see docs/export-format.md).
config-fhir-url = "{ $url }" cannot be used as { $field }: write a whole address that starts with https:// (or http://, or urn:), without spaces.
csv-col-utc-offset = UTC offset
csv-col-score = points
csv-col-mode = mode
csv-col-status = status
csv-mode-facilitated = facilitated
csv-mode-self = alone
csv-mode-rehearsal = rehearsal
csv-status-completed = finished
csv-status-in-progress = not finished
csv-flag = flag


## How complete a plan is (the result, the history, the crisis card)
completeness = { $filled } of { $total } points in the plan are filled in.
completeness-empty-key = Nothing written yet about: { $parts }. You may want to talk about it next time.
completeness-short = { $filled }/{ $total } filled in


## The crisis card and the full plan to print
wallet-title = Crisis card
wallet-made = From the crisis plan of { $date }
wallet-made-plan = From “{ $title }” of { $date }
wallet-shortened = The card does not show everything. The whole plan is in plan.html.
wallet-fold = Cut or fold along the dashed lines.
plan-running-head = { $title } · { $participant }
plan-page-of = page { $page } of { $pages }
card-written-plan-text = The whole plan as text: { $path }
card-written-plan-html = The whole plan to print: { $path }
card-unknown-step = The crisis plan has no { $steps }. Give the steps' ids, for example --with not-working,review-when.
card-not-a-plan = “{ $dialogue }” cannot make a crisis card: none of its steps goes on the card (`card: true` in the script). Give for example --dialogue crisis-plan or --dialogue la2-safety-plan.

## A plan being revised: what became of each answer
carried-kept = from the plan
carried-changed = changed
carried-removed = removed
carried-new = new
changes-kept = Kept: { $question }
changes-changed = Changed: { $question }
changes-removed = Removed: { $question }
changes-new = New: { $question }
revise-banner = Filled in from the plan of { $date } – keep, change or delete.
revise-banner-undated = Filled in from the latest plan – keep, change or delete.
tui-revise-intro = Every answer is filled in from the latest plan. Press Enter to keep an answer, type a new one to change it, or skip it (Ctrl+S) to remove it. The journal shows what was changed.
revise-banner-answer = { $banner } This answer: { $carried }.

## The network map (`samtale map`, and k on a finished network map)
map-me = Me
map-keys = Symbols
map-empty = There is nobody on the map yet.
map-not-placed = not on the map: how close or who is not set
map-more = … and { $count } more. The whole list is in the print (samtale map).
map-too-small = The map needs a window of at least { $width }×{ $height } characters. Make the window larger, or print the map with samtale map.
map-no-map = There is no finished network map for { $participant } yet. You can make it together with `samtale run network-map --participant { $participant }`.
map-written = The network map of { $participant } from { $date } is drawn:
map-private = The map holds personal information about the citizen and others. Pass it on only if the citizen says yes.
help-map =
    samtale map --participant ID

    Draws the participant's latest finished network map, without JavaScript and without
    anything from outside: network-map.html (one A4 page: rings for how close, a sector for
    each kind – family, friends, places … – each person with number, name and marks, and the
    list below it) and network-map.txt, in <data dir>/maps/ID/, and says where. On screen:
    press k on a finished network map in the history or on its result.

# samtale preview
preview-needs-terminal = samtale preview shows the dialogue in the terminal and cannot be used without one (or with --plain). Start it in a terminal window, or check the file with samtale check FILE.
preview-bar = Ctrl+R start again · Ctrl+Q end · save the file to see the change: { $file }
preview-bar-waiting = Ctrl+Q end · fix the errors and save: { $file }
preview-problems-running = Errors – the last good version keeps running
preview-problems-none = Errors – the conversation starts when they are fixed
preview-warnings = Warnings – the conversation runs
preview-note-title = The dialogue was reloaded
preview-restarted = The conversation starts again.
preview-moved-earlier = The step “{ $gone }” is no longer there. You are on the nearest step before it: { $step }
preview-moved-start = The step “{ $gone }” is no longer there, and no step before it. The conversation starts again.
preview-id-changed = The dialogue's id is now “{ $id }”. The conversation starts again.
preview-nothing-saved = This is a preview: nothing is saved.
