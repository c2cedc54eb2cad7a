## FIT-feedback. De fem spørgsmål er ordret fra Slagelse Kommunes boks
## „Feedback-spørgsmål i FIT“ (Socialstyrelsen, Faglige pejlemærker). Ret dem ikke.

fit-feedback-title = FIT: Feedback på vores møde
fit-feedback-description = Fem spørgsmål om vores samarbejde – til slutningen af et møde.

fit-feedback-questions = Dit syn på samarbejdet
fit-feedback-sharing = Hvem må se det?

fit-feedback-intro = Vi vil gerne høre, hvordan du oplever vores samarbejde.
    Det handler om samarbejdet – ikke om at bedømme dig eller din { -staff } som person.
    Du må gerne sige både det, der går godt, og det, der er svært.
    .help = Svar ja, delvist eller nej. Bagefter kan du fortælle mere, hvis du vil. Du kan springe alt over.
    .note = Feedbacken handler om samarbejdsrelationen, ikke om din faglighed eller person. Lyt, spørg nysgerrigt, og tilpas indsatsen ud fra svarene.

fit-feedback-answer-yes = Ja
fit-feedback-answer-partly = Delvist
fit-feedback-answer-no = Nej

fit-feedback-heard = Oplever du dig hørt, forstået og respekteret?
fit-feedback-heard-more = Vil du fortælle lidt mere om det?
    .help = For eksempel hvad der gør, at du svarer sådan. Skriv med dine egne ord, eller spring over.
fit-feedback-topics = Arbejder og taler vi om det, som du gerne vil?
fit-feedback-topics-more = Vil du fortælle lidt mere om det?
    .help = For eksempel hvad du gerne vil tale mere – eller mindre – om. Skriv med dine egne ord, eller spring over.
fit-feedback-way = Passer måden vi samarbejder på dig?
fit-feedback-way-more = Vil du fortælle lidt mere om det?
    .help = For eksempel hvad der passer dig godt, og hvad der ikke gør. Skriv med dine egne ord, eller spring over.
fit-feedback-meaning = Giver vores møder mening for dig – og får du noget ud af det?
fit-feedback-meaning-more = Vil du fortælle lidt mere om det?
    .help = For eksempel hvad du får ud af møderne, eller hvad der mangler. Skriv med dine egne ord, eller spring over.
fit-feedback-different = Er der noget, som jeg skal gøre anderledes?
    .help = Alt er velkomment – også små ting. Du kan også springe over.
    .note = Tag imod svaret uden at forsvare dig, og fortæl, hvad du vil gøre med det.

fit-feedback-share = Må noget af det deles med dit team?
    .help = Som udgangspunkt er dine svar fortrolige. De deles kun med dit team, hvis du siger ja.
    .note = Del kun det, borgeren har sagt ja til.
fit-feedback-share-no = Nej, det bliver mellem os
fit-feedback-share-yes = Ja, det må deles med mit team
fit-feedback-share-some = Noget af det
fit-feedback-share-what = Hvad må deles med dit team?
    .help = Skriv det, som teamet gerne må vide. Resten bliver mellem os.
