## Dilemmas and barriers (seed 004 for staff in the social services, seed 002 for caseworkers), in the project's own English.

dilemma-cards-title = Dilemma cards: what do you do?
dilemma-cards-description = One everyday dilemma at a time, chosen by principle or drawn at random: answer first, then see the guide's suggestions – for trainers, staff and caseworkers.

dilemma-cards-start = Choose a card
dilemma-cards-intro = Here are dilemmas and barriers you may meet when you work in a recovery-oriented way. You get one card at a time: read the situation, and write what you do. Only then does the card show the guide's suggestions.
    .note = Let the participant answer in their own words before you look at the suggestions. The suggestions are inspiration, not the only right answer – talk about where your answers are alike and where they differ.
dilemma-cards-deck = Which cards would you like to practise with?
    .required = Choose which cards you would like to practise with, so that we know where the card should come from.
dilemma-cards-deck-staff = Staff in the social services (17 cards)
dilemma-cards-deck-caseworkers = Caseworkers (21 cards)
dilemma-cards-deck-all = All the cards (38 cards)
dilemma-cards-how = How would you like to choose the card?
    .required = Choose whether to pick by principle or to draw a card, so that we know which card you get.
dilemma-cards-how-by-principle = By principle
dilemma-cards-how-random = Draw a card at random
dilemma-cards-principle = Which principle would you like to work with?
dilemma-cards-principle-p1 = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-principle-p2 = Principle 2: Focus on the citizens' resources
dilemma-cards-principle-p3 = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-principle-p4 = Principle 4: Meet the citizens with openness, trust and respect
dilemma-cards-principle-p5 = Principle 5: Help the citizens as early as possible
dilemma-cards-principle-p6 = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-principle-p7 = Principle 7: Follow up, so that the support is always the right one
dilemma-cards-card = Which dilemma would you like to take?
dilemma-cards-drawn = The card that was drawn
    .help = The card was drawn at random. If you would rather have another, you can choose it here.

dilemma-cards-cards-p1-dream = The citizen's dream seems hard to reach when you take the citizen's resources into account
dilemma-cards-cards-p1-risk = The citizen's wishes may put the citizen's wellbeing and health at risk, for example stopping treatment
dilemma-cards-cards-p1-wishes = The citizen has wishes that cannot be met, for example working with a particular support person, support outside the agreed times, or services that fall outside what the municipality can offer
dilemma-cards-cards-p2-energy = The citizen is going through a hard time and has no energy to take the initiative
dilemma-cards-cards-p2-resources = The citizen does not feel they have any resources when you ask about and try to find the resources there are
dilemma-cards-cards-p3-communities = The citizen does not feel able to be part of the communities they want to take part in
dilemma-cards-cards-p3-money = The citizen cannot afford to take part in the activities they want to take part in
dilemma-cards-cards-p3-welcome = You are unsure whether a local community is ready to welcome the citizen well
dilemma-cards-cards-p4-collaboration = The collaboration between you and the citizen is not working
dilemma-cards-cards-p4-belief = How much should you insist that the citizen can succeed, if the citizen does not believe it themselves
dilemma-cards-cards-p5-job = The citizen has difficulties that make it hard to keep their job
dilemma-cards-cards-p5-early = The citizen feels that help did not come early, because problems earlier in their life were not dealt with
dilemma-cards-cards-p6-partners = It is hard to bring the relevant partners together for the meetings
dilemma-cards-cards-p6-meetings = The citizen feels unsafe taking part in coordinating meetings where many people are present
dilemma-cards-cards-p6-knowledge = As the provider, you may lack knowledge of which kinds of support have been set in motion for the citizen
dilemma-cards-cards-p7-progress-fear = The citizen's progress makes the citizen afraid of losing their support
dilemma-cards-cards-p7-progress-seen = The citizen does not experience the same progress as you observe
dilemma-cards-cards-cw-p1-time = How do you find enough time to help the citizen find their hopes, wishes and dreams? (caseworker)
dilemma-cards-cards-cw-p1-acute = What do you do if the citizen is in an acute situation and does not have the energy to find out what they wish for? (caseworker)
dilemma-cards-cards-cw-p2-fear = The citizen is worried about not being granted support, or about losing their support, if the focus is on resources (caseworker)
dilemma-cards-cards-cw-p2-function = The citizen's level of functioning is so limited that it is hard to keep the focus on resources (caseworker)
dilemma-cards-cards-cw-p2-limits = The citizen focuses strongly on their limitations, which makes it hard for them to see their resources (caseworker)
dilemma-cards-cards-cw-p3-money = The citizen cannot afford to take part in the activities they want to be part of (caseworker)
dilemma-cards-cards-cw-p3-energy = The citizen does not have the energy it takes to seek out communities and activities (caseworker)
dilemma-cards-cards-cw-p3-network = The citizen has a network that has affected the citizen's recovery badly in the past (caseworker)
dilemma-cards-cards-cw-p3-practice = The citizen needs a safe place to practise, but feels stigmatised in the communities of the social services (caseworker)
dilemma-cards-cards-cw-p4-history = The citizen's bad experiences with earlier caseworkers make the collaboration hard (caseworker)
dilemma-cards-cards-cw-p4-decision = The citizen does not agree with a decision, and experiences the decision as a breach of trust (caseworker)
dilemma-cards-cards-cw-p4-open-dialogue = The Open Dialogue approach can put a great responsibility on the citizen, which not everyone wants or is able to take on (caseworker)
dilemma-cards-cards-cw-p5-enough = The § 82 support (early help under the Danish Social Services Act) may help the citizen some of the way, but you are unsure whether it is enough (caseworker)
dilemma-cards-cards-cw-p5-time-limited = The § 82 support seems the obvious choice, but the citizen fears it means less support, because it is time-limited (caseworker)
dilemma-cards-cards-cw-p5-waiting = The caseworker has a heavy caseload, but at the same time wants to avoid too long a wait (caseworker)
dilemma-cards-cards-cw-p6-departments = The citizen needs support from several departments of the municipality, but finds the system hard to find their way around (caseworker)
dilemma-cards-cards-cw-p6-pressure = The citizen feels pressed by the municipality's demands and expectations, and by everything there is to do or take part in (caseworker)
dilemma-cards-cards-cw-p6-coordination-time = It can be hard to find time to coordinate with other departments (caseworker)
dilemma-cards-cards-cw-p7-follow-up = It matters to follow up on whether the support is the right one, but the citizen feels the municipality follows up to satisfy the system (caseworker)
dilemma-cards-cards-cw-p7-progress-fear = The citizen's progress makes the citizen afraid of losing their support (caseworker)
dilemma-cards-cards-cw-p7-developed = The citizen has developed, but not in relation to the goals that were set (caseworker)

dilemma-cards-p1-dream = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-p1-dream-answer = The citizen's dream seems hard to reach when you take the citizen's resources into account
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p1-dream-suggestions = The guide's suggestions:
    ✓ Believe in the citizen and that the citizen can reach their dream, even if you also see limits. Remember that the citizen is allowed to fail and is welcome to take chances. Be careful not to hold the citizen back from following their dreams in an attempt to shield them from possible defeats.
    ✓ Talk with the citizen about what support the citizen thinks it will take to reach their dream. The talk can give a picture of what is needed, partly from the citizen themselves, but also from the citizen's network and from others.
    ✓ Find out what help there is for the citizen, from the municipality, from peers or from the citizen's network. It might be help to contact an educational institution to hear what support there is for a citizen who wants to start an education.
    ✓ Offer the citizen to facilitate a dialogue with professionals, for example a study adviser if the citizen wants to start an education, who can explain what is expected and what it takes to follow that education.

dilemma-cards-p1-risk = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-p1-risk-answer = The citizen's wishes may put the citizen's wellbeing and health at risk, for example stopping treatment
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p1-risk-suggestions = The guide's suggestions:
    ✓ Offer your professional knowledge in a conversation with the citizen about the pros, cons and risks of the citizen's wish, so that the citizen can make an informed choice.
    ✓ Offer the citizen a talk with key people who know about it – for example a therapist or doctor, who can talk with the citizen about the possibilities and risks of stopping treatment, and about ways of working towards what the citizen wants.

dilemma-cards-p1-wishes = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-p1-wishes-answer = The citizen has wishes that cannot be met, for example working with a particular support person, support outside the agreed times, or services that fall outside what the municipality can offer
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p1-wishes-suggestions = The guide's suggestions:
    ✓ First and foremost, be curious about what lies behind the citizen's wish.
    ✓ Explore together with the citizen whether there are solutions that can meet the citizen's wish. If the citizen does not feel that the dialogue with the current support person is good, changing to another may be an option.

dilemma-cards-p2-energy = Principle 2: Focus on the citizens' resources
dilemma-cards-p2-energy-answer = The citizen is going through a hard time and has no energy to take the initiative
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p2-energy-suggestions = The guide's suggestions:
    ✓ Explore together with the citizen in which situations the citizen is comfortable taking the initiative, and when the citizen needs you to reach out more. Focus on how more of the situations where the citizen is comfortable taking the initiative can come about.
    ✓ Acknowledge that the citizen is going through a hard time, and make room for it being all right not to take the initiative in this situation.
    ✓ Talk with the citizen about whether they take part in services that do not feel relevant and meaningful. If needed, help the citizen to choose between the kinds of support and the activities that have been started.

dilemma-cards-p2-resources = Principle 2: Focus on the citizens' resources
dilemma-cards-p2-resources-answer = The citizen does not feel they have any resources when you ask about and try to find the resources there are
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p2-resources-suggestions = The guide's suggestions:
    ✓ Help the citizen to focus on the small resources, such as small successes in everyday life or good relationships. Involve people around the citizen in putting the citizen's resources into words – relatives, friends or housemates.
    ✓ Talk with the citizen about whether demands and expectations are more than the citizen has the energy for. Talk too about what you can do so that demands and expectations fit the citizen's energy better.
    ✓ Talk with the citizen about what gives energy and what takes energy. Together you can work on bringing in more of what gives energy.

dilemma-cards-p3-communities = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-p3-communities-answer = The citizen does not feel able to be part of the communities they want to take part in
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p3-communities-suggestions = The guide's suggestions:
    ✓ Talk with the citizen about which communities the citizen wants to be part of. You can also talk with the citizen about the values and the culture a community should have for the citizen to want to be part of it.
    ✓ Explore together with the citizen what stands in the way of taking part. Perhaps it is too far away, or perhaps the citizen does not feel welcome.
    ✓ Find out together with the citizen what support the citizen needs to be able to take part.
    ✓ Look into the possibility of company, open-house events or anything else that can make it easier to seek out a new community.

dilemma-cards-p3-money = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-p3-money-answer = The citizen cannot afford to take part in the activities they want to take part in
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p3-money-suggestions = The guide's suggestions:
    ✓ Look for other activities that meet the citizen's wish but cost less or are free.
    ✓ Look for ways to help the citizen or to apply for support to cover the costs of taking part, both the membership fee and any equipment.

dilemma-cards-p3-welcome = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-p3-welcome-answer = You are unsure whether a local community is ready to welcome the citizen well
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p3-welcome-suggestions = The guide's suggestions:
    ✓ Visit the place and ask whether they have a plan for how they welcome new members. It might be an existing member who is ready to welcome the citizen the first few times and can help the citizen get off to a good start.
    ✓ Talk with the citizen and the place about how the citizen gets the best experience of the club or community. Focus on what the citizen can do themselves, and where the citizen needs help from others. You might support the citizen by having you, a volunteer or a peer worker go along the first few times, or by dropping by together to say hello at the start.
    ✓ Arrange a meeting between the citizen and a contact person from the club, where they meet and talk about the citizen's wishes and what the club can offer. Always have the citizen with you in the dialogue with the club, and agree with the citizen what you will tell about them.

dilemma-cards-p4-collaboration = Principle 4: Meet the citizens with openness, trust and respect
dilemma-cards-p4-collaboration-answer = The collaboration between you and the citizen is not working
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p4-collaboration-suggestions = The guide's suggestions:
    ✓ Talk with the citizen about how your collaboration feels, and what the citizen would wish for in the relationship from now on. The citizen may find it hard to give negative feedback. So pay attention to how you can create a conversation where it is safe to give feedback, whether it is positive or negative.
    ✓ Consider why the collaboration is not good. Talk with a colleague about the relationship and the collaboration, for example, and perhaps ask for good advice on how you can try to improve the relationship.
    ✓ Offer the citizen to take part in supervision together with you, with a view to finding a shared understanding and building a stronger foundation for the collaboration.
    ✓ Look into the possibility of another staff member taking over the collaboration, if the relationship cannot be improved, or if the citizen or you yourself want it.
    ✓ From the start, give the citizen a say in which staff members the citizen wants to work with.

dilemma-cards-p4-belief = Principle 4: Meet the citizens with openness, trust and respect
dilemma-cards-p4-belief-answer = How much should you insist that the citizen can succeed, if the citizen does not believe it themselves
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p4-belief-suggestions = The guide's suggestions:
    ✓ Acknowledge that the citizen lacks confidence and belief in themselves. At the same time, hold on to your belief in the citizen, and perhaps involve peers in the collaboration, who can show the citizen from their own experience that it is possible to recover.
    ✓ Talk about what it takes for the citizen to believe more in themselves. The citizen may need to be assured that you or someone from the citizen's network is ready with support when the next step towards a more independent life is to be taken.
    ✓ Focus on the progress the citizen has already made. It can give the citizen a belief that it is possible to manage with less support or without it.

dilemma-cards-p5-job = Principle 5: Help the citizens as early as possible
dilemma-cards-p5-job-answer = The citizen has difficulties that make it hard to keep their job
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p5-job-suggestions = The guide's suggestions:
    ✓ Assist the citizen in the dialogue with the workplace about the citizen's difficulties. The dialogue can help to create a mutual understanding between the citizen and the workplace, which can help to find solutions both sides are satisfied with.
    ✓ Find out together with the citizen whether concrete agreements can be made with the workplace that can help meet the citizen's difficulties. There may also be a need to involve the job centre, which can offer its help.

dilemma-cards-p5-early = Principle 5: Help the citizens as early as possible
dilemma-cards-p5-early-answer = The citizen feels that help did not come early, because problems earlier in their life were not dealt with
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p5-early-suggestions = The guide's suggestions:
    ✓ Acknowledge the citizen's experience that help did not come early. It is important that the citizen is heard and met in the situation.
    ✓ Be aware that the citizen's experience of not getting the support they needed earlier in life may mean that the citizen distrusts you as a representative of the municipality. Here you have an important task in making a special effort to rebuild the citizen's trust.

dilemma-cards-p6-partners = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-p6-partners-answer = It is hard to bring the relevant partners together for the meetings
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p6-partners-suggestions = The guide's suggestions:
    ✓ Work for the meetings to be planned well in advance, or else held online.
    ✓ Contact partners before a meeting, so that you can get their input if they cannot take part.

dilemma-cards-p6-meetings = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-p6-meetings-answer = The citizen feels unsafe taking part in coordinating meetings where many people are present
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p6-meetings-suggestions = The guide's suggestions:
    ✓ Talk about what can help the citizen feel safer in the meeting. It may help if the citizen brings someone from their network, or if you meet on neutral ground, for example at the library or the local volunteer centre.
    ✓ Talk with the citizen before the meeting about what the meeting is about, and how you can help the citizen say the things they want to bring up. You can also encourage the chair of the meeting to take particular care to make the citizen feel safe in expressing wishes and experiences.
    ✓ Perhaps hold several meetings with fewer people, as that can make it easier for the citizen to speak at the meetings.

dilemma-cards-p6-knowledge = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-p6-knowledge-answer = As the provider, you may lack knowledge of which kinds of support have been set in motion for the citizen
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p6-knowledge-suggestions = The guide's suggestions:
    ✓ Ask the citizen which kinds of support are under way, and talk about how best to coordinate them and make them fit together.
    ✓ Contact the caseworker at the authority to clear up who is to coordinate, if many kinds of support run at the same time.

dilemma-cards-p7-progress-fear = Principle 7: Follow up, so that the support is always the right one
dilemma-cards-p7-progress-fear-answer = The citizen's progress makes the citizen afraid of losing their support
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p7-progress-fear-suggestions = The guide's suggestions:
    ✓ Talk with the citizen about progress being positive, but that it is natural at the same time to worry whether one is allowed to be well while getting help. You can also remind the citizen that you focus on the citizen's resources in your collaboration precisely because it is important to build on what goes well, but that you are also aware of the challenges.
    ✓ Talk openly with the citizen about how you see the citizen's progress, so that the citizen knows what you think of what you see. Talk too about how the citizen's development may mean that the support should be thought of differently, but not necessarily reduced before the citizen is ready for it.
    ✓ Encourage the citizen to talk with peers or others with whom the citizen can be anonymous. It can help to hear others' experiences of support being reduced or ending as one gets better. Talk with the citizen too about how any change to less support can best happen, so that it feels safe. You can, for example, tell the citizen what possibilities there are to apply for support again or to join open services if needed.

dilemma-cards-p7-progress-seen = Principle 7: Follow up, so that the support is always the right one
dilemma-cards-p7-progress-seen-answer = The citizen does not experience the same progress as you observe
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p7-progress-seen-suggestions = The guide's suggestions:
    ✓ Make sure that the information gathered about the citizen's progress is described systematically, so that you can show a 'before' and 'after' picture.
    ✓ Be curious about where your experience and the citizen's differ, if they do.

dilemma-cards-cw-p1-time = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-cw-p1-time-answer = How do you find enough time to help the citizen find their hopes, wishes and dreams?
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p1-time-suggestions = The guide's suggestions:
    ✓ Talk with your colleagues and your manager about how to make time and room to talk with the citizen about hopes, wishes and dreams – especially when it takes several conversations to succeed.
    ✓ Offer the citizen to bring someone from their network. The network can play an important part in supporting the citizen in finding out what life they want to live, both at the meetings and between them.
    ✓ Make sure the citizen has had the chance to think about their hopes, wishes and dreams before you meet. You could, for example, send the guide „Til dig, der søger støtte i socialpsykiatrien“ (for you who seek support in social psychiatry; it can be found here: https://socialstyrelsen.dk/recovery-orienteret-rehabilitering), or point the citizen to the citizens' leaflet from VUM 2.0.
    ✓ Hold several meetings with the citizen if the citizen finds it very hard. That way the citizen gets time between the meetings to think about their hopes, wishes and dreams for the future, perhaps together with family and friends.
    ✓ Bring a colleague who can take the notes for the case, so that you can focus on the dialogue with the citizen and be present during the meeting.
    ✓ Suggest that the citizen talks with family and friends about hopes, wishes and dreams before and between your meetings. It can help the citizen become clearer about what matters in their life.

dilemma-cards-cw-p1-acute = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-cw-p1-acute-answer = What do you do if the citizen is in an acute situation and does not have the energy to find out what they wish for?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p1-acute-suggestions = The guide's suggestions:
    ✓ Acknowledge that the citizen is under pressure and that the conversation about hopes, wishes and dreams has to wait. It matters to the citizen to be heard and met in the situation.
    ✓ Find out whether there are acute problems that you or others can help solve. Feel free to contact any partners who can be involved in offering the citizen the help they need.
    ✓ Tell the citizen that you will come back to talking about hopes, wishes and dreams once the acute situation has been dealt with, and talk with the citizen about what matters most right now.

dilemma-cards-cw-p2-fear = Principle 2: Focus on the citizens' resources
dilemma-cards-cw-p2-fear-answer = The citizen is worried about not being granted support, or about losing their support, if the focus is on resources
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p2-fear-suggestions = The guide's suggestions:
    ✓ Point out that resources do not rule out support, and that the collaboration needs to build on exactly what works in everyday life.
    ✓ Make it clear to the citizen that the assessment looks at both the citizen's resources and their challenges, so that it gives a balanced picture of the citizen's level of functioning. Make sure the citizen reads and confirms the description of their own resources in the action plan.
    ✓ Make it clear that you value the citizen's expertise in their own mental health difficulties, experiences and understandings, and that you therefore give great weight to the citizen's own view of their resources.

dilemma-cards-cw-p2-function = Principle 2: Focus on the citizens' resources
dilemma-cards-cw-p2-function-answer = The citizen's level of functioning is so limited that it is hard to keep the focus on resources
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p2-function-suggestions = The guide's suggestions:
    ✓ Get closer to the citizen's actual situation and bring out the resources the citizen has in spite of the limits to their functioning. Through dialogue with the citizen, their relatives and the provider you can get a more nuanced picture of the citizen's resources.
    ✓ Ask in several different ways – about the citizen's experiences, good moments and important people in the citizen's life – and keep telling the citizen apart from the citizen's problem.

dilemma-cards-cw-p2-limits = Principle 2: Focus on the citizens' resources
dilemma-cards-cw-p2-limits-answer = The citizen focuses strongly on their limitations, which makes it hard for them to see their resources
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p2-limits-suggestions = The guide's suggestions:
    ✓ Point out to the citizen that resources can be about what the citizen is good at, motivation, experience, the people in the citizen's network and more.
    ✓ Be aware that you have an important task in seeing the citizen's resources when the citizen cannot see them.
    ✓ Give the citizen time to notice their resources by holding more meetings if there is a need for time to think.
    ✓ Encourage the citizen to ask their network what resources they see in the citizen.
    ✓ Work with the relatives on finding the citizen's resources, if the citizen wishes it, or if the citizen has cognitive difficulties that keep them from seeing their own resources.

dilemma-cards-cw-p3-money = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-cw-p3-money-answer = The citizen cannot afford to take part in the activities they want to be part of
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p3-money-suggestions = The guide's suggestions:
    ✓ Look into ways of helping the citizen, or of applying for support to cover the costs.
    ✓ Look for other activities that meet the citizen's wishes but are cheaper or free.
    ✓ Help the citizen find solutions to any transport problems, for example by drawing on someone in the citizen's network, a mentor or a peer.

dilemma-cards-cw-p3-energy = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-cw-p3-energy-answer = The citizen does not have the energy it takes to seek out communities and activities
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p3-energy-suggestions = The guide's suggestions:
    ✓ Help the citizen seek out communities and activities, for example by finding the address, opening hours and contact person. Also talk with the citizen about what they can expect, and how to handle the first contact and the first while. You can also ask whether the clubs have photos or descriptions of the volunteers and the others who come there, which the citizen can use to get a sense of whether they would fit in.
    ✓ Put the citizen in touch with the local volunteer centre. It can be a good place to start, since the staff there are often ready to help the citizen on.
    ✓ Find out whether a peer worker, a volunteer or a mentor can go with the citizen the first few times. It can make it easier for the citizen to get going, and feel safer to get started.

dilemma-cards-cw-p3-network = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-cw-p3-network-answer = The citizen has a network that has affected the citizen's recovery badly in the past
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p3-network-suggestions = The guide's suggestions:
    ✓ Explore with the citizen whether some people in the network can play a limited part in chosen situations, and so can still be a support for the citizen.
    ✓ Keep up a close dialogue with the network about which contributions to the citizen's recovery process are valuable, and which are unhelpful.

dilemma-cards-cw-p3-practice = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-cw-p3-practice-answer = The citizen needs a safe place to practise, but feels stigmatised in the communities of the social services
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p3-practice-suggestions = The guide's suggestions:
    ✓ Make it clear to the citizen that the communities of the social services are a possible place to practise for the ordinary communities the citizen wants to be part of. The communities of the social services can ask less commitment and have more room. Besides, it is often valuable to meet others who have been through some of the same as oneself, and to hear about their experiences.
    ✓ Have a first dialogue with the municipal communities about how best to help the citizen in and to keep them in the community.

dilemma-cards-cw-p4-history = Principle 4: Meet the citizens with openness, trust and respect
dilemma-cards-cw-p4-history-answer = The citizen's bad experiences with earlier caseworkers make the collaboration hard
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p4-history-suggestions = The guide's suggestions:
    ✓ Give the citizen the chance to tell about their experiences, and feel free to share your own experiences as a caseworker. As a caseworker you can say that it can be hard to find enough time to talk with the citizen, which can lead to misunderstandings, or to you not always explaining clearly why something is not possible.
    ✓ Be curious about how the citizen thinks you can build the best possible relationship.
    ✓ Remind the citizen that this is a new relationship, and that you will do your best to make it a good one. Perhaps say concretely how you will work for a good relationship. Ask what matters to the citizen in a good collaboration, and say what you yourself expect.

dilemma-cards-cw-p4-decision = Principle 4: Meet the citizens with openness, trust and respect
dilemma-cards-cw-p4-decision-answer = The citizen does not agree with a decision, and experiences the decision as a breach of trust
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p4-decision-suggestions = The guide's suggestions:
    ✓ Always prepare the citizen for the possibility of different outcomes, and reassure the citizen that you will find a way together whatever the decision.
    ✓ Take the time to explain the reasons for the decision thoroughly, and to listen to the citizen's frustration.
    ✓ Discuss how, concretely, you can keep working towards the citizen's hopes, wishes and dreams.

dilemma-cards-cw-p4-open-dialogue = Principle 4: Meet the citizens with openness, trust and respect
dilemma-cards-cw-p4-open-dialogue-answer = The Open Dialogue approach can put a great responsibility on the citizen, which not everyone wants or is able to take on
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p4-open-dialogue-suggestions = The guide's suggestions:
    ✓ Ask what role the citizen wants to play at meetings, and whom the citizen wants to bring.
    ✓ Prepare the citizen for the Open Dialogue format, and offer your support where the citizen needs it.
    ✓ Be aware that Open Dialogue is not for every citizen.

dilemma-cards-cw-p5-enough = Principle 5: Help the citizens as early as possible
dilemma-cards-cw-p5-enough-answer = The § 82 support (early help under the Danish Social Services Act) may help the citizen some of the way, but you are unsure whether it is enough
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p5-enough-suggestions = The guide's suggestions:
    ✓ Consider, and talk with the citizen about, whether services in civil society can add to the § 82 support, if the citizen is not among those eligible for granted services under the Social Services Act.
    ✓ Talk with the citizen about whether there is anyone in the citizen's network who can help. Support the citizen in reaching out to those people.
    ✓ Follow up quickly, so that you can start further support if it turns out to be needed.

dilemma-cards-cw-p5-time-limited = Principle 5: Help the citizens as early as possible
dilemma-cards-cw-p5-time-limited-answer = The § 82 support seems the obvious choice, but the citizen fears it means less support, because it is time-limited
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p5-time-limited-suggestions = The guide's suggestions:
    ✓ Talk with the citizen about the advantages of support under § 82, including that the help can start quickly and flexibly, and that it may include group courses.
    ✓ Make it clear to the citizen that support under § 82 does not rule out other support.

dilemma-cards-cw-p5-waiting = Principle 5: Help the citizens as early as possible
dilemma-cards-cw-p5-waiting-answer = The caseworker has a heavy caseload, but at the same time wants to avoid too long a wait
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p5-waiting-suggestions = The guide's suggestions:
    ✓ Consider whether the citizen could have peer support while they wait.
    ✓ Where waiting cannot be avoided, tell the citizen clearly what the plan is, and when the citizen can expect more to happen.

dilemma-cards-cw-p6-departments = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-cw-p6-departments-answer = The citizen needs support from several departments of the municipality, but finds the system hard to find their way around
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p6-departments-suggestions = The guide's suggestions:
    ✓ Offer to help the citizen coordinate between the different sectors, administrations and departments. If the citizen wishes, you can contact the citizen's contact person in the department you need to coordinate with.
    ✓ Offer information both spoken and in writing about what options there are, and explain what the citizen can do themselves. It can be information about where the citizen should turn, what the citizen can get help with, named contact people, opening hours and so on.

dilemma-cards-cw-p6-pressure = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-cw-p6-pressure-answer = The citizen feels pressed by the municipality's demands and expectations, and by everything there is to do or take part in
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p6-pressure-suggestions = The guide's suggestions:
    ✓ Talk about whether the citizen is receiving support that does not feel relevant and meaningful.
    ✓ Talk with the citizen about what matters most, if there is a need to prioritise between the kinds of support and the activities that have been started.

dilemma-cards-cw-p6-coordination-time = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-cw-p6-coordination-time-answer = It can be hard to find time to coordinate with other departments
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p6-coordination-time-suggestions = The guide's suggestions:
    ✓ Look for solutions together with your manager. You could, for example, look into ways of making contact with caseworkers at the job centre or with psychiatric treatment smoother and more flexible.
    ✓ Be patient. It takes time to get to know each other across departments, and to become clear enough about how to work together and what on.

dilemma-cards-cw-p7-follow-up = Principle 7: Follow up, so that the support is always the right one
dilemma-cards-cw-p7-follow-up-answer = It matters to follow up on whether the support is the right one, but the citizen feels the municipality follows up to satisfy the system
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p7-follow-up-suggestions = The guide's suggestions:
    ✓ Make it clear that the follow-up is there to make sure the citizen gets the right support for the needs they have now.
    ✓ Involve the citizen actively in the follow-up by letting the citizen assess both the support and how far the goals have been reached, including what has worked well and less well. Put the citizen's action plan at the centre of the dialogue, and listen to how the citizen sees their own situation and development.
    ✓ Use tools to follow the citizen's development, for example FIT and Brief INSPIRE-O. The tools offer a system that can improve the quality of the information from the citizen on which you base your assessment of the citizen's development.

dilemma-cards-cw-p7-progress-fear = Principle 7: Follow up, so that the support is always the right one
dilemma-cards-cw-p7-progress-fear-answer = The citizen's progress makes the citizen afraid of losing their support
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p7-progress-fear-suggestions = The guide's suggestions:
    ✓ Talk with the citizen about progress being positive, but that it is natural at the same time to worry whether one is allowed to be well while getting help. You can also remind the citizen that you focus on the citizen's resources in your collaboration precisely because it is important to build on what goes well, but that you are also aware of the challenges.
    ✓ Talk openly with the citizen about how you see the citizen's progress, so that the citizen knows what you think of what you see. Talk too about how the citizen's development may mean that the support should be thought of differently, but not necessarily reduced before the citizen is ready for it.
    ✓ Encourage the citizen to talk with peers or others with whom the citizen can be anonymous. It can help to hear others' experiences of support being reduced or ending as one gets better. Talk with the citizen too about how any change to less support can best happen, so that it feels safe. You can, for example, tell the citizen what possibilities there are to apply for support again or to join open services if needed.

dilemma-cards-cw-p7-developed = Principle 7: Follow up, so that the support is always the right one
dilemma-cards-cw-p7-developed-answer = The citizen has developed, but not in relation to the goals that were set
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-cw-p7-developed-suggestions = The guide's suggestions:
    ✓ Acknowledge the citizen's development, and start from the citizen's current situation and the development there has been when the action plan is to be adjusted.
    ✓ Show where the citizen has succeeded, and talk with the citizen about what this development can be used for in bringing the citizen closer to their hopes, wishes and dreams for the future.

dilemma-cards-after = Afterwards
dilemma-cards-takeaway = What do you take with you from the card?
    .help = For example something you want to try, or something you want to talk about with your colleagues.
