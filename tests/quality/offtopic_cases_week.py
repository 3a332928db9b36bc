"""Pages on another event of the same kind and the same week for the off-topic audit
(:mod:`offtopic_audit`), added to the stories of :mod:`offtopic_cases`: another quake
that Sunday with its own toll, another company's recall the same day, another trial in
the same court, last year's edition of the event, an explainer dated this month, a
reaction from another country to another accord. Each must be left out: counted as an
outlet, it would raise every count by one. Also short real reports of each story in
their own words, which must be kept. All text is invented: the outlets, places, people
and events are fictional."""

OFF: dict[str, list[tuple[str, str]]] = {
    "quake": [
        (
            "week-otherquake",
            "Quake jolts Serrat coast, three dead\n\nA magnitude 6.2 earthquake struck the Serrat coast on Sunday, killing three people and injuring about 40, the regional governor said. Rescuers searched the rubble of a collapsed hotel in Port Anza. Aftershocks rattled the coast through the night, and a landslide blocked the coastal road.\n",
        ),
        (
            "week-landslide",
            "Landslide buries hamlet in Korvath hills\n\nA landslide after heavy rain buried six houses in the Korvath hills on Monday, killing nine people. Rescuers with dogs dug through mud and rubble, and the army sent engineers to clear blocked roads. About 300 residents spent the night in tents.\n",
        ),
        (
            "week-lastyear",
            "A year after the Ostrava valley quake, many still in tents\n\nOne year after the magnitude 6.0 earthquake that killed 22 people in the Ostrava valley, hundreds of families still live in tents and containers. Engineers say half the damaged stone houses must be demolished. Aftershocks, survivors say, still wake them at night.\n",
        ),
        (
            "week-drill",
            "Schools hold national earthquake drill\n\nPupils across the country ducked under their desks on Monday as schools held the yearly earthquake drill. Teachers led classes to open ground, and civil protection volunteers showed how to shut off gas. Organisers said about 2 million children took part.\n",
        ),
        (
            "week-code",
            "Assembly debates tougher building code for quake zones\n\nDeputies on Monday debated a bill requiring steel frames in new homes in earthquake zones. Engineers told the committee that unreinforced stone houses collapse even in moderate quakes, burying families in rubble. The bill would also fund inspections of schools and churches.\n",
        ),
    ],
    "ferry": [
        (
            "week-cargofire",
            "Crew abandon burning cargo ship off Port Solenne\n\nEighteen crew took to lifeboats on Tuesday after fire broke out in the engine room of the cargo ship Altair off Port Solenne, the coast guard said. Two sailors were treated for smoke inhalation. Tugs were sent to tow the ship to harbour, and an inquiry has been opened.\n",
        ),
        (
            "week-aground",
            "Ferry runs aground near Holm islands\n\nA passenger ferry ran aground in fog near the Holm islands on Wednesday, and the coast guard took 120 passengers off in lifeboats. No one was hurt. The operator said divers would inspect the hull before tugs try to refloat the ship on the evening tide.\n",
        ),
        (
            "week-lastyear",
            "Nordvik Queen families still wait a year on\n\nA year after fire swept through the engine room of the ferry Nordvik Queen, killing two crew, families say the inquiry has yet to report. Passengers recall smoke filling the decks as they climbed into lifeboats. The operator says it has fitted new fire doors to all its ships.\n",
        ),
        (
            "week-rules",
            "New ferry safety rules take effect\n\nFerries must carry extra lifeboats and run monthly evacuation drills under rules that took effect on Wednesday. Engine rooms must be fitted with automatic fire suppression by next year, and every passenger vessel will face an inspection by the coast guard.\n",
        ),
    ],
    "strike": [
        (
            "week-airport",
            "Baggage handlers walk out at Tessaly airport\n\nBaggage handlers at Tessaly airport began a 24-hour strike over pay on Monday, forcing airlines to cancel 80 flights. Their union said members had been offered a 3 percent rise. The airport said talks would resume on Thursday, and passengers were told to travel with hand luggage only.\n",
        ),
        (
            "week-nurses",
            "Nurses vote to strike over pay\n\nNurses in the Corran health district voted on Monday to strike next month after rejecting a 1.5 percent pay offer. Their union said prices had risen far faster than wages. Hospital managers said emergency care would continue during any walkout.\n",
        ),
        (
            "week-buses",
            "Corran bus drivers end strike with pay deal\n\nBus drivers in Corran returned to work on Monday after accepting a 5 percent pay rise, ending a week-long strike. Their union leader said the deal was fair. Commuters, who had crowded onto trains and ferries all week, welcomed the news.\n",
        ),
        (
            "week-dockers",
            "Dockers' strike at Keller port enters third week\n\nContainers piled up at Keller port on Monday as the dockers' strike over pay and shifts entered its third week. The union rejected a 4 percent offer. Shipping lines have begun to divert vessels to other ports.\n",
        ),
    ],
    "heist": [
        (
            "week-otherraid",
            "Thieves smash display cases at Morrow jeweller\n\nThree masked men armed with hammers smashed display cases at Arden Jewellery in Morrow on Saturday and fled with rings and watches worth about 300,000 dollars, police said. The raid lasted less than a minute. No arrests have been made.\n",
        ),
        (
            "week-samecourt",
            "Eastbrook court jails fraudster for five years\n\nA 51-year-old accountant was jailed for five years at Eastbrook Crown Court on Monday for stealing from his clients. Detectives said he had taken savings from 30 pensioners. The judge said he had shown no remorse.\n",
        ),
        (
            "week-carthefts",
            "Police charge man over string of car thefts\n\nPolice arrested a 29-year-old man on Saturday over a string of car thefts and charged him on Sunday. Detectives said several stolen cars were recovered. He will appear in court on Monday. Two other men are being sought.\n",
        ),
        (
            "week-shutters",
            "Jewellers urged to fit shutters after raids\n\nJewellers were urged to fit steel shutters and stronger display cases after a spate of smash-and-grab raids this month. Police said robbers armed with hammers now raid shops in under a minute and target watches, which are easy to sell.\n",
        ),
    ],
    "wildfire": [
        (
            "week-otherfire",
            "Brush fire near Calvera burns 800 hectares\n\nA brush fire near Calvera burned 800 hectares on Thursday and forced about 300 residents to leave their homes, fire officials said. Crews had it 40 percent contained by evening, though strong winds were forecast. A shelter opened at a school.\n",
        ),
        (
            "week-lastyear",
            "A year after the Pinecrest fire, rebuilding is slow\n\nA year after the Pinecrest fire burned 12,000 hectares and forced thousands to evacuate, only a few dozen homes have been rebuilt. Firefighters who fought the blaze say the winds that night were the strongest they had seen.\n",
        ),
        (
            "week-warning",
            "Red flag warning for the coast\n\nForecasters issued a red flag warning on Thursday as hot, dry winds swept the coast. Fire officials urged residents to prepare evacuation plans and clear brush from around their homes. Firefighters from three counties were placed on standby.\n",
        ),
        (
            "week-crews",
            "Firefighters' union calls for more crews\n\nThe firefighters' union said on Thursday that crews were stretched too thin to keep fires contained as they spread over thousands of hectares each summer. It asked for 500 more firefighters and new shelters for evacuated residents.\n",
        ),
    ],
    "treaty": [
        (
            "week-fisheries",
            "Kareth hails fisheries accord with Ostmark\n\nKareth's government on Tuesday hailed the fisheries treaty signed with Ostmark, which sets how much each country's boats may catch in the shared bay. A joint commission will count fish stocks every year. Both parliaments must ratify the accord.\n",
        ),
        (
            "week-drought",
            "Farmers along the Vessa ask for water as drought bites\n\nFarmers along the Vessa river asked the government on Tuesday for emergency water as a dry summer left fields parched. River levels are at their lowest in ten years. Officials said a commission would decide how much water could be taken for irrigation.\n",
        ),
        (
            "week-border",
            "Brelland parliament ratifies border treaty\n\nBrelland's parliament voted on Tuesday to ratify the border treaty signed with Marovia last year, ending a long dispute over two islands. A joint commission will mark the new border. The president called the vote a victory for both countries.\n",
        ),
    ],
    "launch": [
        (
            "week-satellite",
            "Orvan Aerospace puts weather satellite in orbit\n\nOrvan Aerospace launched a weather satellite on Friday aboard its Kite rocket. Controllers made contact with the satellite an hour after launch, and its solar panels deployed as planned. The mission cost 200 million euros.\n",
        ),
        (
            "week-scrub",
            "Asteroid probe launch scrubbed at Kessel range\n\nThe launch of the Tessel probe to the asteroid Morva was called off on Friday minutes before lift-off because of a fault in the rocket's fuel valve. Mission controllers said the next attempt would be in ten days. The probe is due to map the asteroid's surface.\n",
        ),
        (
            "week-anniversary",
            "One year at asteroid Dunlin, Tern probe still sampling dust\n\nA year after it reached the asteroid Dunlin, the Tern probe is still mapping its surface and sampling its dust. Engineers say its solar panels have lost little power. The mission has been extended by two years.\n",
        ),
        (
            "week-newcomet",
            "Astronomers spot a new comet\n\nAstronomers at the Hollen observatory this month spotted a new comet that will pass close to the sun next spring. They say its surface is dark with dust and that no probe could reach it in time.\n",
        ),
    ],
    "club": [
        (
            "week-league",
            "Harwick Athletic clinch title with 3-0 rout\n\nHarwick Athletic won the league title on Saturday, beating Orton Town 3-0. They led 1-0 at half-time and scored twice after the break. Manager Ivo Santi said his players had never stopped believing. The ground was sold out.\n",
        ),
        (
            "week-womens",
            "Bexley Ladies win women's final with late goal\n\nBexley Ladies beat Orton Women 1-0 in the women's cup final on Saturday with a goal in the 89th minute. It is the club's first trophy. Their manager praised the fans who filled the stadium.\n",
        ),
        (
            "week-referee",
            "Referees' body reviews late penalty in Kelton derby\n\nThe referees' body said on Saturday it would review the penalty awarded in the 90th minute of the Kelton derby, which the home side won 2-1 after equalising before half-time. The visiting manager called the decision a disgrace.\n",
        ),
    ],
    "recall": [
        (
            "week-heaters",
            "Norla recalls 12,000 space heaters over fire risk\n\nNorla is recalling about 12,000 space heaters after reports of them overheating and catching fire, the Consumer Safety Board said on Monday. Nine fires have been reported. Owners should stop using the heaters and return them for a refund.\n",
        ),
        (
            "week-shares",
            "Velo-Tec shares jump on e-bike sales\n\nShares in Velo-Tec rose 8 percent on Monday after the company said sales of its electric bikes and scooters doubled. Its chief executive said new batteries had cut charging times in half.\n",
        ),
        (
            "week-charging",
            "How to charge an e-scooter battery safely\n\nFire services this month urged owners of electric scooters not to charge them overnight or near doors. Overheating batteries can catch fire without warning. Use only the charger sold with the scooter and stop charging at once if the battery swells.\n",
        ),
    ],
    "minister": [
        (
            "week-otherresign",
            "Ostland health minister quits over hospital contracts\n\nOstland's health minister resigned on Thursday over contracts awarded to a firm run by her brother. The prime minister accepted the resignation and named a deputy minister as acting health minister. Opposition leaders demanded a full inquiry.\n",
        ),
        (
            "week-bank",
            "Central bank holds rates before budget\n\nThe central bank held interest rates on Thursday, saying it wanted to see the budget before acting. The governor told the Assembly's finance committee that spending plans and tax figures would shape the next decision.\n",
        ),
    ],
    "study": [
        (
            "week-screens",
            "Screens before bed delay sleep, Harlow study finds\n\nAdults who used phones in bed fell asleep about 40 minutes later, researchers at Harlow University reported on Wednesday. The study tracked 800 adults with wrist monitors for two weeks. Caffeine made the effect worse.\n",
        ),
        (
            "week-energy",
            "Energy drinks linked to anxiety in teenagers\n\nTeenagers who drank energy drinks every day reported more anxiety, a study of 3,000 pupils published on Wednesday found. The researchers said caffeine and sugar were to blame and advised no energy drinks after school.\n",
        ),
    ],
}

REAL: dict[str, list[tuple[str, str]]] = {
    "quake": [
        (
            "week-own",
            "Mountain villages mourn\n\nBells were silent in the hill villages on Monday. Fourteen neighbours are dead, hundreds hurt, and whole lanes of old houses lie in heaps. Families who lost everything queued for blankets at the sports hall.\n",
        ),
    ],
    "ferry": [
        (
            "week-own",
            "'We jumped into the boats'\n\nA mother of two said she smelled burning minutes after the ship sailed on Tuesday. Crew shouted at everyone to put on jackets. Within half an hour all 300 aboard were in the boats, she said, and fishermen took them home.\n",
        ),
    ],
    "strike": [
        (
            "week-own",
            "A city on foot\n\nNothing ran on the tracks on Monday. Office workers walked, cycled or waited an hour for a bus as drivers stayed home in a row over wages. The walkout lasts two days.\n",
        ),
    ],
    "wildfire": [
        (
            "week-own",
            "Nights in the fairground shelter\n\nOn camp beds in the livestock hall, families who fled on Thursday wait for news of their streets. About 6,000 left town as the flames came over the ridge. Volunteers serve soup until midnight.\n",
        ),
    ],
    "launch": [
        (
            "week-own",
            "Dawn crowd cheers comet probe\n\nThousands on the beaches cheered on Friday as the probe rose on a pillar of flame, bound for a comet it will reach in six years. Engineers hugged when the first signal came back.\n",
        ),
    ],
    "club": [
        (
            "week-own",
            "Thirty years, then two minutes\n\nThe wait ended on Saturday with a header two minutes from time. Rovers fans who had not seen a trophy since 1994 sang until dark. It finished 2-1.\n",
        ),
    ],
}

#: Long features on another event of the same kind: far from the reports in their words
#: (their own people, places and scenes), yet telling of a day and in the story's words.
LONG: dict[str, list[tuple[str, str]]] = {
    "quake": [
        (
            "long-otherquake",
            "The night the Serrat coast shook\n\nPORT ANZA - The fishermen of Port Anza were mending nets on Sunday when the harbour wall cracked like a biscuit. The earthquake, magnitude 6.2, lasted twenty seconds.\n\nIn the old quarter the Hotel Belmar folded onto its own lobby. Night porter Emilio Sarto crawled out through a window. 'I heard the chandeliers first,' he said.\n\nVolunteers formed chains to pass bricks and beams from the rubble. A bulldozer borrowed from the quarry arrived at dawn. Three guests were found dead; forty more were taken to the clinic in Santa Rena.\n\nAftershocks kept families sleeping on the beach, wrapped in sails and tarpaulins. The mayor, Lidia Corvo, asked the regional government for tents and water tankers.\n\nGeologists from the university in Belcaro said the fault under the bay had been quiet for a century. They warned that a landslide had already closed the cliff road to the lighthouse.\n\nBy evening the fish market had reopened, selling what little the boats had landed. 'We live from the sea,' said trader Ines Palu. 'The sea did not move.'\n",
        ),
    ],
    "ferry": [
        (
            "long-cargofire",
            "Eighteen sailors and a burning ship\n\nPORT SOLENNE - The cargo ship Altair was two hours out of Port Solenne on Tuesday, loaded with timber and tractors, when her chief engineer smelled burning oil.\n\nWithin minutes smoke filled the engine room. Captain Rune Halvik ordered the crew to the lifeboats, and the radio officer, Petra Mose, sent a mayday she had practised a hundred times.\n\nA coast guard cutter reached the lifeboats within the hour. Two sailors were treated for smoke inhalation; the rest were wrapped in blankets on the cutter's deck.\n\nTugs from the Solenne towing company spent the night spraying the hull. The timber in the forward hold never caught. An inquiry will look at a fuel pipe replaced in the spring.\n\nThe Altair's owners, a family firm from Gravik, said they would pay the crew's wages while the ship is repaired. The tractors were insured.\n",
        ),
    ],
    "strike": [
        (
            "long-airport",
            "A day without bags at Tessaly airport\n\nTESSALY - By nine on Monday the carousel hall at Tessaly airport had fallen silent. The baggage handlers' union had begun a 24-hour strike over pay, and airlines cancelled 80 flights.\n\nHandler Kofi Arnesen, 19 years on the ramp, stood on the picket line with a thermos. 'We lift forty tonnes a shift,' he said. 'They offer us 3 percent.'\n\nInside, passengers queued at information desks. A wedding party bound for the islands repacked everything into hand luggage. A school choir camped by gate 12.\n\nThe airport's operations director, Hanne Virt, said talks with the union would resume on Thursday. She apologised to travellers and urged them to check flights before setting out.\n\nAt the taxi rank, drivers said it was the quietest Monday in years.\n",
        ),
    ],
    "wildfire": [
        (
            "long-otherfire",
            "Calvera's long Thursday\n\nCALVERA - The smoke rose behind the olive groves above Calvera just after noon on Thursday. By evening the brush fire had burned 800 hectares and about 300 residents had left their homes.\n\nGoat farmer Teo Marsh drove his herd down the valley road with a pickup's headlights on at four in the afternoon. 'The sky was orange,' he said.\n\nThe village school became a shelter. Its headteacher, Rosa Ilves, handed out blankets and cocoa while volunteers set up camp beds in the gym.\n\nCrews from three towns cut firebreaks through the scrub. By nightfall the fire was 40 percent contained, but forecasters warned of strong winds.\n\nNo homes were lost. The cause, officials said, may have been a spark from a farm machine.\n",
        ),
    ],
    "heist": [
        (
            "long-otherraid",
            "Sixty seconds at Arden Jewellery\n\nMORROW - At closing time on Saturday, three men in motorbike helmets walked into Arden Jewellery on Castle Street. One stood at the door. Two swung hammers at the display cases.\n\nManager Oona Felt pressed the alarm under the counter. 'Glass everywhere,' she said. 'They knew exactly which cases held the watches.'\n\nThe raid lasted less than a minute. The men fled on two scooters down Mill Lane with rings and watches worth about 300,000 dollars, Morrow police said.\n\nDetective Sergeant Ivo Lamb asked anyone with dashboard camera footage to come forward. No arrests have been made.\n\nThe shop, in the same family for three generations, reopened on Monday with boards over its windows.\n",
        ),
    ],
    "launch": [
        (
            "long-satellite",
            "Kite rocket lifts weather satellite\n\nHARROW SANDS - Orvan Aerospace's Kite rocket rose from the Harrow Sands pad on Friday carrying Skyeye-3, a weather satellite built to watch storms over the southern ocean.\n\nFlight director Amos Reyl counted down from a cabin by the dunes. Controllers made contact with the satellite an hour after launch, and its solar panels deployed as planned.\n\nSkyeye-3 will image cloud tops every ten minutes. Meteorologist Tove Brandt said the pictures would sharpen storm warnings for fishing fleets.\n\nThe mission cost 200 million euros. Schoolchildren from Harrow watched from the beach and sent their names into orbit on a chip.\n",
        ),
    ],
}
for _story, _extra in LONG.items():
    OFF[_story] = OFF[_story] + _extra
