## The network map. The four questions, the categories family, friends, acquaintances,
## neighbours, places and activities and the marks follow Socialstyrelsen, Faglige
## pejlemærker, recommendation 5.1 (seed 000:L3472–3496, L3842–3846), translated. The
## rest is the project's own wording.

network-map-title = The network map
network-map-description = Who and what is part of your life – how close and how important – drawn as a map.

network-map-start = About the map
network-map-my-network = My network
network-map-ahead = From here

network-map-intro = We are drawing a map of your network: the people, places and activities that matter to you.
    You are in the middle. Those closest to you go innermost.
    The map is yours, and you decide who is on it. You can skip any question.
    .note = Ask openly and with curiosity about whom the citizen is in touch with, or would like to be. If the authority has already talked with the citizen about their network, you can start from that.

network-map-people = Which people are part of your life?
    .help = Write one at a time. You can also write places and activities that matter to you – for example the library, a club or the walk around the lake.
    .note = The source's questions: "Which people are part of your life? • Which of these people are important in your life? • Who knows how you are? • Who can you talk to or get help from?"
        Take one person at a time and ask about the marks as you go. A map with few names is a map too.
network-map-people-name = Name
    .invalid = A name can be at most 60 characters. Write a nickname or a short form.
network-map-people-category = Who or what
network-map-people-category-family = Family
network-map-people-category-friends = Friends
network-map-people-category-acquaintances = Acquaintances
network-map-people-category-neighbours = Neighbours
network-map-people-category-professionals = Professionals
network-map-people-category-places = Places
network-map-people-category-activities = Activities
network-map-people-category-other = Other
network-map-people-closeness = How close
network-map-people-closeness-very-close = Very close
network-map-people-closeness-close = Close
network-map-people-closeness-further = Further away
network-map-people-importance = How important
network-map-people-importance-very = Very important
network-map-people-importance-some = Important
network-map-people-importance-little = Less important
network-map-people-marks = Marks
network-map-people-marks-knows = Knows how I am
network-map-people-marks-talk = I can talk to them or get help from them
network-map-people-marks-closer = Would like to be closer
network-map-people-marks-not-involved = Does not want them involved

network-map-widen = Would you like to widen your network?
    .help = It could be new people, a community or an activity – or getting back in touch with someone.
    .note = No is an answer too, and it is respected. You can ask again later on if the citizen wants to.
network-map-widen-how = What could be a first step?
    .help = Write it in your own words. It can be small.

network-map-closing = Thank you for showing me your network.
    The map can be drawn and printed with `samtale map`, and you can come back to it and change it.
    .note = Ask the citizen before anyone on the map is contacted. Sharing information needs the citizen's consent.
