## Bilag 1, Redskab til selvevaluering af praksis (seed 000). Udsagnene er kildens
## ordlyd; kun „bostøtten“ om personen er skiftet ud med teamets ord. Ret dem ikke.

selfeval-citizen-title = Vurdering af praksis (borgerskema)
selfeval-citizen-description = 23 udsagn om samarbejdet med { -staff(form: "definite") }, hvert fra 1 til 5 eller „Ikke relevant“, og spørgsmål til en fælles snak bagefter.

selfeval-citizen-start = Før I går i gang
selfeval-citizen-intro = Svar på udsagnene nedenfor. Sæt kryds på linjen, hvor det passer bedst på, hvad du oplever. Hvis udsagnene ikke er relevante for dit samarbejde med { -staff(form: "definite") } eller for den støtte, du modtager, kan der afkrydses i „Ikke relevant“.
    Der henvises i udsagnene til „{ -staff(form: "definite") }“ i ental, men der kan naturligvis også være tale om et team.
    .help = Vælg et tal fra 1 (slet ikke) til 5 (i meget høj grad) ved hvert udsagn. „Ikke relevant“ tæller ikke med i gennemsnittet. Du kan også springe et udsagn over, men så regnes der ikke noget gennemsnit ud for det område.
    .note = Skemaet er borgerens egen vurdering. Lad borgeren svare i ro, gerne alene, og tal om svarene bagefter: tallene er et udgangspunkt for en snak, ikke en karakter.

selfeval-citizen-rating-r1 = Slet ikke
selfeval-citizen-rating-r2 = I mindre grad
selfeval-citizen-rating-r3 = I nogen grad
selfeval-citizen-rating-r4 = I høj grad
selfeval-citizen-rating-r5 = I meget høj grad
selfeval-citizen-rating-not-relevant = Ikke relevant

selfeval-citizen-p1 = Et recovery-orienteret samarbejde
selfeval-citizen-p1-1 = Mine ønsker, håb og drømme er i fokus i mit samarbejde med { -staff(form: "definite") }
selfeval-citizen-p1-2 = { -staff(form: "definite-capital") } lytter, forstår og anerkender mine perspektiver
selfeval-citizen-p1-3 = Jeg taler løbende med { -staff(form: "definite") } om, hvordan vi bedst samarbejder
selfeval-citizen-p1-mean = Et recovery-orienteret samarbejde (gennemsnit 1–5)

selfeval-citizen-p2 = En fælles faglig retning
selfeval-citizen-p2-1 = Jeg bliver mødt på samme måde uanset, hvilken { -staff } jeg samarbejder med
selfeval-citizen-p2-2 = { -staff(form: "definite-capital") } bruger sin faglige viden på en måde, der er hjælpsom for mig
selfeval-citizen-p2-mean = En fælles faglig retning (gennemsnit 1–5)

selfeval-citizen-p3 = Trivsel, mestring og håndtering af akutte psykiske kriser
selfeval-citizen-p3-1 = { -staff(form: "definite-capital") } taler med mig om, hvad der skaber trivsel for mig i hverdagen
selfeval-citizen-p3-2 = { -staff(form: "definite-capital") } støtter mig i at lære at håndtere krav, udfordringer og svære følelser på en måde, som virker for mig
selfeval-citizen-p3-3 = Hvis jeg har haft en akut psykisk krise, støtter { -staff(form: "definite") } mig i at lære af situationen, så jeg kan forebygge nye kriser
selfeval-citizen-p3-mean = Trivsel, mestring og håndtering af akutte psykiske kriser (gennemsnit 1–5)

selfeval-citizen-p4 = Et sundt liv
selfeval-citizen-p4-1 = { -staff(form: "definite-capital") } støtter mig i at forbedre min sundhed gennem sunde livsvaner og ved at støtte mig i at deltage i tilbud, der fremmer min sundhed
selfeval-citizen-p4-2 = { -staff(form: "definite-capital") } støtter mig i at reagere på ubehag og fysisk mistrivsel og støtter mig i at have kontakt til sundhedsvæsenet, hvis jeg har brug for det
selfeval-citizen-p4-mean = Et sundt liv (gennemsnit 1–5)

selfeval-citizen-p5 = Samarbejde med netværk
selfeval-citizen-p5-1 = { -staff(form: "definite-capital") } spørger om mine ønsker til at inddrage min familie og mine venner
selfeval-citizen-p5-2 = { -staff(form: "definite-capital") } støtter mig i samarbejdet med min familie og mine venner, hvis jeg ønsker det
selfeval-citizen-p5-mean = Samarbejde med netværk (gennemsnit 1–5)

selfeval-citizen-p6 = Lokalsamfundets fællesskaber og aktiviteter
selfeval-citizen-p6-1 = { -staff(form: "definite-capital") } støtter mig i at finde fællesskaber og aktiviteter, der har interesse for mig
selfeval-citizen-p6-2 = { -staff(form: "definite-capital") } støtter mig i at deltage i fællesskaber og aktiviteter, som jeg ønsker at være en del af
selfeval-citizen-p6-mean = Lokalsamfundets fællesskaber og aktiviteter (gennemsnit 1–5)

selfeval-citizen-p7 = Uddannelse og beskæftigelse
selfeval-citizen-p7-1 = { -staff(form: "definite-capital") } støtter mig i at sætte ord på mine ønsker, håb og drømme i forhold til at starte i uddannelse eller komme i beskæftigelse
selfeval-citizen-p7-2 = { -staff(form: "definite-capital") } støtter mig i min udvikling hen imod at starte i eller fastholde uddannelse eller beskæftigelse
selfeval-citizen-p7-3 = { -staff(form: "definite-capital") } støtter mig i at skabe sammenhæng til mit samarbejde med den kommunale ungeindsats eller med jobcentret
selfeval-citizen-p7-mean = Uddannelse og beskæftigelse (gennemsnit 1–5)

selfeval-citizen-p8 = En tryg opstart og afslutning af støtten
selfeval-citizen-p8-1 = Jeg fik en god introduktion i opstarten af mit samarbejde med { -staff(form: "definite") }, for eksempel informationer om, hvor ofte vi mødes, og hvad jeg kan få støtte til
selfeval-citizen-p8-2 = Jeg taler med { -staff(form: "definite") } om, hvor lang tid jeg forventer at have brug for støtte
selfeval-citizen-p8-mean = En tryg opstart og afslutning af støtten (gennemsnit 1–5)

selfeval-citizen-p9 = Fleksibilitet i indsatsen
selfeval-citizen-p9-1 = { -staff(form: "definite-capital") } tilpasser løbende støtten til min aktuelle situation og mit behov for støtte
selfeval-citizen-p9-2 = Støtten fra { -staff(form: "definite") } er fleksibel og kan tilpasses, hvis jeg i perioder har et større eller mindre behov for støtte eller behov for en anden form for støtte
selfeval-citizen-p9-mean = Fleksibilitet i indsatsen (gennemsnit 1–5)

selfeval-citizen-p10 = Helhed og sammenhæng i forløbet
selfeval-citizen-p10-1 = { -staff(form: "definite-capital") } støtter mig til at have overblik over mit samlede forløb for eksempel i forhold til aftaler med andre samarbejdspartnere
selfeval-citizen-p10-2 = { -staff(form: "definite-capital") } understøtter, at mine mål og indsatser koordineres på tværs af de samarbejdspartnere, der er involveret i mit samlede forløb
selfeval-citizen-p10-mean = Helhed og sammenhæng i forløbet (gennemsnit 1–5)

selfeval-citizen-discussion = Når I taler om svarene
selfeval-citizen-means-note = Til sidst ser du gennemsnittet af dine svar for hvert af de ti områder. „Ikke relevant“ tæller ikke med, og er mere end ét udsagn i et område „ikke relevant“, regnes der ikke noget gennemsnit ud for det. Det gør der heller ikke, hvis et udsagn er sprunget over. Tallene er et udgangspunkt for jeres snak, ikke en karakter.
selfeval-citizen-discuss-now = Skal I tale om svarene nu?
    .help = Svarer du nej, er skemaet færdigt her. I kan tale om svarene en anden gang, fx når flere har udfyldt skemaet.
    .note = Drøftelsen giver mest, når borgere, medarbejdere og ledere har svaret hver for sig og lægger svarene ved siden af hinanden.
selfeval-citizen-shows = Hvad viser besvarelserne fra borgere, medarbejdere og ledere?
selfeval-citizen-common = Hvor er der fælles oplevelser?
selfeval-citizen-different = Hvor er der forskellige oplevelser?
selfeval-citizen-reflections = Hvilke refleksioner giver de forskellige perspektiver anledning til?
selfeval-citizen-practice = Hvordan arbejder vi i praksis med de enkelte anbefalinger – hvor er vi stærke, og hvor har vi udfordringer?
selfeval-citizen-develop = Hvad har vi brug for at udvikle yderligere?
selfeval-citizen-next-steps = Hvad er næste skridt, og hvem skal gøre hvad og hvornår?
    .help = Skriv ét skridt ad gangen: hvad, hvem og hvornår.
selfeval-citizen-next-steps-what = Hvad
selfeval-citizen-next-steps-who = Hvem
selfeval-citizen-next-steps-when = Hvornår

selfeval-citizen-sharing = Hvem må se det?
selfeval-citizen-share = Må noget af det deles med dit team?
    .help = Som udgangspunkt er dine svar fortrolige. De deles kun med dit team, hvis du siger ja.
    .note = Del kun det, borgeren har sagt ja til. Svar, der ikke må deles, kommer ikke med i en eksport.
selfeval-citizen-share-no = Nej, det bliver mellem os
selfeval-citizen-share-yes = Ja, det må deles med mit team
selfeval-citizen-share-some = Noget af det
selfeval-citizen-share-what = Hvad må deles med dit team?
    .help = Skriv, hvad teamet må vide. Resten bliver mellem os.

# The result for a person alone (self mode, the kiosk): one calm paragraph.
selfeval-citizen-alone = Tallene viser, hvor du oplever, at støtten fungerer godt, og hvor den kan blive bedre. De er ikke en karakter, men et udgangspunkt for en snak med { -staff(form: "definite") } og lederen.
