## Øvesamtale: eksemplet i docs/script-format.md.
## Én besked for hver tekst, der vises, og hver er en hel sætning.

practice-check-in-title = Øvesamtale: ugens status
practice-check-in-description = En kort samtale om ugen, hverdagen, hjemmet og menneskene omkring dig – et øvemanuskript for undervisere.

## Overskrifter

practice-check-in-start = Før vi begynder
practice-check-in-week = Din uge
practice-check-in-everyday = Hverdagen
practice-check-in-home = Hjemmet
practice-check-in-people = Menneskene omkring dig
practice-check-in-plan = Indtil næste gang

## Før vi begynder

practice-check-in-welcome = Velkommen. Det her er en kort snak om, hvordan din uge har været.
    Du bestemmer selv, hvad du vil sige. Du kan springe alle spørgsmål over, og vi kan stoppe når som helst.
practice-check-in-ready = Er det et godt tidspunkt at snakke nu?
    .help = Hvis du svarer nej, bliver samtalen gemt, og så fortsætter vi en anden dag.
    .note = Spørg i stedet for at gå ud fra det: „nej“ er et fint svar. Aftal en anden dag, før du går.

## Din uge

practice-check-in-mood = Alt i alt, hvordan har din uge været?
    .help = Tænk på hele ugen, ikke kun i dag. Der er ingen rigtige eller forkerte svar.
    .min = meget svær
    .max = meget god
practice-check-in-mood-good = Det lyder som en god uge. Hvad gjorde den god?
practice-check-in-mood-hard = Det lyder som en svær uge. Hvad gjorde den svær?
    .help = Du kan skrive så meget eller så lidt, du vil.
    .invalid = Skriv højst 500 tegn. Resten kan vi tale om.
practice-check-in-hard-days = På hvor mange af de sidste 7 dage var det svært at komme i gang?
    .invalid = Skriv et helt tal fra 0 til 7.
practice-check-in-hard-what = Hvad gjorde de dage svære?
    .note = Lyt efter mønstre – søvn, penge, ensomhed – men lad borgeren sætte ord på dem først.

## Hverdagen

practice-check-in-sleep = Hvor tit har du sovet godt den sidste uge?
practice-check-in-meals = Hvor tit har du fået et ordentligt måltid den sidste uge?
    .help = Et ordentligt måltid er det, der gør dig mæt – det behøver ikke være lavet fra bunden.
practice-check-in-out = Hvor tit er du kommet ud af din lejlighed den sidste uge?
practice-check-in-how-often-never = Aldrig
practice-check-in-how-often-rarely = Sjældent
practice-check-in-how-often-sometimes = Nogle gange
practice-check-in-how-often-often = Tit
practice-check-in-how-often-always = Altid
practice-check-in-habits = Gennemsnit af dine svar om søvn, måltider og at komme ud (0 = aldrig, 4 = altid): { $value }
practice-check-in-help-with = Hvad vil du gerne have hjælp til i den kommende uge? Vælg op til tre.
    .invalid = Vælg højst tre. Resten kan vi tage en anden gang.
practice-check-in-help-with-bills = Regninger og post
practice-check-in-help-with-cleaning = Rengøring
practice-check-in-help-with-shopping = Indkøb
practice-check-in-help-with-other = Noget andet
practice-check-in-help-with-sleep-advice = Idéer til at sove bedre
practice-check-in-help-other = Hvad andet vil du gerne have hjælp til?
    .invalid = Skriv det kort – højst 60 tegn.

## Hjemmet

practice-check-in-home-state = Hvordan er det at være hjemme for tiden?
practice-check-in-home-state-good = Godt
practice-check-in-home-state-mixed = Både godt og svært
practice-check-in-home-state-hard = Svært
practice-check-in-home-better = Hvad ville gøre det bedre at være hjemme?
practice-check-in-safe = Føler du dig tryg derhjemme lige nu?
    .help = Tryg betyder, at ingen og intet derhjemme bringer dig i fare – heller ikke dig selv.
    .note = Spørg roligt og direkte. Hvis svaret er nej, så bliv ved det: næste skærm viser de lokale krisekontakter.
    .required = Det her spørgsmål kan ikke springes over, for vi har brug for at vide, at du er tryg. Hvis det er svært at svare på, så sig det, så taler vi om det.
practice-check-in-crisis-help = Tak, fordi du fortæller det. Du skal ikke klare det alene.
    Vi ser på, hvad der kan hjælpe lige nu. Her er de numre, du kan ringe til:

## Menneskene omkring dig

practice-check-in-contact = Har du været i kontakt med nogen, du holder af, i denne uge?
practice-check-in-who = Hvem har du været i kontakt med?
    .help = Skriv navnet, hvem personen er for dig, og gerne et telefonnummer. Du kan skrive op til fem personer.
    .note = Skriv kun personer ned, hvis borgeren siger ja til det.
practice-check-in-who-name = Navn
    .invalid = Skriv højst 40 tegn i navnet.
practice-check-in-who-relation = Hvem personen er for dig
practice-check-in-who-phone = Telefon
    .invalid = Skriv telefonnummeret med 8 til 20 tegn: tal, mellemrum, +, parenteser og bindestreger.
practice-check-in-keep-doing = En god uge, og i kontakt med andre. Hvad vil du gerne blive ved med?
practice-check-in-reach-out = Er der nogen, du gerne vil i kontakt med?

## Indtil næste gang

practice-check-in-goal = Hvad vil du gerne arbejde med, før vi ses næste gang?
    .help = Noget småt er fint – ét telefonopkald, ét brev åbnet.
    .note = Skriv målet med borgerens egne ord.
practice-check-in-goal-help = Hvem eller hvad kunne hjælpe dig med det?
practice-check-in-extra-visit = Skal vi aftale et ekstra besøg i denne uge?
    .note = Spørgsmålet kommer, fordi ugen var svær, hjemmet er svært, eller borgeren ikke føler sig tryg. Aftal et tidspunkt, før du går.
practice-check-in-visit-time = Hvilket tidspunkt på dagen passer dig bedst til næste besøg?
    .help = Skriv et klokkeslæt som 10.30 eller 14:00.
    .invalid = Skriv et klokkeslæt som 10.30 eller 14:00.
practice-check-in-more = Er der andet, du gerne vil tale om i dag?
practice-check-in-more-what = Hvad vil du gerne tale om?

## Scorer, bånd, markeringer og resultatet

practice-check-in-habit-points = Hverdagsvaner, point (0–12)
practice-check-in-habit-percent = Hverdagsvaner, procent (0–100)
practice-check-in-habit-percent-low = Hverdagsvanerne er svære for tiden (under 50 %).
practice-check-in-habit-percent-middle = Hverdagsvanerne går delvist godt (50–74 %).
practice-check-in-habit-percent-high = Hverdagsvanerne går godt (75 % eller mere).
practice-check-in-result = Hverdagsvaner: { $habit-points } af 12 point ({ $habit-percent } %).

practice-check-in-low-habits = Hverdagsvanerne er under 50 %. I kan tale om, hvor det er lettest at begynde: søvn, måltider eller at komme ud.
practice-check-in-never-item = Mindst én hverdagsvane blev besvaret med „aldrig“. Det er værd at tale om, også selvom resten gik godt.
practice-check-in-many-hard-days = Det var svært at komme i gang på 5 dage eller flere. I kan tale om, hvordan morgenerne er.
practice-check-in-very-low = Pointene er 3 eller lavere, det laveste område. Det er en god grund til at tale sammen om, hvordan hverdagen går; det er ikke en diagnose.
practice-check-in-better = Hverdagsvanerne er gået 25 procentpoint eller mere op siden sidst. I kan tale om, hvad der gjorde forskellen.
practice-check-in-worse = Hverdagsvanerne er gået 25 procentpoint eller mere ned siden sidst. I kan tale om, hvad der er sket siden da.
practice-check-in-moved = Pointene har ændret sig med 3 eller mere siden sidst, op eller ned.
