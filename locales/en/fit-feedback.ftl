## FIT feedback. The five questions translate Slagelse Kommune's box
## „Feedback-spørgsmål i FIT“ (Socialstyrelsen, Faglige pejlemærker).

fit-feedback-title = FIT: Feedback on our meeting
fit-feedback-description = Five questions about our work together – for the end of a meeting.

fit-feedback-questions = Your view of our work together
fit-feedback-sharing = Who may see it?

fit-feedback-intro = We would like to hear how you find our work together.
    It is about the collaboration – not about judging you or your { -staff } as a person.
    You are welcome to say both what goes well and what is hard.
    .help = Answer yes, partly or no. Afterwards you can say more if you want to. You can skip anything.
    .note = The feedback is about the working relationship, not about your professional skills or you as a person. Listen, ask with curiosity, and adjust the support to the answers.

fit-feedback-answer-yes = Yes
fit-feedback-answer-partly = Partly
fit-feedback-answer-no = No

fit-feedback-heard = Do you feel heard, understood and respected?
fit-feedback-heard-more = Would you like to say a little more about it?
    .help = For example what makes you answer that way. Write in your own words, or skip.
fit-feedback-topics = Are we working on and talking about what you want?
fit-feedback-topics-more = Would you like to say a little more about it?
    .help = For example what you would like to talk about more – or less. Write in your own words, or skip.
fit-feedback-way = Does the way we work together suit you?
fit-feedback-way-more = Would you like to say a little more about it?
    .help = For example what suits you well, and what does not. Write in your own words, or skip.
fit-feedback-meaning = Are our meetings worthwhile to you – and do you get something out of them?
fit-feedback-meaning-more = Would you like to say a little more about it?
    .help = For example what you get out of the meetings, or what is missing. Write in your own words, or skip.
fit-feedback-different = Is there anything I should do differently?
    .help = Everything is welcome – small things too. You can also skip.
    .note = Take the answer without defending yourself, and say what you will do with it.

fit-feedback-share = May some of this be shared with your team?
    .help = Your answers are confidential to begin with. They are only shared with your team if you say yes.
    .note = Share only what the citizen has agreed to.
fit-feedback-share-no = No, it stays between us
fit-feedback-share-yes = Yes, it may be shared with my team
fit-feedback-share-some = Some of it
fit-feedback-share-what = What may be shared with your team?
    .help = Write what the team may know. The rest stays between us.
