## Dilemmaer og barrierer (seed 004). Scenarier og forslag er guidens ordlyd; ret dem ikke.

dilemma-cards-title = Dilemmakort: Hvad gør du?
dilemma-cards-description = Et dilemma fra hverdagen ad gangen, valgt efter princip eller trukket tilfældigt: svar selv først, og se så guidens forslag – til undervisere og medarbejdere.

dilemma-cards-start = Vælg et kort
dilemma-cards-intro = Her er dilemmaer og barrierer, som du kan møde, når du arbejder recovery-orienteret. Du får ét kort ad gangen: læs situationen, og skriv, hvad du gør. Først derefter viser kortet guidens forslag.
    .note = Lad den, der øver, svare med egne ord, før I ser forslagene. Forslagene er inspiration, ikke det eneste rigtige svar – tal om, hvor jeres svar ligner og adskiller sig.
dilemma-cards-how = Hvordan vil du vælge kortet?
    .required = Vælg, om du vil vælge efter princip eller trække et kort, så vi ved, hvilket kort du skal have.
dilemma-cards-how-by-principle = Efter princip
dilemma-cards-how-random = Træk et tilfældigt kort
dilemma-cards-principle = Hvilket princip vil du arbejde med?
dilemma-cards-principle-p1 = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-principle-p2 = Princip 2: Fokusér på borgernes ressourcer
dilemma-cards-principle-p3 = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-principle-p4 = Princip 4: Mød borgerne med åbenhed, tillid og respekt
dilemma-cards-principle-p5 = Princip 5: Hjælp borgerne så tidligt som muligt
dilemma-cards-principle-p6 = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-principle-p7 = Princip 7: Følg op, så indsatsen altid er den rette
dilemma-cards-card = Hvilket dilemma vil du tage?
dilemma-cards-drawn = Det kort, der blev trukket
    .help = Kortet er trukket tilfældigt. Vil du hellere have et andet, kan du vælge det her.

dilemma-cards-cards-p1-dream = Borgerens drøm virker svær at opnå, når du tager højde for borgerens ressourcer
dilemma-cards-cards-p1-risk = Borgerens ønsker kan indebære en risiko for borgerens trivsel og sundhed, fx ophør med behandling
dilemma-cards-cards-p1-wishes = Borgeren har ønsker, som ikke kan imødekommes, fx at samarbejde med en bestemt støtteperson, støtte uden for visiterede tidspunkter eller tilbud, der ikke falder inden for kommunens muligheder
dilemma-cards-cards-p2-energy = Borgeren har en svær periode og har ikke energi til at tage initiativ
dilemma-cards-cards-p2-resources = Borgeren oplever ikke selv at have ressourcer, når du spørger ind til og forsøger at finde frem til eksisterende ressourcer
dilemma-cards-cards-p3-communities = Borgeren oplever ikke at kunne være en del af de fællesskaber, borgeren ønsker at deltage i
dilemma-cards-cards-p3-money = Borgeren har ikke økonomi til at deltage i de aktiviteter, borgeren ønsker at deltage i
dilemma-cards-cards-p3-welcome = Du er i tvivl om, hvorvidt et lokalt fællesskab er klar til at tage godt imod borgeren
dilemma-cards-cards-p4-collaboration = Samarbejdet mellem dig og borgeren fungerer ikke
dilemma-cards-cards-p4-belief = Hvor meget skal du insistere på, at borgeren kan lykkes, hvis borgeren ikke selv tror på det
dilemma-cards-cards-p5-job = Borgeren oplever udfordringer, der gør det vanskeligt at fastholde sit job
dilemma-cards-cards-p5-early = Borgeren oplever, at der ikke sættes tidligt ind, fordi problemer tidligere i borgerens liv ikke blev adresseret
dilemma-cards-cards-p6-partners = Det er svært at samle de relevante samarbejdspartnere til møderne
dilemma-cards-cards-p6-meetings = Borgeren er utryg ved at deltage i koordinerende møder, hvor der er mange til stede
dilemma-cards-cards-p6-knowledge = Som udfører kan man savne viden om, hvilke indsatser der er iværksat for borgeren
dilemma-cards-cards-p7-progress-fear = Borgerens fremgang får borgeren til at frygte at miste sin støtte
dilemma-cards-cards-p7-progress-seen = Borgeren oplever ikke samme fremgang, som du observerer

dilemma-cards-p1-dream = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-p1-dream-answer = Borgerens drøm virker svær at opnå, når du tager højde for borgerens ressourcer
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p1-dream-suggestions = Guidens forslag:
    ✓ Tro på borgeren og på, at borgeren kan opnå sin drøm, selvom du også ser begrænsninger. Husk på, at det er tilladt for borgeren at fejle, og at borgeren gerne må tage chancer. Vær opmærksom på, at du ikke kommer til at holde borgeren tilbage fra at følge sine drømme i et forsøg på at skærme borgeren fra eventuelle nederlag.
    ✓ Tal med borgeren om, hvad borgeren mener, det vil kræve af støtte at opnå sin drøm. Snakken kan give et billede af, hvad der skal til dels fra borgeren selv, men også fra borgerens netværk og fra andre.
    ✓ Vær undersøgende på, hvilke muligheder der er for hjælp til borgeren, både fra kommunen, fra peers eller fra borgerens netværk. Det kan fx være hjælp til at tage kontakt til en uddannelsesinstitutionen for at høre, hvilke støttemuligheder der findes til borgeren, som ønsker at påbegynde en uddannelse.
    ✓ Tilbyd borgeren at facilitere en dialog med fagpersoner, fx en uddannelsesvejleder hvis borgeren ønsker at starte på en uddannelse, som kan uddybe, hvilke forventninger der er, og hvad der stilles af krav for at tage den pågældende uddannelse.

dilemma-cards-p1-risk = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-p1-risk-answer = Borgerens ønsker kan indebære en risiko for borgerens trivsel og sundhed, fx ophør med behandling
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p1-risk-suggestions = Guidens forslag:
    ✓ Tilbyd din faglige viden i en samtale med borgeren om fordele, ulemper og risici ved borgerens ønske, så borgeren kan tage et oplyst valg.
    ✓ Tilbyd borgeren en snak med centrale videnspersoner – fx en behandler, som kan tale med borgeren om muligheder og risici i forhold til ophør af behandling samt muligheder for at arbejde i retning af det, borgeren gerne vil.

dilemma-cards-p1-wishes = Princip 1: Tag udgangspunkt i borgernes håb, ønsker og drømme
dilemma-cards-p1-wishes-answer = Borgeren har ønsker, som ikke kan imødekommes, fx at samarbejde med en bestemt støtteperson, støtte uden for visiterede tidspunkter eller tilbud, der ikke falder inden for kommunens muligheder
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p1-wishes-suggestions = Guidens forslag:
    ✓ Vær først og fremmest nysgerrig på, hvad der ligger til grund for borgerens ønske.
    ✓ Undersøg sammen med borgeren, om der findes løsninger, som kan imødekomme borgerens ønske. Hvis det handler om, at borgeren ikke oplever, at dialogen med den nuværende støtteperson er god, kan det være en mulighed at skifte til en anden.

dilemma-cards-p2-energy = Princip 2: Fokusér på borgernes ressourcer
dilemma-cards-p2-energy-answer = Borgeren har en svær periode og har ikke energi til at tage initiativ
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p2-energy-suggestions = Guidens forslag:
    ✓ Udforsk sammen med borgeren, i hvilke situationer borgeren har det godt med at tage initiativ, og hvornår borgeren har brug for, at du er mere opsøgende. Hav fokus på, hvordan der kan skabes flere af de situationer, hvor borgeren har det godt med at tage initiativ.
    ✓ Anerkend, at borgeren går igennem en svær periode, og giv plads til, at det i denne situation er okay ikke at tage initiativ.
    ✓ Tal med borgeren om, hvorvidt borgeren tager del i tilbud, som ikke opleves relevante og meningsfulde. Hjælp eventuelt borgeren med at prioritere mellem de indsatser og aktiviteter, der er sat i gang.

dilemma-cards-p2-resources = Princip 2: Fokusér på borgernes ressourcer
dilemma-cards-p2-resources-answer = Borgeren oplever ikke selv at have ressourcer, når du spørger ind til og forsøger at finde frem til eksisterende ressourcer
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p2-resources-suggestions = Guidens forslag:
    ✓ Hjælp borgeren med at fokusere på de små ressourcer, som små succeser i hverdagen eller gode relationer. Inddrag personer rundt om borgeren til at sætte ord på borgerens ressourcer – det kan være pårørende, venner eller bofæller.
    ✓ Tal med borgeren om, hvorvidt krav og forventninger overstiger borgerens overskud. Tal også om, hvad I kan gøre for, at krav og forventninger bedre passer til borgerens overskud.
    ✓ Tal med borgeren om, hvad der giver energi, og hvad der tager energi. Sammen kan I arbejde med at få mere af det ind, som giver energi.

dilemma-cards-p3-communities = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-p3-communities-answer = Borgeren oplever ikke at kunne være en del af de fællesskaber, borgeren ønsker at deltage i
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p3-communities-suggestions = Guidens forslag:
    ✓ Tal med borgeren om, hvilke fællesskaber borgeren ønsker at være en del af. Du kan også tale med borgeren om de værdier og den kultur et fællesskab skal have for, at borgeren har lyst til at være en del af det.
    ✓ Udforsk sammen med borgeren, hvad der står i vejen for borgerens deltagelse. Måske det ligger for langt væk, eller det kan være, at borgeren ikke føler sig velkommen.
    ✓ Undersøg sammen med borgeren, hvad borgeren har brug for af støtte for at kunne deltage.
    ✓ Undersøg muligheden for følgeskab, åbent hus-arrangementer eller andet, der kan gøre det nemmere at opsøge et nyt fællesskab.

dilemma-cards-p3-money = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-p3-money-answer = Borgeren har ikke økonomi til at deltage i de aktiviteter, borgeren ønsker at deltage i
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p3-money-suggestions = Guidens forslag:
    ✓ Afsøg alternative aktiviteter, der imødekommer borgerens ønske, men som er billigere eller gratis.
    ✓ Afsøg muligheder for at kunne hjælpe borgeren eller for at søge om støtte til at dække udgifterne ved borgerens deltagelse, både i forhold til kontingent og eventuelt udstyr.

dilemma-cards-p3-welcome = Princip 3: Inddrag borgernes netværk og de almene fællesskaber
dilemma-cards-p3-welcome-answer = Du er i tvivl om, hvorvidt et lokalt fællesskab er klar til at tage godt imod borgeren
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p3-welcome-suggestions = Guidens forslag:
    ✓ Opsøg tilbuddet og spørg, om de har en plan for, hvordan de tager imod nye medlemmer. Det kan fx være et eksisterende medlem, som kan stå klar til at tage godt imod borgeren de første par gange, og som kan hjælpe borgeren godt i gang.
    ✓ Tal med borgeren og tilbuddet om, hvordan borgeren får den bedste oplevelse i foreningen eller fællesskabet. Hav fokus på, hvad borgeren selv kan gøre, og hvor borgeren har brug for hjælp fra andre. Du kan fx støtte borgeren ved, at du, en frivillig eller en peermedarbejder ledsager borgeren de første par gange, eller ved at I kommer forbi og hilser på i starten.
    ✓ Aftal et møde mellem borgeren og en kontaktperson fra foreningen, hvor de mødes og taler om borgerens ønsker, og hvad foreningen kan tilbyde. Husk altid at have borgeren med i dialogen med foreningen, og aftal med borgeren hvad I skal fortælle om borgeren.

dilemma-cards-p4-collaboration = Princip 4: Mød borgerne med åbenhed, tillid og respekt
dilemma-cards-p4-collaboration-answer = Samarbejdet mellem dig og borgeren fungerer ikke
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p4-collaboration-suggestions = Guidens forslag:
    ✓ Tal med borgeren om, hvordan jeres samarbejde opleves, og hvad borgeren kunne ønske sig i forhold til relationen fremadrettet. Borgeren kan have svært ved at give negativ feedback. Vær derfor opmærksom på, hvordan du kan skabe en samtale, hvor det er trygt at give feedback uanset, om den er positiv eller negativ.
    ✓ Overvej, hvorfor samarbejdet ikke er godt. Tal fx med en kollega om relationen og samarbejdet og bed eventuelt om gode råd til, hvordan du kan forsøge at forbedre relationen.
    ✓ Tilbyd borgeren at deltage i supervision sammen med dig med henblik på at finde en fælles forståelse og få skabt et stærkere fundament for samarbejdet.
    ✓ Afsøg mulighederne for, at en anden medarbejder overtager samarbejdet, hvis relationen ikke kan forbedres, eller hvis borgeren eller du selv, ønsker det.
    ✓ Giv fra starten borgeren indflydelse på, hvilke medarbejdere borgeren ønsker at samarbejde med.

dilemma-cards-p4-belief = Princip 4: Mød borgerne med åbenhed, tillid og respekt
dilemma-cards-p4-belief-answer = Hvor meget skal du insistere på, at borgeren kan lykkes, hvis borgeren ikke selv tror på det
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p4-belief-suggestions = Guidens forslag:
    ✓ Anerkend, at borgeren mangler tillid til og tro på sig selv. Fasthold dog samtidig din tro på borgeren, og inddrag eventuelt peers i samarbejdet, som med deres egne erfaringer kan vise borgeren, at man kan komme sig.
    ✓ Tal om, hvad der skal til for, at borgeren får mere tro på sig selv. Det kan være, borgeren har behov for at blive forsikret om, at du eller en fra borgerens netværk står klar med støtte, når der skal tages det næste skridt mod et mere selvstændigt liv.
    ✓ Fokuser på de fremskridt, som borgeren allerede har gjort. Det kan give borgeren en tro på, at det er muligt at klare sig med mindre eller uden støtte.

dilemma-cards-p5-job = Princip 5: Hjælp borgerne så tidligt som muligt
dilemma-cards-p5-job-answer = Borgeren oplever udfordringer, der gør det vanskeligt at fastholde sit job
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p5-job-suggestions = Guidens forslag:
    ✓ Bistå borgeren i dialogen med borgerens arbejdsplads omkring borgerens udfordringer. Dialogen kan være med til at skabe en gensidig forståelse mellem borger og arbejdsplads, som kan bidrage til, at der kan findes løsninger, som begge parter er tilfredse med.
    ✓ Undersøg sammen med borgeren, om der er mulighed for at lave konkrete aftaler med arbejdspladsen, som kan være med til at imødekomme borgerens udfordringer. Det kan også være, at der er behov for at inddrage jobcenteret, som kan tilbyde deres hjælp.

dilemma-cards-p5-early = Princip 5: Hjælp borgerne så tidligt som muligt
dilemma-cards-p5-early-answer = Borgeren oplever, at der ikke sættes tidligt ind, fordi problemer tidligere i borgerens liv ikke blev adresseret
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p5-early-suggestions = Guidens forslag:
    ✓ Anerkend borgerens oplevelse af, at der ikke blev sat tidligt ind. Det er vigtigt, at borgeren bliver hørt og mødt i situationen.
    ✓ Vær opmærksom på, at borgerens oplevelse af ikke at få den nødvendige støtte tidligere i sit liv, kan betyde, at borgeren nærer mistillid til dig som repræsentant for kommunen. Her har du en vigtig opgave i at gøre en særlig indsats for at genskabe borgerens tillid.

dilemma-cards-p6-partners = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-p6-partners-answer = Det er svært at samle de relevante samarbejdspartnere til møderne
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p6-partners-suggestions = Guidens forslag:
    ✓ Arbejd for, at møderne bliver planlagt i god tid, eller at de alternativt holdes virtuelt.
    ✓ Kontakt samarbejdspartnere inden et møde, så I kan få deres input, hvis de ikke har mulighed for at deltage.

dilemma-cards-p6-meetings = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-p6-meetings-answer = Borgeren er utryg ved at deltage i koordinerende møder, hvor der er mange til stede
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p6-meetings-suggestions = Guidens forslag:
    ✓ Tal om, hvad der kan hjælpe borgeren med at føle sig mere tryg i mødet. Det kan måske hjælpe, hvis borgeren får en person fra sit netværk med eller at I mødes på neutral grund, fx på biblioteket eller i det lokale frivillighedscenter.
    ✓ Tal med borgeren forud for mødet om, hvad mødet handler om, og hvordan du kan hjælpe borgeren med at få sagt de ting, som borgeren gerne vil have frem. Du kan også opfordre mødelederen til at have et særligt fokus på at skabe tryghed for borgeren i forhold til at udtrykke ønsker og erfaringer.
    ✓ Hold eventuelt flere møder med færre til stede, da det kan gøre det lettere for borgeren at tage ordet på møderne.

dilemma-cards-p6-knowledge = Princip 6: Arbejd koordineret med borgernes samlede livssituation
dilemma-cards-p6-knowledge-answer = Som udfører kan man savne viden om, hvilke indsatser der er iværksat for borgeren
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p6-knowledge-suggestions = Guidens forslag:
    ✓ Spørg borgeren til, hvilke indsatser der er i gang, og tal om, hvordan der bedst koordineres og skabes sammenhæng.
    ✓ Kontakt sagsbehandleren på myndighedsområdet for at afklare, hvem der skal varetage koordineringen, hvis der er mange samtidige indsatser.

dilemma-cards-p7-progress-fear = Princip 7: Følg op, så indsatsen altid er den rette
dilemma-cards-p7-progress-fear-answer = Borgerens fremgang får borgeren til at frygte at miste sin støtte
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p7-progress-fear-suggestions = Guidens forslag:
    ✓ Tal med borgeren om, at fremgang er positivt, men at det er naturligt samtidig at blive bekymret for, om man også må have det godt, mens man får hjælp. Du kan også minde borgeren om, at du netop har fokus på borgerens ressourcer i jeres samarbejde, fordi det er vigtigt at bygge på det, der går godt, men at du også er opmærksom på udfordringerne.
    ✓ Snak åbent med borgeren om, hvordan du vurderer borgerens fremgang, så borgeren ved, hvad du tænker om det, du ser. Tal også om, at borgerens udvikling kan betyde, at støtten skal tænkes anderledes, men ikke nødvendigvis reduceres, før borgeren er klar til det.
    ✓ Opfordr borgeren til at tale med peers eller andre, hvor borgeren kan være anonym. Det kan være hjælpsomt at høre andres erfaringer med, at støtten reduceres eller bortfalder, i takt med at man får det bedre. Tal også med borgeren om, hvordan en eventuel justering til mindre støtte bedst kan ske, så det opleves trygt. Du kan fx fortælle borgeren om, hvilke muligheder der er for at søge støtte igen eller for at blive tilknyttet åbne tilbud, hvis der er brug for det.

dilemma-cards-p7-progress-seen = Princip 7: Følg op, så indsatsen altid er den rette
dilemma-cards-p7-progress-seen-answer = Borgeren oplever ikke samme fremgang, som du observerer
    Hvad gør du?
    .help = Skriv, hvad du vil gøre eller sige. Guidens forslag vises, når du har svaret.
dilemma-cards-p7-progress-seen-suggestions = Guidens forslag:
    ✓ Sørg for, at indsamlingen af informationer om borgerens fremgang er beskrevet systematisk, så du kan vise et 'før' og 'efter' billede.
    ✓ Vær nysgerrig på, hvori dine og borgerens oplevelser er forskellige, hvis det er tilfældet.

dilemma-cards-after = Bagefter
dilemma-cards-takeaway = Hvad tager du med dig fra kortet?
    .help = Fx noget, du vil prøve, eller noget, du vil tale med dine kolleger om.
