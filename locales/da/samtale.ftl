## Programmets egne ord (dansk). Ordvalget følger docs/glossary.md. Hver nøgle her findes også i locales/en/samtale.ftl.

## Den medarbejder, der holder samtalen med borgeren. Kan ændres med staff_word i
## konfigurationsfilen (docs/glossary.md); de indbyggede samtaleguider bruger kun dette ord.

-staff = { $form ->
        [definite] medarbejderen
        [definite-capital] Medarbejderen
        [genitive] medarbejderens
       *[indefinite] medarbejder
    }

## Svar, som de vises og skrives i journalen

answer-yes = Ja
answer-no = Nej
answer-skipped = (sprunget over)
answer-none = (ikke besvaret)
answer-none-chosen = (intet valgt)
answer-no-entries = (ingen skrevet på)

## Resultater

result-score = { $label }: { $value }
result-score-max = { $label }: { $value }/{ $max }
result-score-missing = { $label }: ikke regnet ud, fordi ikke alle spørgsmål er besvaret.
result-score-left-out = { $label }: { $count ->
    [one] ét svar var „ikke relevant“ og er ikke talt med.
   *[other] { $count } svar var „ikke relevant“ og er ikke talt med.
}
result-score-too-many-left-out = { $label }: ikke regnet ud, fordi { $count } svar var „ikke relevant“, og højst { $most } kan lades ude.
result-score-none-counts = { $label }: ikke regnet ud, fordi intet svar tæller med (svar, der er „ikke relevant“, holdes ude).
result-secondary-source = (Denne grænse er ikke sat af dem, der har lavet skemaet, men bruges af andre.)
result-since = (Siden { $date }, { $ago }.)
result-since-close = (Siden { $date }, { $ago }. Det er mindre end de { $recall } dage, spørgsmålene handler om, så de to besvarelser dækker til dels de samme dage.)

## Datoer

date-long = { $day }. { $month }
date-long-year = { $day }. { $month } { $year }
days-ago = { $days ->
    [0] i dag
    [1] i går
   *[other] for { $days } dage siden
}
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Hvem en samtale er til

audience-citizen = Til borgeren
audience-together = Til borger og { -staff } sammen
audience-staff = Til medarbejdere og undervisere
list-minutes = ca. { $minutes } min.

## Krisekontakter

contacts-emergency = Ved livsfare: ring 112.
contacts-none-configured = (Der er endnu ikke skrevet lokale krisekontakter ind. Personalet kan tilføje dem under crisis_contacts i konfigurationsfilen; `samtale config` viser, hvor den ligger.)

## Linjetilstand

home-welcome = Velkommen. Hvilken samtaleguide vil I bruge?
home-pick = Skriv nummeret på en samtaleguide, og tryk Enter.
run-ask-participant = Pseudonym for borgeren (bogstaver, tal, -, _ og ., ikke et punktum først; højst 64 tegn):
run-rehearsal = Øvelse: intet skrives i en borgers journal.
run-resume = Der er en samtale fra { $started }, som ikke er afsluttet ({ $answered } svar). Vil du fortsætte den?
run-saved = Gemt i { $path }
run-paused-saved = Samtalen er sat på pause og gemt i { $path }. Start den igen for samme borger for at fortsætte, hvor I slap.
run-unsaved = Dette svar kunne ikke gemmes; her er det, så det ikke går tabt:
    { $text }
run-unknown-dialogue = Der er ingen samtaleguide, der hedder „{ $id }“. `samtale list` viser de samtaleguider, der er.
plain-question-of = Spørgsmål { $number } af { $total }
plain-note = Note til samtalelederen: { $note }
plain-scale = Skriv et tal fra { $min } ({ $minlabel }) til { $max } ({ $maxlabel }), for eksempel { $example }.
plain-single = Skriv nummeret på dit svar.
plain-multi = Skriv numrene på dine svar, adskilt af mellemrum eller komma.
plain-yes-no = Svar ja eller nej (j/n).
plain-yes-no-again = Svar venligst ja eller nej (j/n).
plain-yes-no-default-yes = [J/n]
plain-yes-no-default-no = [j/N]
plain-long-text = Skriv så mange linjer, du vil. Slut med en linje, hvor der kun står et punktum (.).
plain-number = Skriv et tal (fra { $min } til { $max }).
plain-current-answer = Dit svar nu: { $answer } (tryk Enter for at beholde det)
plain-commands = (Enter uden svar springer spørgsmålet over · ? hjælp · :tilbage · :pause)
plain-commands-required = (? hjælp · :tilbage · :pause)
plain-no-help = Der er ingen ekstra hjælp til dette spørgsmål. Du kan springe det over eller vende tilbage til det senere.
plain-repeat-empty = Der er ikke skrevet nogen på listen endnu.
plain-repeat-commands = Skriv + for at tilføje en, et nummer for at rette den, -nummer for at fjerne den, eller tryk Enter, når listen er færdig.
plain-field-current = { $field } (nu: { $value }; tryk Enter for at beholde det):
plain-field-choose-one = Skriv nummeret på svaret.
plain-field-choose-several = Skriv numrene på dem, der passer, med mellemrum imellem (for eksempel 1 3).
plain-review-heading = Dine svar. Skal vi skrive det sådan?
plain-review-hidden = Lagt til side (besvaret tidligere, men ikke længere spurgt, efter et senere svar blev ændret; gemt i journalen):
plain-review-commands = Skriv nummeret på et svar for at rette det, eller tryk Enter for at afslutte. (:tilbage · :pause)
plain-result-heading = Resultat
plain-paused = Sat på pause. Intet af det, du har svaret, går tabt.

## Hvorfor samtalen ikke gik videre

notice-required = Dette spørgsmål skal besvares, før vi går videre.
notice-invalid = Det svar passer ikke her. Prøv igen.
notice-does-not-fit = Det er ikke et af svarene her. Prøv igen.
notice-scale-range = { $decimals ->
        [0] Skriv et helt tal fra { $min } til { $max }.
        [one] Skriv et tal fra { $min } til { $max } med højst { $decimals } decimal.
       *[other] Skriv et tal fra { $min } til { $max } med højst { $decimals } decimaler.
    }
notice-not-a-number = „{ $text }“ er ikke et tal. Skriv et tal, for eksempel 6,5.
notice-pick-a-number = Skriv et af de viste numre.
notice-pick-numbers = Skriv kun numre, der er vist.
notice-field-required = „{ $field }“ skal udfyldes.
notice-field-choose = Her vælger I med tallene, mellemrum eller pilene ← →. Tab går videre til næste felt.
notice-nothing-there = Der bliver ikke spurgt om noget i afsnittet „{ $section }“ nu.

## Hvor en indstilling kom fra

origin-flag = fra { $flag }
origin-env = fra miljøvariablen { $name }
origin-config-file = fra konfigurationsfilen
origin-system = fra systemets sprog ({ $variable })
origin-default = programmets standard

## Konfigurationsfilen og indstillinger

config-show-file = Konfigurationsfil: { $path } ({ $state }; { $origin })
config-file-read = læst
config-file-absent = findes ikke, så standarderne bruges
config-show-no-file = Konfigurationsfil: ingen (systemet har ingen mappe til konfiguration)
config-show-data-dir = Datamappe: { $path } ({ $origin })
config-show-lang = Sprog: { $lang } ({ $origin })
config-show-dialogues = Egne samtaleguider: { $path } ({ $origin })
config-show-no-dialogues = Egne samtaleguider: ingen (kun de indbyggede)
config-show-contacts = Lokale krisekontakter: { $count }
config-broken-hint = Programmet er ikke startet, fordi konfigurationsfilen ikke kunne læses helt. Ret filen, eller start med --config, der peger på en anden.
config-missing = Konfigurationsfilen { $path } ({ $origin }) findes ikke. Opret den, eller udelad indstillingen for at bruge standarderne.
config-lang-malformed = „{ $lang }“ ({ $origin }) er ikke et sprogmærke. Brug da eller en.
config-lang-unsupported = Programmet findes ikke på „{ $lang }“ ({ $origin }). Det findes på da (dansk) og en (engelsk).
config-lang-malformed-here = „{ $lang }“ ({ origin-config-file }) er ikke et sprogmærke. Brug da eller en.
config-lang-unsupported-here = Programmet findes ikke på „{ $lang }“ ({ origin-config-file }). Det findes på da (dansk) og en (engelsk).
config-no-data-dir = Programmet kan ikke finde en mappe til sine data på dette system. Angiv en med --data-dir eller SAMTALE_DATA_DIR.

## Journaler på disken

store-io = Kunne ikke { $action ->
        [create-folder] oprette mappen
        [create] oprette journalen
        [write] skrive i journalen
        [lock] låse journalen
       *[read] læse
    } { $path }: { $detail }. Alt, der er bekræftet før dette, er gemt. Tjek, at der er plads på disken, og at du må skrive der, og start så samtalen igen for at fortsætte.
store-busy = Journalen { $path } er åben i en anden samtale lige nu. Afslut eller sæt samtalen på pause der først, eller start en ny med --new.
store-unreadable = { $path }:{ $line }: denne journal kan ikke læses ({ $detail }). Den er ikke ændret; de andre journaler læses som normalt.
store-bad-participant = „{ $name }“ kan ikke bruges som pseudonym. Brug bogstaver, tal, - _ og . (ikke først et punktum), højst 64 tegn, og bogstaver fra ét alfabet (ikke latinske og kyrilliske blandet).
store-looks-like = „{ $name }“ ligner pseudonymet „{ $existing }“, som findes i forvejen: store og små bogstaver og bogstaver, der ser ens ud, tæller som det samme. Brug „{ $existing }“, hvis det er samme person, ellers et pseudonym, der tydeligt er et andet.
store-looks-like-closed = Det navn ligner for meget et andet, der bruges i forvejen. Spørg en medarbejder, hvilket navn du skal bruge.
library-left-out = Samtaleguiderne med fejl ovenfor er udeladt; de andre kan bruges. `samtale check` på mappen viser alle problemerne.

## Hvad styresystemet svarede, med egne ord (src/wording.rs os_error): efter „Kunne ikke
## skrive i journalen …:“ og lignende. Styresystemets egen tekst er altid engelsk.

os-storage-full = disken er fuld
os-quota-exceeded = din plads på disken er brugt op
os-permission-denied = der er ikke adgang til at gøre det her
os-read-only = disken kan kun læses, ikke skrives på
os-not-found = filen eller mappen findes ikke
os-already-exists = der findes allerede en fil med det navn
os-is-a-directory = det er en mappe, ikke en fil
os-not-a-directory = en del af stien er en fil, ikke en mappe
os-directory-not-empty = mappen er ikke tom
os-busy = filen er i brug lige nu
os-broken-pipe = modtageren lukkede forbindelsen
os-invalid-filename = navnet er for langt eller kan ikke bruges på dette drev
os-file-too-large = filen er blevet for stor
os-timed-out = det tog for lang tid
os-interrupted = det blev afbrudt
os-unexpected-end = filen sluttede midt i
os-invalid-data = indholdet kunne ikke læses
os-out-of-memory = der er ikke hukommelse nok
os-network = forbindelsen til netværksdrevet er væk
os-other-code = styresystemet svarede med fejl nummer { $code }
os-other = styresystemet meldte en ukendt fejl

## Kommandolinjen

usage-unknown-command = der er ingen kommando, der hedder „{ $name }“.
usage-unknown-option = tilvalget { $option } hører ikke til her.
usage-missing-value = tilvalget { $option } skal have en værdi.
usage-missing-dialogue = hvilken samtaleguide? For eksempel: `samtale run who5 --participant p1`
usage-bad-mode = „{ $mode }“ er ikke en tilstand. Tilstandene er facilitated, self og rehearsal.
usage-unexpected = forventede ikke „{ $text }“ her.
usage-unexpected-value = tilvalget { $option } tager ingen værdi, men fik „{ $value }“.
usage-did-you-mean = Mente du { $suggestion }?
usage-not-unicode = et argument er ikke gyldig tekst (UTF-8).
usage-see-help = Se `samtale --help`.

help-main =
    samtale { $version }: strukturerede samtaler, trin for trin, med borgerens egne ord.

    Brug: samtale [KOMMANDO] [TILVALG]

    Kommandoer:
      (ingen)    vælg en samtaleguide og en borger
      list       samtaleguiderne, hvem de er til, og hvor lang tid de tager
      run        hold en samtale: samtale run GUIDE --participant ID
      check      tjek samtaleguider: samtale check [STI …]
      new        begynd på din egen samtaleguide: samtale new ID [--dir MAPPE]
      preview    se en samtaleguide, mens du skriver den: samtale preview FIL.ron
      kiosk      én samtaleguide på en fælles skærm: samtale kiosk fit-ors
      history    en borgers samtaler: samtale history --participant ID [NR]
      trend      tallene over tid: samtale trend fit-ors --participant ID [--target 30]
      card       kriseplanen som et kort til udskrift: samtale card --participant ID
      map        netværkskortet tegnet til udskrift: samtale map --participant ID
      export     csv, json eller fhir: samtale export --all --format csv [--output FIL]
      questionnaire  en samtaleguide som FHIR-spørgeskema: samtale questionnaire who5
      config     vis indstillingerne, og hvor hver kom fra
      help       hjælp til en kommando: samtale help run; formatet for samtaleguider: samtale help script

    Tilvalg til alle kommandoer:
      --lang da|en       sproget (ellers konfigurationsfilens, ellers systemets)
      --config FIL       konfigurationsfilen (også SAMTALE_CONFIG)
      --data-dir MAPPE   hvor journalerne gemmes (også SAMTALE_DATA_DIR)
      --dialogues MAPPE  en mappe med jeres egne samtaleguider
      --plain            linjetilstand: til skærmlæsere, og når uddata sendes videre til et andet program
      --theme NAVN       default, high-contrast eller no-colour (NO_COLOR giver også ingen farver)
      -h, --help         denne hjælp
      -V, --version      versionen

    Afslutningskoder: 0 færdig, 1 problemer fundet (check, en samtaleguide, konfigurationen),
    2 forkert kommandolinje, 3 journalen er åben et andet sted, 4 en journal kunne ikke
    læses eller skrives, 5 sat på pause.
help-run =
    samtale run GUIDE [--participant ID] [--mode facilitated|self|rehearsal] [--facilitator NAVN] [--new]

    Holder en samtale, ét spørgsmål ad gangen, og skriver hvert svar i borgerens journal,
    før næste spørgsmål vises.

      --participant ID   borgerens pseudonym (spørges der om, hvis det mangler)
      --mode TILSTAND    facilitated (standard): noter til samtalelederen vises;
                         self: borgeren alene, ingen noter;
                         rehearsal: til undervisere, skriver i rehearsals/ og ingen journal
      --facilitator NAVN samtalelederens navn, skrives i journalen
      --new              start forfra, selv om en samtale ikke er afsluttet

    I linjetilstand: et tal eller en tekst og Enter svarer; Enter alene springer over;
    ? viser hjælp; :tilbage går tilbage; :spring springer over; :pause sætter på pause
    (samtalen gemmes og kan genoptages). Et langt svar slutter med en linje, hvor der kun
    står et punktum (.). Når inputtet slutter, sættes samtalen på pause (ved et spørgsmål)
    eller afsluttes (ved gennemgangen).
help-check =
    samtale check [STI …] [--strict]

    Tjekker samtaleguider: de indbyggede, når der ikke er nogen sti, ellers de nævnte
    filer og mapper. Hvert problem vises som fil:linje:kolonne: hvad der er galt.
    Teksterne til en samtaleguide X/NAVN.ron læses fra X/locales/SPROG/NAVN.ftl eller X/../locales/SPROG/NAVN.ftl.
    Afslutningskode 0, når der ikke er fejl (med --strict: heller ingen advarsler), ellers 1.
new-written =
    En ny samtaleguide, klar til at blive ændret:
    { $files }
    Tjek den:     samtale check --strict { $dir }
    Prøv den:     samtale --dialogues { $dir } run { $id } --mode rehearsal
    Formatet:     samtale help script
new-bad-id = „{ $id }“ kan ikke være en samtaleguides id: brug små bogstaver a–z, tal og enkelte bindestreger, og start med et bogstav (fx min-guide).
new-exists = { $path } findes allerede; samtale new ændrer ingenting. Vælg et andet id eller en anden mappe med --dir.
new-cannot-write = { $path } kunne ikke skrives: { $detail }
help-new =
    samtale new ID [--dir MAPPE]

    Skriver en lille, hel samtaleguide at begynde fra: MAPPE/ID.ron og dens tekster i
    MAPPE/locales/da/ID.ftl og MAPPE/locales/en/ID.ftl (uden --dir den mappe, du står i).
    Den har ét trin af hver slags, hvert forklaret i en kommentar, og tjekkes uden fejl.
    Intet overskrives. Formatet: samtale help script.
help-preview =
    samtale preview FIL.ron

    Kører samtaleguiden i FIL.ron som en øvelse, mens du skriver den, og indlæser den igen,
    hver gang du gemmer den eller dens tekster (locales/da/ID.ftl og locales/en/ID.ftl,
    fundet som samtale check finder dem). Du bliver på det trin, du var på, hvis det findes
    endnu. Har samtaleguiden fejl, står de med fil:linje:kolonne nederst på skærmen, og
    den sidste gode udgave kører videre. Intet skrives i nogens journal.
    Ctrl+R begynder forfra, Ctrl+Q slutter.
help-config =
    samtale config

    Viser de indstillinger, der gælder, og hvor hver kom fra: et tilvalg, en miljøvariabel,
    konfigurationsfilen, systemet eller standarden.
help-list =
    samtale list

    Viser samtaleguiderne, ordnet efter hvem de er til, med titel, minutter og en beskrivelse.

## samtale check

check-warning-label = advarsel
check-clean = Ingen problemer fundet.
check-summary = { $errors } fejl, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }.
check-too-large = filen er { $size } bytes; programmet læser filer på højst { $limit } bytes. Er det den rigtige fil?
check-too-deep = samtaleguiden er indlejret dybere end { $limit } niveauer; del betingelsen op i enklere dele.
check-unreadable = kan ikke læse filen: { $detail }
check-not-utf8 = filen er ikke UTF-8-tekst; gem den som UTF-8.
check-ron-syntax = dette er ikke RON, som programmet læser det: { $detail }
check-ron-comma = her mangler et komma
check-expected = forventede { check-expected-what }, fandt { $found }
check-expected-end = forventede { check-expected-what }, men filen slutter her
check-expected-what = { $what ->
        [integer] et helt tal
        [float] et tal
        [string] tekst i anførselstegn
        [boolean] true eller false
        [char] ét tegn i enkelte anførselstegn
        [option] Some(…) eller None
        [unit] ()
        [list] en liste i [ ]
        [list-end] et komma eller listens afsluttende ]
        [map] en tabel i {"{"} {"}"}
        [map-end] et komma eller tabellens afsluttende {"}"}
        [colon] et kolon (:)
        [paren] en startparentes (
        [paren-end] et komma eller en slutparentes )
        [identifier] et navn
        [struct] { $name }(
        [literal] et tal, et valg-id i anførselstegn eller true eller false
       *[other] { $what }
    }
check-ron-struct-name = forventede { $expected }( her, fandt { $found }(
check-ron-length = forventede { $expected } værdier her, fandt { $found }
check-ron-eof = filen slutter for tidligt; der mangler en værdi eller en slutparentes
check-ron-unclosed-string = denne tekst i anførselstegn har intet afsluttende anførselstegn (")
check-ron-unclosed-comment = denne kommentar bliver aldrig lukket med */
check-ron-trailing = der står mere her efter slutningen; fjern det, eller se efter en parentes, der lukkes for tidligt før det
check-ron-unexpected-char = tegnet { $char } hører ikke til her
check-ron-number-range = tallet { $found } er for stort eller for lille her
check-ron-number = tallet { $found } er ikke skrevet, som RON skriver tal (som 3, -2 eller 4.5)
check-ron-digit = { $digit } er ikke et ciffer i et tal med grundtal { $base }
check-ron-escape = en omvendt skråstreg i tekst i anførselstegn starter en escape-sekvens, RON ikke kender; skriv \\ for en omvendt skråstreg
check-scale-too-many = skalaen „{ $step }“ ville få { $count } trin (fra { $min } til { $max } i trin på { $increment }); en skala kan højst have { $limit }
check-self-reference = „{ $owner }“ henviser til sig selv; en betingelse eller sum kan kun bruge tidligere svar
check-app-message = „{ $id }“ ville bruge beskeden { $key }, som er en af programmets egne; vælg et andet id
check-unknown-field = ukendt felt `{ $found }` i { $outer ->
        [config-file] konfigurationsfilen
       *[other] { $outer }
    }; forventede et af { $expected }
check-missing-field = { $outer ->
        [config-file] konfigurationsfilen
       *[other] { $outer }
    } skal have feltet `{ $field }`
check-duplicate-field = feltet `{ $field }` står to gange i { $outer ->
        [config-file] konfigurationsfilen
       *[other] { $outer }
    }
check-unknown-variant = ukendt `{ $found }` i { $outer ->
        [config-file] konfigurationsfilen
       *[other] { $outer }
    }; forventede et af { $expected }
check-wrong-type = forventede { $expected }, fandt { $found }
check-bad-id = „{ $id }“ er ikke et gyldigt id: brug små bogstaver a–z, tal og enkelte bindestreger, og start med et bogstav
check-id-not-file-name = samtaleguidens id „{ $id }“ skal være filens navn („{ $stem }“), så dens tekster kan findes
check-version-zero = versionen skal være 1 eller mere
check-recall-zero = recall_days er det antal dage, spørgsmålene ser tilbage over, og skal være 1 eller mere (for eksempel Some(14) for to uger), eller lad feltet være væk
check-no-sections = en samtaleguide skal have mindst ét afsnit
check-empty-section = afsnittet „{ $id }“ har ingen trin
check-duplicate-id = id'et „{ $id }“ bruges allerede på linje { $line }; afsnit, trin, scorer, flag og valgsæt skal have hver sit id
check-reserved-id = „{ $id }“ er et reserveret ord i samtaleguider; vælg et andet id
check-duplicate-choice = id'et „{ $id }“ bruges to gange i denne liste
check-consent-choices = samtykketrinnet „{ $step }“ skal være et Single-trin med valgene no, yes og eventuelt some, i den rækkefølge
check-consent-twice = „{ $step }“ er det andet samtykketrin i samtaleguiden; der må kun være ét („{ $first }“)
check-draw-not-single = „{ $step }“ har draw: true, men kun et Single-trin kan trækkes tilfældigt (og aldrig samtykketrinnet); skriv det som Single(choices: …), eller fjern draw
check-sub-goal-kind = „{ $step }“ kan ikke have delmålsrollen { $role }: New, Words og Wording hører til et teksttrin (ShortText eller LongText), Progress til en Scale eller et Number, og Decision til et Single-trin med præcis valgene keep, change, finish og drop
check-sub-goal-outside = „{ $step }“ har delmålsrollen { $role }, som kun giver mening i en sektion med each_sub_goal: true (den spørges én gang for hvert åbent delmål)
check-sub-goal-new-inside = „{ $step }“ laver et nyt delmål (New), men står i en sektion, der spørges for hvert åbent delmål; flyt det til en sektion uden each_sub_goal
check-sub-goal-twice = „{ $step }“ er det andet trin med delmålsrollen { $role } i sin sektion; der må kun være ét („{ $first }“)
check-sub-goal-reference = „{ $step }“ henviser til „{ $target }“, som spørges én gang for hvert delmål; uden for sin sektion findes det ikke som ét trin
check-no-choices = „{ $step }“ har ingen valgmuligheder
check-no-fields = gentagelsesgruppen „{ $step }“ har ingen felter
check-field-choice-extra = feltet „{ $field }“ i „{ $step }“ vælges blandt svarmuligheder, så det kan ikke have pattern, max_len, score eller when: tag dem væk
check-field-multi-without-choices = feltet „{ $field }“ i „{ $step }“ har multi: true men ingen choices: giv det svarmuligheder eller tag multi væk
check-unknown-choice-set = „{ $step }“ bruger valgsættet „{ $set }“, som ikke står i choice_sets
check-bad-scale = skalaen „{ $step }“ skal gå fra et lavere min til et højere max i trin større end 0 (fandt min { $min }, max { $max }, trin { $increment })
check-bad-range = „{ $step }“ har et min ({ $min }) over sit max ({ $max })
check-bad-pattern = mønsteret for „{ $step }“ er ikke et gyldigt regulært udtryk: { $detail }
check-unknown-step = „{ $owner }“ henviser til „{ $step }“, som ikke er et trin i denne samtaleguide
check-later-step = „{ $owner }“ henviser til „{ $step }“, som kommer senere; en betingelse eller sum kan kun bruge tidligere svar
check-not-numeric = „{ $owner }“ tæller „{ $step }“ med, som ikke har et tal (brug et tal, en skala, et valg med point eller et beregnet trin)
check-unscored-choice = „{ $owner }“ tæller „{ $step }“ med, men valget „{ $choice }“ har ingen point: giv det point, eller skriv not_counted: true, hvis det skal holdes uden for pointene („ikke relevant“)
check-not-counted-score = valget „{ $id }“ har både point og not_counted: true; fjern det ene
check-no-items = „{ $owner }“ har intet at regne på
check-info-answered = „{ $step }“ er et informationstrin, så det bliver aldrig besvaret
check-condition-type = betingelsen på „{ $step }“ sammenligner med den forkerte slags værdi; forventede { $expected ->
        [number] et tal
        [choice] et valg-id i anførselstegn
        [yes-no] true eller false
       *[answered] kun Answered("{ $step }"), da denne slags svar ikke kan sammenlignes
    }
check-unknown-choice = „{ $step }“ har intet valg „{ $choice }“
check-unknown-jump = springet fra „{ $step }“ går til „{ $target }“, som hverken er et afsnit eller et trin (eller end, pause)
check-backward-jump = springet fra „{ $step }“ går tilbage til „{ $target }“; spring går kun fremad (brug :tilbage for at gå tilbage)
check-unknown-score = flaget „{ $flag }“ bruger scoren „{ $score }“, som ikke står i scores
check-unreachable = trinnet „{ $step }“ kan aldrig nås: alle veje dertil er skåret af et spring
check-key-clash = „{ $first }“ og „{ $second }“ ville begge bruge beskeden { $key }; omdøb en af dem
check-missing-message = beskeden { $key } (til „{ $id }“) findes ikke på noget sprog; tilføj den i { $files }, fx sådan:
check-missing-translation = beskeden { $key } mangler på { $lang }; { $fallback } vises i stedet
check-no-texts = ingen tekster på { $lang } til „{ $id }“: ledte efter { $looked }
check-id-taken = der findes allerede en samtaleguide med id'et „{ $id }“; giv denne et andet id (og filnavn)
check-ftl-syntax = Fluent-syntaksfejl: { $detail }
check-ftl-duplicate = beskeden { $key } står allerede på linje { $line }; kun den første bruges
check-ftl-duplicate-elsewhere = beskeden { $key } står allerede i { $file } (linje { $line }); kun den første bruges
check-ftl-unused = beskeden { $key } bruges ikke af noget trin i samtaleguiden; slet den, eller ret navnet, så det passer til et id
check-ftl-unused-typo = beskeden { $key } bruges ikke af noget trin i samtaleguiden; mente du { $meant }?
check-ftl-unknown-function = beskeden { $key } bruger funktionen { $name }, som samtale ikke kender; skriv teksten uden den
check-ftl-unknown-reference = beskeden { $key } henviser til { $name }, som ikke findes i samme fil
check-ftl-cyclic = beskeden { $key } henviser til sig selv (direkte eller gennem en anden besked), så den kan aldrig vises
check-ftl-no-value = beskeden { $key } henviser til { $name }, som ikke har nogen tekst, kun attributter
check-ftl-cannot-format = beskeden { $key } kan ikke sættes sammen til en tekst; se efter et valg uden *-standard eller for mange pladsholdere
check-ftl-control = teksten indeholder styretegnet { $char }, som ellers ville nå terminalen og journalen; samtale viser det som et tegn (␛), så slet det
check-not-finite = { $found } er ikke et tal, samtale kan regne med; { $field } skal være et almindeligt tal, fx 5.0
check-no-scripts = ingen samtaleguider (*.ron) i mappen; samtale leder kun direkte i den, ikke i undermapper
check-ron-unclosed = { $open } på linje { $line }, kolonne { $column } lukkes aldrig; luk den med { $close }
check-ron-mismatched = dette { $found } lukker { $open } fra linje { $line }, kolonne { $column }, som mangler sit { $close }
check-ron-unopened = dette { $found } lukker ikke noget; en startparentes mangler før det, eller det er et for meget

## Terminalbrugerfladen

home-title = samtale
home-more-below = ↓ flere nedenfor
home-ask-participant = Hvem er samtalen med? Skriv et pseudonym, eller vælg et nedenfor.
home-known-participants = Pseudonymer med journaler:
home-participant-empty = Skriv et pseudonym først, og tryk så Enter.
home-choose = Hvilken samtaleguide skal bruges med { $participant }?
home-unfinished = Ikke afsluttet: fortsæt, hvor I slap
home-resume-item = { $title } fra { $started } ({ $answered } svar)
home-choose-mode = Hvordan holdes samtalen?
home-facilitator = Samtalelederens navn (valgfrit):
mode-facilitated = Med samtaleleder: en { -staff } og borgeren ved samme skærm
mode-facilitated-about = Samtalelederens noter kan vises med Ctrl+N.
mode-self = Selv: borgeren alene
mode-self-about = Enkle ord og store felter; ingen noter til samtalelederen.
mode-rehearsal = Øvelse: en underviser øver guiden
mode-rehearsal-about = Noterne vises altid, med tidtagning og en oversigt; intet skrives i en journal.
key-enter = Enter
key-choose = vælg
key-move = flyt
key-quit = afslut
key-start = start
key-next = videre
key-back = tilbage
key-skip = spring over
key-help = hjælp
key-pause = pause
key-add = tilføj
key-remove = fjern
key-reorder = flyt op/ned
key-set = sæt
key-undo = fortryd
key-notes = noter
key-outline = oversigt
key-blank = skjul skærmen
key-open-or-finish = ret svaret / afslut
key-done = færdig
tui-too-small = Vinduet er for lille: det skal være mindst { $width }×{ $height } tegn, og det er { $now } nu. Gør vinduet større; intet af det, du har skrevet, går tabt.
tui-error-dismiss = Tryk Enter for at gå videre.
tui-scale-unset = (ikke sat endnu: brug piletasterne, et tal eller musen)
tui-repeat-done = Færdig: gå videre
tui-entry-new = Ny på listen (Tab går til næste felt, Enter i det sidste gemmer, Esc fortryder)
tui-entry-edit = Ret på listen (Tab går til næste felt, Enter i det sidste gemmer, Esc fortryder)
tui-review-finish = ✓ Ja, skriv det sådan, og afslut
tui-notes-title = Noter til samtalelederen
tui-no-note = (Ingen note til dette trin.)
tui-close-help = Tryk Esc for at lukke.
tui-keys-help = Enter går videre (Ctrl+D i en lang tekst, hvor Enter giver en ny linje). Esc går tilbage. Ctrl+S springer spørgsmålet over. Ctrl+P (eller Ctrl+C) sætter på pause: alt er gemt, og samtalen kan genoptages. Ctrl+B skjuler skærmen med det samme; Ctrl+B igen viser den. Ctrl+Z fortryder det skrevne.
tui-outline-title = Oversigt: Enter springer dertil, Esc lukker
tui-outline-conditional = (kun når { $condition })
tui-more-below = ↓ mere nedenfor (rul med ↑↓)
tui-outline-not-asked = (spørges ikke nu)
tui-timers = trin { $step } · i alt { $whole }
kiosk-welcome = Velkommen
kiosk-ask-name = Skriv dit pseudonym (det navn, du bruger her), og tryk Enter.
kiosk-staff = personale
kiosk-thanks = Tak for dine svar.
kiosk-thanks-next = Skærmen ryddes til den næste om { $seconds } { $seconds ->
        [one] sekund
       *[other] sekunder
    }, eller tryk Enter.
kiosk-code-title = Kun personale
kiosk-code-ask = Skriv personalekoden, og tryk Enter (Esc går tilbage):
kiosk-wrong-code = Det var ikke personalekoden.
kiosk-no-staff-code = Kiosken skal have en personalekode, så den kan forlades igen: sæt staff_code i konfigurationsfilen (`samtale config` viser, hvor den ligger).
kiosk-needs-terminal = Kiosken kører kun i et terminalvindue, ikke når uddata sendes videre til et andet program.
condition-answered = { $step } er besvaret
condition-or = eller
condition-and = og
condition-not = ikke ({ $condition })
condition-quoted = „{ $text }“
condition-compare = { $question } { $op ->
        [eq] er
        [ne] er ikke
        [lt] er under
        [le] er højst
        [gt] er over
       *[ge] er mindst
    } { $value }

## Over tid: historik, forløb og krisekort (src/report.rs)

report-percent = { $value } %
report-of-max = { $value }/{ $max }
report-unreadable = En journal kunne ikke læses og er ikke med her: { $problem }
report-output = Kunne ikke skrive ud: { $detail }

history-heading = Samtaler med { $participant }
history-none = Der er endnu ingen samtaler med { $participant }.
history-no-participants = Der er endnu ingen journaler.
history-col-number = Nr.
history-col-date = Dato
history-col-time = Kl.
history-col-conversation = Samtaleguide
history-col-status = Status
history-col-score = Resultat
history-col-file = Fil
history-finished = afsluttet
history-unfinished = ikke afsluttet (kan fortsættes)
history-kiosk-unseen = fra kiosken, ikke set endnu
history-kiosk-seen = fra kiosken, set
history-not-shared = må ikke deles
history-seen-done = Samtale { $number } er markeret som set af { $by } { $when }. Den tæller nu med i forløb og ændringer.
history-seen-already = Samtale { $number } blev allerede set af { $by } { $when }. Intet er ændret.
history-seen-not-kiosk = Samtale { $number } er ikke en afsluttet samtale fra kiosken; kun de skal markeres som set.
history-seen-which = Skriv nummeret på samtalen fra kiosken og dit navn: samtale history --participant P N --seen NAVN
history-count = Samtaler i alt: { $count }. Ikke afsluttet: { $unfinished }.
history-where = Journalerne ligger i { $dir }.
history-no-such-entry = { $participant } har ingen samtale med nr. { $number }. { $count ->
        [one] Der er én samtale
       *[other] Der er { $count } samtaler
    }; `samtale history --participant { $participant }` viser { $count ->
        [one] den
       *[other] dem
    }.

trend-heading = { $title }: forløbet for { $participant }
trend-none = Der er endnu ingen afsluttede samtaler med „{ $title }“ for { $participant }. Forløbet viser sig, når den første er afsluttet.
trend-no-scores = „{ $title }“ har ingen tal at følge over tid. Afsluttede samtaler: { $count }.
trend-col-date = Dato
trend-col-time = Kl.
trend-col-total = I alt
trend-col-percent = Trivsel
trend-col-change = Siden sidst
trend-col-raw = Point
trend-col-flags = Værd at tale om
trend-item-fit-ors-individual = Individuelt
trend-item-fit-ors-relations = Nære relationer
trend-item-fit-ors-social = Socialt
trend-item-fit-ors-overall = Generelt
trend-item-fit-srs-relationship = Hørt og respekteret
trend-item-fit-srs-goals = Det vigtige
trend-item-fit-srs-approach = Måden
trend-item-fit-srs-overall = Generelt
trend-flag-fit-ors-below-25 = under 25
trend-flag-fit-ors-reliable-change = tydelig ændring (5 point eller mere)
trend-flag-close = (kort tid efter sidst)
trend-target-set-by = Målet er sat { $date } af { $by }.
trend-target-set-command = Målet er sat { $date } med kommandoen samtale trend … --target.
trend-target-cleared-by = Målet er fjernet { $date } af { $by }.
trend-target-cleared-command = Målet er fjernet { $date } med kommandoen samtale trend … --target none.
trend-flag-fit-srs-below-36 = under 36
trend-flag-fit-srs-item-below-9 = et spørgsmål under 9
trend-flag-fit-srs-dropped = faldet 1 eller mere
trend-flag-who5-low-wellbeing = under 50 %
trend-flag-who5-low-item = et lavt svar
trend-flag-who5-very-low = 28 % eller derunder
trend-flag-who5-change = ændret 10 procentpoint eller mere
trend-sparkline = Forløb ({ $min }–{ $max }): { $line }
trend-one = Der er én afsluttet samtale indtil nu. Forløbet viser sig, når der er flere.
trend-lines-heading = Grænser at sammenligne tallene med:
trend-line-ors-25 = { $value }: FIT's fælles pejlemærke for voksne. Under { $value } er et sted at starte en samtale – ikke en dom.
trend-line-srs-36 = { $value }: under { $value } er samarbejdet værd at tale om.
trend-line-who5-50 = { $value } %: under { $value } % er det værd at tale om trivslen, og om den skal undersøges nærmere.
trend-line-who5-28 = { $value } %: nogle bruger { $value } % eller derunder som tegn på mulig depression; det er ikke en diagnose.
trend-line-target = { $value }: dit eget mål.
trend-no-target = Der er ikke sat et eget mål. Det kan sættes med --target, for eksempel --target 30.
trend-no-flags = Ingen af samtalerne har markeringer, der er værd at tale om. Tal gerne om tallene alligevel.
trend-flags-heading = Værd at tale om – et sted at starte en samtale, ikke en dom:
trend-target-set = Målet for { $participant } er gemt: { $value } i alt på ORS.
trend-target-cleared = Målet for { $participant } er fjernet.

target-out-of-range = Et mål for ORS skal være et tal fra 0 til 40, og { $value } ligger uden for.
target-bad-file = { $path }:{ $line }:{ $column }: filen med mål kan ikke læses ({ $detail }). Den skal se sådan ud: (ors: Some(30.0)). Ret filen, eller slet den og sæt målet igen med --target.
target-io = Kunne ikke læse eller skrive { $path }: { $detail }

card-byline = { $participant } · kriseplanen fra { $date }
card-byline-plan = { $participant } · „{ $title }“ fra { $date }
card-local-contacts = Lokale krisekontakter
card-help-now = Hjælp med det samme
card-other-answers = Andre svar fra planen
card-footer = Planen er din, og den kan altid laves om – også efter en krise.
card-no-plan = Der er endnu ingen afsluttet kriseplan for { $participant }. I kan lave den sammen med kommandoen `samtale run crisis-plan --participant { $participant }`.
card-written = Krisekortet for { $participant } er skrevet ud fra kriseplanen fra { $date }:
card-written-from = Krisekortet for { $participant } er skrevet ud fra „{ $title }“ fra { $date }:
card-written-text = Som tekst: { $path }
card-written-html = Til udskrift (åbn filen i en browser): { $path }
card-private = Kortet indeholder personlige oplysninger. Giv det kun videre, hvis borgeren siger ja.
card-io = Kunne ikke skrive { $path }: { $detail }
key-next-field = næste felt
key-save-entry = gem
key-cancel-entry = fortryd
key-space-digits = Mellemrum/0-9
key-tick = sæt kryds

## Over tid: historik, udvikling, kort, eksport

usage-missing-participant = Hvilken borgers samtaler? Tilføj --participant med et pseudonym. Disse har journaler:
export-who = Hvis journaler skal eksporteres? Skriv --participant P for én person eller --all for alle.
export-format = „{ $format }“ er ikke et eksportformat. Brug --format csv, --format json eller --format fhir.
export-since = „{ $since }“ er ikke en dag. Skriv den som ÅÅÅÅ-MM-DD, for eksempel --since 2026-01-01.
export-done = Eksporterede { $conversations } { $conversations ->
        [one] samtale
       *[other] samtaler
    } med { $answers } svar.
export-left-out = { $count ->
        [one] { $count } samtale er ikke med, fordi borgeren ikke har sagt ja til at dele den
       *[other] { $count } samtaler er ikke med, fordi borgeren ikke har sagt ja til at dele dem
    } (svaret „nej“ eller „noget af det“, sprunget over eller aldrig nået). De står stadig i journalerne.
export-write = Eksporten kunne ikke skrives: { $detail }. Intet er tabt fra journalerne; tjek disken, og prøv igen.
key-scroll = rul
revise-intro = Planen tager udgangspunkt i den seneste: alle svar er udfyldt. Tryk Enter for at beholde et svar, skriv et nyt for at ændre det, eller spring det over (:spring) for at fjerne det. Journalen viser, hvad der blev ændret.
follow-up-answers = Det, I fandt frem til sammen:
follow-up-unreadable = Samtalen, denne plan bygger på, kan ikke læses lige nu:
follow-up-offer = Skal vi gå videre til „{ $title }“ sammen nu, med dette ved siden af?

## Over tid i terminalbrugerfladen: historik, journal, graf, krisekort (src/ui/history.rs, trend.rs, card_view.rs)

key-history = historik
key-read = læs
key-chart = tallene over tid
key-map = se kortet
key-result = resultatet
key-card = krisekort
key-series = andre tal
key-rehearse = øv uden borger
home-choose-rehearsal = Øv en samtaleguide uden borger. Øvelsen gemmes under rehearsals/ og tæller aldrig med i nogens historik eller eksport.
key-target = sæt eller fjern mål
tui-target-heading = Borgerens eget mål for FIT: Sådan har jeg det
tui-target-value = Mål (0–40):
tui-target-by = Sat af (dit navn):
tui-target-help = Skriv det mål, borgeren selv har valgt, og dit navn. Tøm målet for at fjerne det. Målet gemmes med navn og tidspunkt, ikke i nogen samtales journal.
tui-target-not-a-target = „{ $typed }“ er ikke et mål mellem 0 og 40. Skriv et tal som 30 eller 27,5, eller tøm feltet for at fjerne målet.
tui-target-who = Skriv dit navn, så det kan ses, hvem der har sat målet.
key-older-newer = ældre/nyere
key-ends = start/slut
tui-history-unfinished = ikke afsluttet
tui-history-kiosk-unseen = Fra kiosken, ikke set endnu: den tæller ikke med i forløb og ændringer, før en medarbejder har set den (samtale history --participant { $participant } N --seen NAVN).
tui-history-not-shared = Må ikke deles: borgeren har ikke sagt ja til at dele den, så den kommer ikke med i en eksport.
tui-history-no-chart = Det er kun FIT (ORS, SRS), WHO-5 og samtaler med delmål (Håbets Sti, Opfølgning på delmål), der har noget at følge over tid.
tui-history-no-map = Der er kun et kort at se for et afsluttet netværkskort.
tui-card-no-plan = Der er endnu ingen afsluttet kriseplan for { $participant }. I kan lave den sammen: vælg „Min kriseplan“ på startskærmen.
tui-card-title = Krisekort for { $participant }
tui-journal-readonly = kun til læsning
tui-pager-lines = linje { $from }–{ $to } af { $total }
tui-trend-target-label = mål { $value }
tui-trend-months = jan feb mar apr maj jun jul aug sep okt nov dec
tui-trend-day = { $day }. { $month }
tui-trend-shown = Grafen viser de { $shown } nyeste af { $count } { $count ->
        [one] samtale
       *[other] samtaler
    }; ← viser de ældre. Tabellen har dem alle.
tui-trend-no-target = Der er ikke sat et eget mål. Tryk m for at sætte det mål, borgeren selv har valgt.
trend-line-srs-item-9 = { $value }: under { $value } på ét spørgsmål er netop det spørgsmål værd at tale om.
check-required-not-question = „{ $step }“ er et informations- eller beregnet trin, som aldrig besvares, så det kan ikke være påkrævet; fjern required: true
check-pause-not-question = „{ $step }“ er et informations- eller beregnet trin: et spring til pause sker efter et svar, som dette trin aldrig får; sæt pausen på et spørgsmål
check-id-prefix = samtaleguidens id „{ $id }“ kolliderer med „{ $other }“: deres beskeder ville dele nøgler (begge begynder „{ $prefix }-“). Vælg et id, der ikke er begyndelsen af et andet og ikke begynder med et andet og en bindestreg
tui-card-note = del kun, hvis borgeren siger ja
key-go-on = ja, gå videre
key-not-now = ikke nu
tui-beside-title = Det, I fandt frem til sammen
tui-beside-more-above = ↑ mere ovenfor (Ctrl+↑)
tui-beside-more-below = ↓ mere nedenfor (Ctrl+↓)
key-beside-scroll = rul i læringen
help-kiosk =
    samtale kiosk GUIDE

    Kører én samtaleguide på en fælles skærm, for den ene borger efter den anden, i selv-tilstand:
    velkomst, samtalen, tak, og skærmen ryddes. Kræver staff_code i konfigurationsfilen
    (Ctrl+Q og koden forlader kiosken); inactivity_minutes (standard 5) gemmer en forladt
    samtale som ikke afsluttet og rydder skærmen.
help-history =
    samtale history --participant ID [NR | FIL] [--seen NAVN]

    Viser borgerens samtaler (dato, samtaleguide, afsluttet eller ej, det vigtigste tal).
    Med et nummer fra listen (eller en journalfil) vises den journal, som den er.
    Med NR --seen NAVN markerer en medarbejder en samtale fra kiosken som set: først da
    tæller den med i forløb og ændringer.
help-trend =
    samtale trend GUIDE --participant ID [--target N | --target none]

    De afsluttede samtaler af fit-ors, fit-srs eller who5 over tid: hvert tal skrevet ud,
    grænselinjerne, markeringerne i ord og en linje med en lille kurve. --target sætter
    (eller fjerner) borgerens mål for ORS.
help-card =
    samtale card --participant ID [--dialogue PLAN] [--with TRIN,TRIN] [--without TRIN,TRIN] [--name NAVN]

    Skriver borgerens nuværende kriseplan ud to gange, uden JavaScript og uden noget udefra:
    krisekortet (card.txt og card.html: én side, der klippes eller foldes til A6, med navn,
    112, de lokale krisekontakter og det, borgeren har valgt i planen) og hele planen
    (plan.txt og plan.html, med navn, 112 og sidetal på hver side), og siger hvor.
    --with og --without lægger trin på kortet eller tager dem af (for eksempel
    --with not-working). --name skriver et navn på kortet i stedet for pseudonymet; navnet
    gemmes kun i kortets filer. Kortet laves ud fra den plan, der sidst blev afsluttet, af
    de planer, der kan give et krisekort (kriseplanen, LA2-tryghedsplanen): --dialogue
    vælger en bestemt, for eksempel --dialogue la2-safety-plan.
help-export =
    samtale export (--participant ID | --all) --format csv|json|fhir [--dialogue D] [--since ÅÅÅÅ-MM-DD] [--headers ids] [--scores] [--bundle collection|transaction] [--output FIL [--force]]

    CSV har én række pr. svar (og et svars point i sin egen kolonne), eller med --scores
    én række pr. samtale med dens tal og markeringer: semikolon og decimalkomma med
    --lang da (som dansk Excel forventer), ellers komma og decimalpunktum. JSON har
    samtalerne med deres tal og markeringer. fhir er et HL7 FHIR R4-Bundle: et
    QuestionnaireResponse pr. samtale, en Observation pr. tal og samtaleguidernes
    spørgeskemaer; med --bundle transaction kan en FHIR-server tage imod det, og sendes
    det to gange, kommer intet med to gange. Sæt fhir_base i config.ron.
    Alle kolonner og felter: docs/export-format.md.
    Kun samtaler, borgeren har sagt ja til at dele, kommer med; de andre står stadig i
    journalerne, og eksporten siger, hvor mange der ikke kom med.

    CSV'ens kolonner og kodede værdier (slags, ja/nej) står på det valgte sprog. Med
    --headers ids får de faste engelske id'er (participant, dialogue, … value_kind),
    som ikke skifter med sproget: til programmer, der læser kolonnerne ved navn.

    --output skriver til en fil, som kun du kan læse. En fil i datamappen bliver afvist,
    og en fil, der findes i forvejen, erstattes kun med --force.

## terminal interface: what is chosen, typed and kept
key-arrows = ↑↓
key-arrows-digits = ↑↓/tal
key-yes-no = 1/2 j/n
key-scale = ←→ 0-9
key-keep = behold
key-open-entry = åbn
key-discard = kassér samtalen
notice-choose-first = Vælg et svar med piletasterne eller tallet foran det, og tryk Enter. Vil du springe over, så tryk Ctrl+S.
notice-no-such-choice = Der er ikke noget svar med nummeret { $number } her.
notice-scale-set-first = Sæt linjen med piletasterne eller ved at skrive et tal, og tryk Enter. Vil du springe over, så tryk Ctrl+S.
notice-scale-whole = „{ $text }“ kan ikke sættes på linjen. Skriv et helt tal fra { $min } til { $max }.
notice-scale-one-decimal = „{ $text }“ kan ikke sættes på linjen. Skriv et tal fra { $min } til { $max } med højst én decimal, for eksempel 7,5.
notice-scale-decimals = „{ $text }“ kan ikke sættes på linjen. Skriv et tal fra { $min } til { $max } med højst { $decimals } { $decimals ->
        [one] decimal
       *[other] decimaler
    }.
notice-scale-steps = „{ $text }“ kan ikke sættes på linjen. Den går fra { $min } til { $max } i trin på { $step }.
notice-type-first = Skriv et svar, og tryk Enter. Vil du springe over, så tryk Ctrl+S.
notice-too-long = Et svar kan højst fylde { $limit } KB, og det her ville fylde { $size } KB. Der er ikke tilføjet noget.
notice-skip-with-text = Der står noget i feltet, som ikke er gemt. Tryk Ctrl+S igen for at springe over og slette det, eller Enter for at gemme det som svar.
notice-list-keys = Bogstaver gør ikke noget på listen. Tryk + for at tilføje, Enter for at åbne og Delete for at fjerne.
notice-entry-remove-ask = Fjern „{ $entry }“? Tryk Enter for at fjerne, eller en anden tast for at beholde.
notice-entry-kept = Intet er fjernet.
notice-entry-empty = Skriv mindst ét felt, eller tryk Esc for at lade være.
notice-entry-leave-ask = Det, du har skrevet her, er ikke gemt. Tryk Esc igen for at lade det være, eller Ctrl+D for at gemme det.
notice-discard-ask = Kassér samtalen? { $answers ->
        [0] Den har endnu ingen svar, og den kan ikke findes igen.
        [one] Dens ene svar slettes og kan ikke findes igen.
       *[other] Dens { $answers } svar slettes og kan ikke findes igen.
    } Tryk Enter for at kassere, eller en anden tast for at fortsætte.
notice-discard-not = Samtalen er ikke kasseret.
run-saved-self = Dine svar er gemt.
tui-paused = Samtalen er sat på pause.
tui-paused-answers = { $answers ->
        [0] Der er ikke givet nogen svar endnu, og samtalen kan fortsættes senere.
        [one] Det ene svar, der er givet, er gemt, og samtalen kan fortsættes senere.
       *[other] De { $answers } svar, der er givet, er gemt, og samtalen kan fortsættes senere.
    }
tui-paused-draft = Det, der var skrevet ved „{ $question }“, er gemt som kladde og står i feltet igen, når samtalen fortsætter.
tui-not-saved = Svaret blev ikke gemt: { $problem } Svaret står stadig på skærmen. Tryk Enter for at lukke denne besked, og Enter igen for at prøve at gemme, når der er plads; eller Ctrl+P for at holde pause.
run-self-needs-participant = En borger alene får skærmen til én borgers samtale: skriv hvem med --participant, for eksempel `samtale run who5 --participant anna --mode self`.

## line mode

plain-answer-too-long = Svaret fylder { $size } byte, og et svar må højst fylde { $limit } byte ({ $kb } KB). Intet er gemt. Skriv et kortere svar, eller del det op i flere.

## storage and files

storage-failed = Kunne ikke { $action ->
        [create-folder] oprette mappen
        [create] oprette journalen
        [write] skrive i journalen
        [lock] låse journalen
       *[read] læse
    } { $path }: { $cause } (systemet siger: { $detail })
storage-saved-so-far = Alt, der er bekræftet før dette, er gemt. Start samtalen igen for at fortsætte, når det er ordnet.
storage-cause-full = Disken er fuld. Frigør plads, og prøv igen.
storage-cause-read-only = Disken er skrivebeskyttet, så der kan ikke skrives noget på den.
storage-cause-permission = Du har ikke adgang til filen eller mappen. Tjek, hvem der ejer den, og hvilke rettigheder den har.
storage-cause-not-found = Den findes ikke, eller en mappe på vejen til den mangler.
storage-cause-name-too-long = Navnet er for langt til filsystemet. Brug et kortere pseudonym.
storage-cause-not-a-folder = En del af stien er en fil og ikke en mappe.
storage-check-data-dir = Tjek datamappen: `samtale config` viser, hvilken mappe der bruges, og hvorfor.
storage-cause-file-too-big = Filen er blevet større, end systemet tillader.
storage-cause-other = Tjek, at der er plads på disken, og at du må skrive der.
storage-not-a-file = { $path } er ikke en almindelig fil, men en mappe, en FIFO eller en enhed, så den bliver ikke læst. Flyt den ud af mappen, hvis den ikke hører til der.
storage-too-large = { $path } er større end { $limit } bytes og bliver ikke læst: så stor en fil skriver programmet aldrig.
storage-broken = Det lykkedes ikke at skrive i journalen { $path }, og den kunne ikke sættes tilbage, som den var, så der bliver ikke skrevet mere i den. Alt, der er bekræftet før det svar, er gemt. Start samtalen igen for at fortsætte, når disken er i orden.
storage-plan-unreadable = Planen { $plan } kan ikke læses, så den kan ikke revideres: { $problem } For at begynde forfra: flyt filen ud af mappen { $folder } (gem den et sikkert sted, for den er en journal), og start igen med --new. Så bliver planen før den revideret, eller der begyndes på en tom plan.
storage-unfinished-unreadable = Der kan være en ufærdig samtale ({ $dialogue }) i en journal, der ikke kan læses: { $problem } Der er ikke startet nogen ny samtale. Se journalerne med `samtale history --participant { $participant }`, eller start en ny samtale med --new.
export-inside-data-dir = { $path } ligger i datamappen { $data }, hvor en eksport kunne overskrive en journal. Vælg en fil uden for den.
export-exists = { $path } findes allerede. Vælg et andet navn, eller tilføj --force for at erstatte den.
export-failed = Eksporten kunne ikke skrives: { $cause } (systemet siger: { $detail }) Intet er tabt fra journalerne.
check-not-a-file = det er ikke en almindelig fil, men en mappe, en FIFO eller en enhed; kun almindelige filer bliver læst.
tui-unfinished-unreadable = En journal, der kan være en ufærdig samtale, kan ikke læses, så der er ikke startet noget af sig selv:
    { $problems }
    Vælg selv, hvad der skal ske; journalen er ikke ændret.
config-staff-word = „{ $word }“ kan ikke bruges som staff_word: skriv ét ord eller nogle få ord med bogstaver, mellemrum og bindestreger, højst 40 tegn.

## En journal, som den læses (src/journal/view.rs): filen beholder sit format

journal-view-who = Borger: { $participant } · { $mode ->
        [facilitated] med samtaleleder
        [self] borgeren alene
       *[rehearsal] øvelse
    }
journal-view-facilitator = Samtaleleder: { $name }
journal-view-started = Startet { $time }
journal-view-answer = Svar: { $answer }
journal-view-paused = Sat på pause
journal-view-resumed = Fortsat
journal-view-draft = Skrevet, men ikke bekræftet, ved { $question }:
journal-view-revision = Planen bygger på den forrige ({ $file }); alle dens svar er taget med.
journal-view-changes = Ændret eller fjernet i forhold til den forrige plan:
journal-view-sub-goal = { $status ->
    [new] Nyt delmål
    [open] Delmål fulgt op
    [kept] Delmål, som I holder fast i
    [changed] Delmål med nye ord
    [finished] Delmål nået
   *[dropped] Delmål lagt til side
  }: „{ $text }“
journal-view-sub-goal-progress = Hvordan det er gået: { $progress } (0–10)
sub-goal-status = { $status ->
    [new] sat
    [open] fulgt op
    [kept] holder fast
    [changed] med nye ord
    [finished] nået
   *[dropped] lagt til side
  }
sub-goals-heading = Delmål
sub-goals-none = Der er ingen delmål endnu.
sub-goals-goal = { $number }. „{ $text }“ – { $status }
sub-goals-progress = hvordan det er gået: { $progress } (0–10)
sub-goals-course = Forløb: { $line }
sub-goal-chart-heading = Delmål: forløbet for { $participant }
sub-goal-chart-intro = Hvert delmål med jeres egne tal for, hvordan det er gået (0–10). Tallene er til at tale ud fra – de er ingen bedømmelse.
sub-goal-chart-goal = { $number }. „{ $text }“
sub-goal-chart-now = Sat { $made } · { $status ->
    [finished] Nu: nået
    [dropped] Nu: lagt til side
   *[open] Nu: stadig åbent – I taler om det igen næste gang
  }
sub-goal-chart-course = Forløb (0–10):
sub-goal-chart-no-follow-up = Ikke fulgt op endnu.
sub-goal-chart-no-progress = (intet tal)
sub-goal-chart-words = „{ $words }“
journal-view-finished = Afsluttet
journal-view-hidden = Lagt til side (besvaret, men ikke længere spurgt):
journal-view-question = „{ $question }“
journal-view-unknown-step = et spørgsmål, som denne journal ikke har med

## CSV-eksporten: kolonner og kodede værdier på dansk (--headers ids giver de faste id'er)

csv-col-participant = borger
csv-col-dialogue = samtaleguide
csv-col-dialogue-version = version
csv-col-journal = journal
csv-col-started = startet
csv-col-answered-at = besvaret
csv-col-step = trin
csv-col-question = spørgsmål
csv-col-answer-shown = svar
csv-col-value = værdi
csv-col-value-kind = slags
csv-col-finished = afsluttet
csv-col-set-aside = lagt til side
csv-kind-skipped = sprunget over
csv-kind-text = tekst
csv-kind-number = tal
csv-kind-choice = valg
csv-kind-choices = flere valg
csv-kind-yesno = ja/nej
csv-kind-entries = liste
csv-kind-entry = felt
export-headers = „{ $headers }“ er ikke en slags overskrifter. Brug --headers ids for de faste id'er, eller udelad tilvalget for overskrifter på dansk.

## a citizen alone
contacts-livslinien = Livslinien, hvis livet føles for svært: 70 201 201
contacts-heading = Hvis du har brug for at tale med nogen nu:
result-alone-generic = Dine svar er en hjælp til at tale om, hvordan du har det, ikke en vurdering af dig. Tag dem gerne med til dit næste møde med din { -staff }.
self-handed-back = Tak for dine svar. Giv skærmen tilbage til personalet.
kiosk-still-here = Er du her stadig? Tryk på en tast. Ellers gemmes dine svar om { $seconds } { $seconds ->
        [one] sekund
       *[other] sekunder
    }, og skærmen ryddes.
kiosk-code-wait = For mange forkerte koder. Vent { $seconds } { $seconds ->
        [one] sekund
       *[other] sekunder
    }, før du prøver igen.
kiosk-code-too-short = Personalekoden skal være mindst 4 tegn lang. Sæt en længere staff_code i konfigurationsfilen (`samtale config` viser, hvor den ligger).
config-others-can-write = Advarsel: konfigurationsfilen { $path } kan ændres af andre end ejeren. Den indeholder personalekoden og datamappen; gør den privat med `chmod 600 { $path }`.
config-no-contacts = Der er ikke skrevet lokale krisekontakter ind (crisis_contacts i { $path }). En borger alene ser kun 112 og Livslinien.
notice-list-empty = Der er ingen på listen endnu. Tryk + for at tilføje nogen, eller Ctrl+S for at springe spørgsmålet over.
storage-citizen = Dine svar kunne ikke gemmes lige nu. { $cause } Sig det til personalet.
journal-view-seen = Set af personalet ({ $by }): samtalen fra kiosken tæller nu med i udviklingen.
help-questionnaire =
    samtale questionnaire GUIDE [--lang da|en]

    Skriver samtaleguiden som et HL7 FHIR R4-spørgeskema (Questionnaire, JSON) på
    standard-output, med teksterne på det valgte sprog og det andet sprog ved siden af:
    enhver samtaleguide, også jeres egne. Adressen ligger under fhir_base i config.ron.
questionnaire-unknown = Der er ingen samtaleguide, der hedder „{ $dialogue }“. samtale list viser dem, der er.
export-bundle = „{ $bundle }“ er ikke en slags Bundle. Brug --bundle collection eller --bundle transaction.
export-only-for = { $option } hører kun til --format { $format }.
export-fhir-base = Der er ikke sat nogen fhir_base i konfigurationsfilen, så FHIR-eksporten navngiver alt under { $base }, som intet system kender. Skriv jeres egen adresse som fhir_base i { $config }, for eksempel https://fhir.jeres-kommune.dk/samtale (se docs/export-format.md).
config-fhir-url = „{ $url }“ kan ikke bruges som { $field }: skriv en hel adresse, der begynder med https:// (eller http:// eller urn:), uden mellemrum.
csv-col-utc-offset = UTC-forskydning
csv-col-score = point
csv-col-mode = form
csv-col-status = status
csv-mode-facilitated = sammen med medarbejder
csv-mode-self = borgeren alene
csv-mode-rehearsal = øvelse
csv-status-completed = afsluttet
csv-status-in-progress = ikke afsluttet
csv-flag = markering


## Hvor udfyldt en plan er (resultatet, historikken, krisekortet)
completeness = { $filled } af { $total } punkter i planen er udfyldt.
completeness-empty-key = Der står endnu ikke noget om: { $parts }. Tal gerne om det næste gang.
completeness-short = { $filled }/{ $total } udfyldt


## Krisekortet og hele planen til udskrift
wallet-title = Krisekort
wallet-made = Fra kriseplanen af { $date }
wallet-made-plan = Fra „{ $title }“ af { $date }
wallet-shortened = Kortet viser ikke alt. Hele planen står i plan.html.
wallet-fold = Klip eller fold langs de stiplede linjer.
plan-running-head = { $title } · { $participant }
plan-page-of = side { $page } af { $pages }
card-written-plan-text = Hele planen som tekst: { $path }
card-written-plan-html = Hele planen til udskrift: { $path }
card-unknown-step = Kriseplanen har ikke { $steps }. Skriv trinnenes id'er, for eksempel --with not-working,review-when.
card-not-a-plan = „{ $dialogue }“ kan ikke give et krisekort: ingen af dens trin skal på kortet (`card: true` i manuskriptet). Skriv for eksempel --dialogue crisis-plan eller --dialogue la2-safety-plan.

## En plan, der bliver revideret: hvad der er sket med hvert svar
carried-kept = fra planen
carried-changed = ændret
carried-removed = fjernet
carried-new = nyt
changes-kept = Beholdt: { $question }
changes-changed = Ændret: { $question }
changes-removed = Fjernet: { $question }
changes-new = Nyt: { $question }
revise-banner = Udfyldt fra planen af { $date } – behold, ret eller slet.
revise-banner-undated = Udfyldt fra den seneste plan – behold, ret eller slet.
tui-revise-intro = Alle svar er udfyldt fra den seneste plan. Tryk Enter for at beholde et svar, skriv et nyt for at ændre det, eller spring det over (Ctrl+S) for at fjerne det. Journalen viser, hvad der blev ændret.
revise-banner-answer = { $banner } Dette svar: { $carried }.

## The network map (`samtale map`, and k on a finished network map)
map-me = Mig
map-keys = Tegn
map-empty = Der er ingen på kortet endnu.
map-not-placed = ikke på kortet: hvor tæt eller hvem er ikke sat
map-more = … og { $count } mere. Hele listen står i printet (samtale map).
map-too-small = Kortet kræver et vindue på mindst { $width }×{ $height } tegn. Gør vinduet større, eller print kortet med samtale map.
map-no-map = Der er endnu intet afsluttet netværkskort for { $participant }. I kan lave det sammen med kommandoen `samtale run network-map --participant { $participant }`.
map-written = Netværkskortet for { $participant } fra { $date } er tegnet:
map-private = Kortet indeholder personlige oplysninger om borgeren og andre. Giv det kun videre, hvis borgeren siger ja.
help-map =
    samtale map --participant ID

    Tegner borgerens seneste afsluttede netværkskort, uden JavaScript og uden noget udefra:
    network-map.html (én A4-side: ringe for hvor tæt, et felt for hver slags – familie,
    venner, steder … – hver person med nummer, navn og markeringer, og listen nedenunder)
    og network-map.txt, i <datamappe>/maps/ID/, og siger hvor. På skærmen: tryk k på et
    afsluttet netværkskort i historikken eller på resultatet.

# samtale preview
preview-needs-terminal = samtale preview viser samtaleguiden i terminalen og kan ikke bruges uden en (eller med --plain). Start den i et terminalvindue, eller tjek filen med samtale check FIL.
preview-bar = Ctrl+R forfra · Ctrl+Q slut · gem filen, så ses ændringen: { $file }
preview-bar-waiting = Ctrl+Q slut · ret fejlene, og gem: { $file }
preview-problems-running = Fejl i samtaleguiden – sidste gode udgave kører videre
preview-problems-none = Fejl i samtaleguiden – ret dem, så starter samtalen
preview-warnings = Advarsler i samtaleguiden – samtalen kører
preview-note-title = Samtaleguiden er indlæst igen
preview-restarted = Samtalen begynder forfra.
preview-moved-earlier = Trinnet „{ $gone }“ findes ikke længere. Du er på det nærmeste trin før: { $step }
preview-moved-start = Trinnet „{ $gone }“ findes ikke længere, og intet trin før det. Samtalen begynder forfra.
preview-id-changed = Samtaleguidens id er nu „{ $id }“. Samtalen begynder forfra.
preview-nothing-saved = Det er en forhåndsvisning: intet er gemt.
