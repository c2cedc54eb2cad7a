## Bilag 1, Redskab til selvevaluering af praksis (seed 000). Udsagnene er kildens
## ordlyd; kun „bostøtten“ om personen er skiftet ud med teamets ord. Ret dem ikke.

selfeval-staff-title = Vurdering af praksis (medarbejdere og ledere)
selfeval-staff-description = 23 udsagn om jeres praksis, hvert fra 1 til 5 eller „Ikke relevant“, til at sammenligne jeres svar og tale om forskellene.

selfeval-staff-start = Før I går i gang
selfeval-staff-intro = Svar på spørgsmålene hver for sig og sammenlign jeres svar. Brug forskellene i jeres besvarelser til at få øje på forskellige oplevelser og perspektiver på jeres praksis. Tal om, hvad der ligger bag jeres svar, og hvilke svar der eventuelt giver anledning til at gøre noget anderledes.
    .help = Vælg et tal fra 1 (slet ikke) til 5 (i meget høj grad) ved hvert udsagn. „Ikke relevant“ tæller ikke med i gennemsnittet. Du kan også springe et udsagn over, men så regnes der ikke noget gennemsnit ud for det område.
    .note = Hver medarbejder og leder udfylder sit eget skema. Borgerne kan udfylde borgerskemaet, så I kan sammenligne jeres svar med deres.

selfeval-staff-rating-r1 = Slet ikke
selfeval-staff-rating-r2 = I mindre grad
selfeval-staff-rating-r3 = I nogen grad
selfeval-staff-rating-r4 = I høj grad
selfeval-staff-rating-r5 = I meget høj grad
selfeval-staff-rating-not-relevant = Ikke relevant

selfeval-staff-p1 = Et recovery-orienteret samarbejde
selfeval-staff-p1-1 = Vi tilrettelægger indsatsen efter borgerens ønsker, håb og drømme og med udgangspunkt i målene fra myndighed
selfeval-staff-p1-2 = Vi ser borgeren som erfaringsekspert, der sidder inde med relevant og brugbar viden om, hvad der virker i indsatsen
selfeval-staff-p1-3 = Vi har løbende en dialog med borgeren om, hvordan vi bedst samarbejder
selfeval-staff-p1-mean = Et recovery-orienteret samarbejde (gennemsnit 1–5)

selfeval-staff-p2 = En fælles faglig retning
selfeval-staff-p2-1 = Vi anvender fælles metoder og redskaber i støtten, der understøtter borgerens recovery
selfeval-staff-p2-2 = Vi gør løbende brug af sparring og supervision
selfeval-staff-p2-mean = En fælles faglig retning (gennemsnit 1–5)

selfeval-staff-p3 = Trivsel, mestring og håndtering af akutte psykiske kriser
selfeval-staff-p3-1 = Vi taler med borgeren om, hvad der skaber trivsel i hverdagen
selfeval-staff-p3-2 = Vi støtter borgeren i at lære at mestre krav, udfordringer og svære følelser på en måde, som også på længere sigt er brugbart for borgeren
selfeval-staff-p3-3 = Hvis borgeren har haft en akut psykisk krise, støtter vi borgeren i at lære af situationen for at kunne forebygge eventuelle nye kriser
selfeval-staff-p3-mean = Trivsel, mestring og håndtering af akutte psykiske kriser (gennemsnit 1–5)

selfeval-staff-p4 = Et sundt liv for borgeren
selfeval-staff-p4-1 = Vi støtter borgeren i at arbejde med sundhed, hvis borgeren ønsker det, eksempelvis ved at fastholde motivation for forandring eller ved at understøtte deltagelse i tilbud, der kan fremme borgerens sundhed
selfeval-staff-p4-2 = Vi støtter borgeren i at identificere og reagere på fysisk mistrivsel eksempelvis ved at have kontakt til sundhedsvæsenet, hvis borgeren har brug for det
selfeval-staff-p4-mean = Et sundt liv for borgeren (gennemsnit 1–5)

selfeval-staff-p5 = Borgerens netværk
selfeval-staff-p5-1 = Vi afdækker borgerens ønsker til et samarbejde med borgerens netværk
selfeval-staff-p5-2 = Vi understøtter et samarbejde mellem borgeren og borgerens netværk
selfeval-staff-p5-mean = Borgerens netværk (gennemsnit 1–5)

selfeval-staff-p6 = Lokalsamfundets fællesskaber og aktiviteter
selfeval-staff-p6-1 = Vi afklarer borgerens ønsker til deltagelse i fællesskaber og aktiviteter i lokalsamfundet
selfeval-staff-p6-2 = Vi støtter borgerens deltagelse i fællesskaber og aktiviteter i lokalsamfundet, som borgeren ønsker at være en del af
selfeval-staff-p6-mean = Lokalsamfundets fællesskaber og aktiviteter (gennemsnit 1–5)

selfeval-staff-p7 = Uddannelse og beskæftigelse
selfeval-staff-p7-1 = Vi støtter borgeren i at sætte ord på borgerens ønsker, håb og drømme i forhold til at starte i uddannelse eller komme i beskæftigelse
selfeval-staff-p7-2 = Vi støtter borgeren i at udvikle sig hen imod at starte i eller fastholde uddannelse eller beskæftigelse
selfeval-staff-p7-3 = Vi støtter borgeren i at skabe sammenhæng til borgerens samarbejde med den kommunale ungeindsats eller med jobcentret
selfeval-staff-p7-mean = Uddannelse og beskæftigelse (gennemsnit 1–5)

selfeval-staff-p8 = En tryg opstart og afslutning af støtten
selfeval-staff-p8-1 = Vi har i opstarten af samarbejdet et særligt fokus på at skabe et godt grundlag for samarbejdet med borgeren
selfeval-staff-p8-2 = Vi planlægger en tryg udfasning og afslutning af samarbejdet med borgeren
selfeval-staff-p8-mean = En tryg opstart og afslutning af støtten (gennemsnit 1–5)

selfeval-staff-p9 = Fleksibilitet i indsatsen
selfeval-staff-p9-1 = Vi tilpasser løbende støtten til borgerens aktuelle situation og behov for støtte
selfeval-staff-p9-2 = Vi tilbyder en fleksibel og intensiv indsats til borgere med et stort behov for støtte
selfeval-staff-p9-mean = Fleksibilitet i indsatsen (gennemsnit 1–5)

selfeval-staff-p10 = Helhed og sammenhæng i borgerens forløb
selfeval-staff-p10-1 = Vi støtter borgeren i at have overblik over sit samlede forløb, for eksempel i forhold til aftaler med borgerens øvrige samarbejdspartnere
selfeval-staff-p10-2 = Vi understøtter en koordinering af borgerens mål og indsatser på tværs af området og sektorer, hvis borgeren ønsker det
selfeval-staff-p10-mean = Helhed og sammenhæng i borgerens forløb (gennemsnit 1–5)

selfeval-staff-discussion = Når I taler om svarene
selfeval-staff-means-note = Til sidst ser du gennemsnittet af dine svar for hvert af de ti områder. „Ikke relevant“ tæller ikke med, og er mere end ét udsagn i et område „ikke relevant“, regnes der ikke noget gennemsnit ud for det. Det gør der heller ikke, hvis et udsagn er sprunget over. Tallene er et udgangspunkt for jeres snak, ikke en karakter.
selfeval-staff-discuss-now = Skal I tale om svarene nu?
    .help = Svarer du nej, er skemaet færdigt her. I kan tale om svarene en anden gang, fx når flere har udfyldt skemaet.
    .note = Drøftelsen giver mest, når borgere, medarbejdere og ledere har svaret hver for sig og lægger svarene ved siden af hinanden.
selfeval-staff-shows = Hvad viser besvarelserne fra borgere, medarbejdere og ledere?
selfeval-staff-common = Hvor er der fælles oplevelser?
selfeval-staff-different = Hvor er der forskellige oplevelser?
selfeval-staff-reflections = Hvilke refleksioner giver de forskellige perspektiver anledning til?
selfeval-staff-practice = Hvordan arbejder vi i praksis med de enkelte anbefalinger – hvor er vi stærke, og hvor har vi udfordringer?
selfeval-staff-develop = Hvad har vi brug for at udvikle yderligere?
selfeval-staff-next-steps = Hvad er næste skridt, og hvem skal gøre hvad og hvornår?
    .help = Skriv ét skridt ad gangen: hvad, hvem og hvornår.
selfeval-staff-next-steps-what = Hvad
selfeval-staff-next-steps-who = Hvem
selfeval-staff-next-steps-when = Hvornår
