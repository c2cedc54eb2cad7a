## WHO-5 Trivselsindeks. Udsagn og svar er den officielle danske ordlyd
## (Psykiatrisk Center Nordsjælland). Ret dem ikke.

who5-title = WHO-5 Trivselsindeks
who5-description = Fem korte udsagn om, hvordan du har haft det de sidste to uger.

who5-items = Sådan har du haft det

who5-intro = Her er fem udsagn om, hvordan du har haft det de sidste to uger.
    Vælg ved hvert udsagn det svar, der passer bedst.
    Der er ingen rigtige eller forkerte svar.
    .help = Tænk på de sidste 14 dage, ikke kun på i dag.
        Du kan springe et udsagn over, men så kan den samlede score ikke regnes ud.
    .note = Tal om svarene bagefter: scoren er en start på en samtale, ikke en dom. Spørg gerne, hvad der skal til, for at borgeren er glad, rolig, aktiv og udhvilet og har en hverdag med meningsfulde aktiviteter.

who5-cheerful = I de sidste 2 uger har jeg været glad og i godt humør
    .help = Vælg det svar, der ligger tættest på, hvordan det har været de sidste to uger.
who5-calm = I de sidste 2 uger har jeg følt mig rolig og afslappet
    .help = Vælg det svar, der ligger tættest på, hvordan det har været de sidste to uger.
who5-active = I de sidste 2 uger har jeg følt mig aktiv og energisk
    .help = Vælg det svar, der ligger tættest på, hvordan det har været de sidste to uger.
who5-rested = I de sidste 2 uger er jeg vågnet frisk og udhvilet
    .help = Vælg det svar, der ligger tættest på, hvordan det har været de sidste to uger.
who5-interested = I de sidste 2 uger har min dagligdag været fyldt med ting der interesserer mig
    .help = Vælg det svar, der ligger tættest på, hvordan det har været de sidste to uger.

who5-sharing = Hvem må se det?
who5-share = Må noget af det deles med dit team?
    .help = Som udgangspunkt er dine svar fortrolige. De deles kun med dit team, hvis du siger ja.
    .note = Del kun det, borgeren har sagt ja til. Svar, der ikke må deles, kommer ikke med i en eksport.
who5-share-no = Nej, det bliver mellem os
who5-share-yes = Ja, det må deles med mit team
who5-share-some = Noget af det
who5-share-what = Hvad må deles med dit team?
    .help = Skriv det, som teamet gerne må vide. Resten bliver mellem os.

who5-frequency-all-of-the-time = Hele tiden
who5-frequency-most-of-the-time = Det meste af tiden
who5-frequency-more-than-half = Lidt mere end halvdelen af tiden
who5-frequency-less-than-half = Lidt mindre end halvdelen af tiden
who5-frequency-some-of-the-time = Lidt af tiden
who5-frequency-at-no-time = På intet tidspunkt

who5-raw = Score (0–25)
who5-percent = Procent (0–100)
who5-result = Score: { $raw }/25 ({ $percent } %)

who5-low-wellbeing = Scoren er 12 eller derunder (under 50 %). Det kan være et tegn på, at du ikke trives så godt lige nu. Tal gerne sammen om, hvordan du har det, og om det giver mening at få det undersøgt nærmere, for eksempel hos din læge.
    .alone = Dine svar tyder på, at de sidste to uger har været svære. Tallet er ikke en vurdering af dig, men en hjælp til at tale om, hvordan du har det. Du behøver ikke stå alene med det: tal med en, du stoler på, eller med personalet, og ring til et af numrene herunder, hvis det bliver for svært.
who5-low-item = Mindst ét udsagn er besvaret med „Lidt af tiden“ eller „På intet tidspunkt“. Det er værd at tale om – uanset hvad den samlede score er.
    .alone = Et eller flere af dine svar tyder på, at noget har været svært de sidste to uger. Tallet er en hjælp til at tale om, hvordan du har det, ikke en vurdering af dig. Tal gerne med en, du stoler på, eller med personalet, og ring til et af numrene herunder, hvis det bliver for svært.
who5-very-low = Scoren er 7 eller derunder (28 % eller derunder). Nogle bruger denne grænse som tegn på mulig depression; det er ikke en diagnose. Det er en god grund til at tale sammen om, hvordan du har det, og om du vil tale med din læge.
who5-change = Scoren har ændret sig med 10 procentpoint eller mere siden sidst. Det regnes for en tydelig ændring. Tal gerne om, hvad der er sket siden sidst.

# The result for a person alone (self mode, the kiosk): one calm paragraph.
who5-alone = Tallet er en hjælp til at tale om, hvordan du har haft det de sidste to uger, ikke en vurdering af dig. Tag det gerne med til dit næste møde med din { -staff }.
