## Læring efter en krise. De ni spørgsmål trigger … next-time er ordret fra
## „Eksempler på spørgsmål til borgeren“ (Socialstyrelsen, Faglige pejlemærker). Ret dem ikke.
## went-well-mastered og went-well-praise er ordret fra LA2 (læringsplan efter en episode,
## der blev løst rigtigt godt). Ret dem heller ikke.

post-crisis-learning-title = Læring efter en krise
post-crisis-learning-description = En samtale efter en krise – eller efter en svær situation, der gik godt – om, hvad der skete, hvad der hjalp, og hvad vi gør næste gang.

post-crisis-learning-start = Før vi begynder
post-crisis-learning-what-happened = Det, der skete
post-crisis-learning-support = Det, { -staff(form: "definite") } gjorde
post-crisis-learning-you = Det, du gjorde
post-crisis-learning-went-well = Det, der gik godt
post-crisis-learning-ahead = Fremover

post-crisis-learning-intro = Vi vil gerne tale om en svær situation, du har stået i – en krise, eller en situation, der gik godt – så vi sammen kan blive klogere på, hvad der hjælper.
    Det handler ikke om skyld. Hverken du eller { -staff(form: "definite") } skal bedømmes.
    Vi kan stoppe når som helst og tage resten en anden dag.
    .help = Du kan springe spørgsmål over. Du kan også vælge at tale med en anden { -staff }, eller skrive noget ned for dig selv.
    .note = Vær nysgerrig, ikke dømmende. Mange lever med skyld og skam efter en krise; at få talt om det kan være en lettelse.
        Borgeren må vælge en anden { -staff } end den, der var med i situationen, eller skrive alene.
        En kort snak inden for timer og en grundigere inden for en uge. Stop og kom tilbage senere, hvis det bliver for meget.
post-crisis-learning-ready = Er det et godt tidspunkt at tale om det nu?
    .help = Hvis du svarer nej, gemmer vi samtalen, så vi kan fortsætte en anden dag.
post-crisis-learning-what = Hvad vil I tale om?
    .help = Man kan også lære meget af de gange, hvor det gik godt.
    .note = Efter en krise: de ni spørgsmål fra pejlemærkerne. Efter en udfordrende situation, der blev løst rigtigt godt: LA2's spørgsmål om, hvad der gjorde, at borgeren mestrede den.
post-crisis-learning-what-crisis = En krise
post-crisis-learning-what-went-well = En situation, der gik godt

post-crisis-learning-trigger = Hvad var det, der fremkaldte krisen?
    .help = Det kan være en begivenhed, en situation eller flere ting på én gang. Tænk gerne et døgn tilbage.
post-crisis-learning-experience = Hvad oplevede du, at der skete?
    .help = Fortæl det, som du oplevede det. Der er ingen rigtig eller forkert måde.
    .note = Du kan også fortælle, hvordan du selv oplevede situationen – uden at rette i borgerens oplevelse.

post-crisis-learning-support-helped = Hvad gjorde { -staff(form: "definite") }, som hjalp?
post-crisis-learning-support-worse = Hvad gjorde { -staff(form: "definite") }, som gjorde situationen værre?
    .help = Det er helt i orden at sige. Det hjælper os til at gøre det bedre næste gang.
    .note = Tag imod svaret uden at forsvare dig. Det er læring, ikke en anklage.
post-crisis-learning-support-instead = Hvad kunne { -staff(form: "definite") } have gjort i stedet?
post-crisis-learning-continue-now = Vil du gerne fortsætte nu?
    .help = Hvis det bliver for meget, kan vi stoppe her og tage resten en anden dag. Svarer du nej, bliver samtalen gemt.
    .note = Hold øje med, om borgeren bliver påvirket igen. Stop hellere for tidligt end for sent, og aftal, hvornår I fortsætter sammen.

post-crisis-learning-own-actions = Hvad gjorde du for at klare situationen?
    .help = Også små ting tæller.
post-crisis-learning-own-effect = Hvordan virkede det, du gjorde?
post-crisis-learning-other-times = Har du gjort noget andet, der virkede godt andre gange?
post-crisis-learning-next-time = Hvad vil du gøre fremover i lignende situationer?

post-crisis-learning-went-well-situation = Hvilken situation tænker du på?
    .help = Fortæl kort, hvad der skete, og hvornår. Det må gerne være noget, der lignede en krise, men endte godt.
post-crisis-learning-went-well-mastered = Hvad gjorde, at du mestrede denne situation?
    .help = Også små ting tæller: noget, du sagde, gjorde eller lod være med.
    .note = Vær nysgerrig på borgerens egne handlemuligheder. Det styrker oplevelsen af at kunne mestre svære situationer.
post-crisis-learning-went-well-support = Hvad gjorde { -staff(form: "definite") } eller andre, som hjalp dig?
post-crisis-learning-went-well-praise = Det var rigtigt godt, at du …
    .help = Gør sætningen færdig sammen – med det, du gjorde godt.
    .note = Sig konkret, hvad borgeren gjorde godt, og skriv det med borgerens ord.
post-crisis-learning-went-well-again = Hvad vil du gøre igen, hvis en lignende situation opstår?
    .help = Det kan komme med i din kriseplan, så du og andre kan huske det.

post-crisis-learning-revise-plan = Skal vi se på kriseplanen sammen nu?
    .help = Det, vi har talt om, kan gøre din kriseplan bedre. Vi kan også gøre det en anden dag.
    .note = Kriseplanen skal ofte justeres efter en krise. Overvej sammen med borgeren, om I skal kontakte myndigheden for at planlægge en opfølgning – for eksempel hvis der er brug for mere fleksibel eller intensiv støtte i en periode.
