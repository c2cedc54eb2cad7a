## LA2 trivselsplan (grøn). Spørgsmålene at-best, seen-well, keep-well og level-self er
## ordret fra Tuesten Huse (VIVE/SUS 2021, seed 001:L6358–6359, L6377–6379). level-help,
## level-compensate og warning-signs er tilpasset fra samme sted (se source i .ron-filen).
## Resten er appens egen ordlyd.

la2-wellbeing-plan-title = Min trivselsplan (LA2, grøn)
la2-wellbeing-plan-description = Hvad der får dig til at trives, hvad der belaster dig, og hvordan du og vi kan hjælpe dig med at mestre det.

la2-wellbeing-plan-start = Om planen
la2-wellbeing-plan-thriving = Når jeg har det godt
la2-wellbeing-plan-staff-view = Sådan ser I mig, når jeg har det godt
la2-wellbeing-plan-strain = Det, der belaster mig
la2-wellbeing-plan-coping = Sådan mestrer jeg det
la2-wellbeing-plan-keeping = Hvem må se planen

la2-wellbeing-plan-intro = Trivselsplanen handler om, hvad der får dig til at trives, og hvad der belaster dig.
    Vi skriver både, hvordan du selv oplever det, og hvordan vi ser det. Det er dig, der ved mest om dit liv.
    Du kan springe et spørgsmål over, og vi kan tage planen over flere gange.
    .note = LA2 er et samtale- og refleksionsredskab: planen er borgerens og jeres fælles viden, ikke en vurdering af borgeren.
        Tilpas samtalen til borgeren. Nogle gange er en gåtur et bedre sted at tale end ved et bord med papirer.
        Det kan tage flere dage eller uger at lave planen – sæt gerne samtalen på pause undervejs.

la2-wellbeing-plan-at-best = Hvordan har du det, når du har det allerbedst?
la2-wellbeing-plan-seen-well = Hvordan kan vi se på dig, når du har det godt?
la2-wellbeing-plan-keep-well = Hvordan fastholder vi dig i din trivsel?
    .help = Det kan være ting, du selv gør, og ting, vi kan gøre – for eksempel faste rutiner, at komme ud eller at have nogen at tale med.
la2-wellbeing-plan-resources = Hvad er du god til, og hvad giver dig kræfter?

la2-wellbeing-plan-staff-sees-well = Hvordan ser og oplever vi dig, når du ser ud til at have det godt og trives?
    .note = Fortæl med dine egne ord, hvordan du ser borgeren, når borgeren trives, og spørg, om borgeren kan genkende det. Skriv borgerens svar med.

la2-wellbeing-plan-strains = Hvad belaster dig i hverdagen?
    .help = For eksempel en nabo, der larmer om natten, så du sover dårligt, eller at pengene slipper op midt i måneden. Det kan også være smerter eller bekymringer for dine pårørende.
la2-wellbeing-plan-own-signs = Hvordan mærker du selv, at det er ved at blive for meget?
la2-wellbeing-plan-warning-signs = Hvordan kan vi se på dig, at du har det dårligt, eller at du er ved at blive vred?
la2-wellbeing-plan-staff-sees-signs = Hvad ser vi, når du er på vej til ikke at have det godt?
    .note = Fortæl, hvad du og dine kolleger har set, og hvad I tror, grunden var. En farve som „gul“ siger ikke meget i sig selv – skriv, hvad den bygger på.

la2-wellbeing-plan-level-self = Hvad kan du selv håndtere? Hvordan kan du selv have fokus på det, så du ikke behøver at involvere os?
la2-wellbeing-plan-level-help = Hvor er det vigtigt, at du kan få hjælp fra os til at håndtere det? Hvor kan vi hjælpe dig med at mestre?
la2-wellbeing-plan-level-compensate = Hvis det ikke lykkes på de to første måder: Hvilken støtte kunne tage noget af belastningen – og er der et sted uden for os, der kan hjælpe dig med at mestre det?
    .help = Et eksempel: Pengene slipper op midt i måneden, selvom I har arbejdet med det længe. Så kan I tale med din sagsbehandler om at få pengene udbetalt i mindre beløb.

la2-wellbeing-plan-who-may-see = Hvem må se din trivselsplan?
    .note = Fortæl, hvor planen bliver opbevaret, og hvem der kan læse den. Vikarer og nye kolleger har særligt gavn af den.
la2-wellbeing-plan-who-may-see-team = De medarbejdere, der arbejder med mig
la2-wellbeing-plan-who-may-see-named = Kun dem, vi aftaler her
la2-wellbeing-plan-who-may-see-ask-first = Ingen, før I har spurgt mig
la2-wellbeing-plan-who-named = Hvem må se planen?
la2-wellbeing-plan-review-when = Hvornår skal vi se på planen igen?
    .help = Planen bliver justeret, når noget ændrer sig for dig.
la2-wellbeing-plan-closing = Tak. Nu har vi din trivselsplan. Den er din, og vi ser på den igen sammen.
