"""Invented stories for the off-topic audit (:mod:`offtopic_audit`): for each, four base
reports, odd real reports of it (a brief without names, a live blog, a local piece, an
opinion column, a translated wire, a nickname...) that must be kept, and pages on other
things (an explainer of the subject, a product page, a profile, another event in the
story's town) that should be left out. All text is invented: the outlets, places, people
and events are fictional. Pages on another event of the same kind and week
(:mod:`offtopic_cases_week`) are added to each story at the end."""

from offtopic_cases_week import OFF as _WEEK_OFF
from offtopic_cases_week import REAL as _WEEK_REAL

STORIES: dict[str, dict] = {}

STORIES["ferry"] = dict(
    base=[
        (
            "Ferry fire forces 300 to abandon ship off Velmora",
            [
                "VELMORA, Kestland (Harbour Wire) - Fire broke out on the passenger ferry Marisol Star off Velmora on Tuesday, forcing about 300 passengers into lifeboats, the Kestland coast guard said.",
                "Coast guard commander Ilse Varga said the blaze started in the engine room shortly after the ferry left port for the island of Dunmore. Eleven people were treated for smoke inhalation.",
                "Brightwater Lines, which operates the Marisol Star, said it would cooperate fully with investigators.",
            ],
        ),
        (
            "Marisol Star passengers describe panic as smoke filled decks",
            [
                "Passengers rescued from the burning Marisol Star described thick black smoke pouring across the decks as crew handed out life jackets.",
                "The ferry, operated by Brightwater Lines, was carrying 296 passengers and 31 crew from Velmora to Dunmore when the fire began, according to the Kestland coast guard.",
                "Ilse Varga, who led the rescue, praised fishing boats that helped ferry people to shore.",
            ],
        ),
        (
            "Kestland orders inquiry into Velmora ferry blaze",
            [
                "Kestland's transport ministry ordered an inquiry on Wednesday into the fire that crippled the Marisol Star near Velmora.",
                "Brightwater Lines said the vessel had passed a safety inspection in March. The coast guard said all passengers were accounted for and eleven had been treated in hospital.",
                "Commander Ilse Varga said tugs had towed the ferry back to Velmora harbour overnight.",
            ],
        ),
        (
            "Investigators board fire-hit ferry",
            [
                "Investigators boarded the Marisol Star in Velmora harbour on Wednesday to examine the engine room where Tuesday's fire began.",
                "Brightwater Lines suspended its Dunmore route while the inquiry runs. Kestland coast guard officials said no one died in the fire, though eleven passengers needed hospital care for smoke.",
                "Ilse Varga said the crew had followed evacuation drills well.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Ferry fire, hundreds evacuated\n\nAbout 300 passengers were evacuated into lifeboats on Tuesday after fire broke out in the engine room of a passenger ferry shortly after it left port, the coast guard said. Eleven people were treated for smoke inhalation. There were no deaths. Fishing boats helped bring passengers ashore, and tugs towed the ferry back to harbour.\n",
        ),
        (
            "pronouns",
            "Ferry operator defends safety record after fire\n\nThe company that runs the burned ferry said on Wednesday the ship had passed a full safety inspection only months ago.\n\nIts chief executive told reporters the crew had done everything right. 'Every passenger came home,' he said. 'That is what the drills are for.'\n\nThe commander of the coast guard said earlier that the fire began in the engine room and that eleven passengers were taken to hospital with smoke inhalation. The ministry has ordered an inquiry, and the route to the island is suspended while it runs.\n",
        ),
        (
            "liveblog",
            "LIVE: ferry fire updates\n\n14:02 - We are hearing reports of smoke from a ferry just outside the harbour.\n\n14:15 - Coast guard confirms fire in the engine room. Passengers being moved to lifeboats.\n\n14:40 - Fishing boats now helping. Around 300 people on board according to the operator.\n\n15:10 - Coast guard says everyone is off the ship. Some treated for smoke.\n\n16:30 - Tugs on their way to tow the ship back in.\n",
        ),
        (
            "translated",
            "Incendie sur un ferry: 300 passagers evacues\n\nVELMORE (Agence Continentale) - Un incendie s'est declare mardi a bord du ferry Marisol Star au large de Velmore, en Kestlande, obligeant quelque 300 passagers a monter dans les canots, selon les garde-cotes kestlandais.\n",
        ),
        (
            "translated_en",
            "Kestlandic ferry burns off Velmore\n\nA fire aboard the ferry Marisol-Star off the Kestlandic port of Velmore on Tuesday forced some 300 passengers into lifeboats, Kestlandic coast guards said. Commandant I. Varga said the fire began in the machine room. Eleven passengers were hospitalised for smoke. The operator, Brightwater, said the vessel had passed inspection.\n",
        ),
        (
            "nickname",
            "'Smoke Tuesday' inquiry opens\n\nThe inquiry into what islanders now call Smoke Tuesday opened on Friday, three days after fire crippled the morning boat to the island. Divers inspected the hull and engineers took samples from the engine room. The ministry said a first report would be ready within a month. No one died in the fire, but eleven people needed hospital care.\n",
        ),
        (
            "local",
            "Dunmore families wait at the quay\n\nDUNMORE - Families gathered at the quay here on Tuesday afternoon as word spread of a fire on the morning boat.\n\nShopkeeper Rosalind Tegg said her sister had been aboard. 'She rang from the lifeboat. She was coughing but she was laughing too,' Tegg said.\n\nParish councillor Amos Brede said the island depended on the crossing for food and post, and asked for a replacement boat within the week.\n",
        ),
    ],
    off=[
        (
            "explainer",
            "How ships fight engine room fires\n\nEngine rooms are the most common place for a fire to start on a ship. Fuel, oil and hot surfaces sit side by side, and a small leak onto an exhaust pipe can ignite in seconds.\n\nMost modern vessels carry fixed gas systems that flood the space and smother a fire once the crew have left. Crews train to shut fuel valves and ventilation from outside the compartment.\n\nRegulators require drills at regular intervals, and inspectors check that fire doors close and that pumps work.\n",
        ),
        (
            "cityevent",
            "Velmora food festival draws record crowds\n\nVELMORA - The city's autumn food festival drew a record 40,000 visitors over the weekend, organisers said, with long queues for grilled sardines and chestnut cakes.\n\nMayor Petronel Usk said the festival had brought welcome trade to the old town. Chef Lidia Marr won the festival's prize for her fish stew.\n",
        ),
        (
            "product",
            "Seabreeze 40 inflatable life raft\n\nThe Seabreeze 40 is a self-righting inflatable life raft for leisure boats up to 12 metres. It inflates in under 30 seconds and carries up to six adults.\n\nFeatures: double canopy, sea anchor, rain catcher, emergency pack with flares and water.\n\nWeight 28 kg. Price includes a three-year service plan. Free delivery on orders this month.\n",
        ),
    ],
)

STORIES["recall"] = dict(
    base=[
        (
            "Tarvik Motors recalls 80,000 e-scooters over battery fires",
            [
                "Tarvik Motors is recalling about 80,000 electric scooters after reports of batteries overheating and catching fire, the Consumer Safety Board said on Monday.",
                "The recall covers the Tarvik Glide 2 sold between January and August. Chief executive Dana Holm said owners should stop charging the scooters at once.",
                "The board said it had received 41 reports of fires, including two that damaged homes.",
            ],
        ),
        (
            "Tarvik pulls Glide 2 scooter from sale",
            [
                "Tarvik has stopped selling its Glide 2 scooter and asked owners to return them for a refund or a new battery pack.",
                "Dana Holm, Tarvik's chief executive, apologised to customers in a video message. The Consumer Safety Board said 41 fires had been reported, with minor burns in three cases.",
                "Shares in Tarvik fell 6 percent on the news.",
            ],
        ),
        (
            "Regulator warns scooter owners after 41 battery fires",
            [
                "The Consumer Safety Board warned owners of Tarvik Glide 2 scooters on Monday not to charge them indoors after 41 battery fires.",
                "Tarvik Motors said the fault lay with a battery cell supplier and that the recall would cost about 30 million dollars. Holm said replacement packs would ship from October.",
                "About 80,000 scooters are affected.",
            ],
        ),
        (
            "Scooter maker faces questions over recall timing",
            [
                "Consumer groups asked why Tarvik Motors waited until August to act on reports of battery fires in its Glide 2 scooter.",
                "The company's chief executive, Dana Holm, said Tarvik had acted as soon as tests confirmed the fault. The Consumer Safety Board said it was reviewing the timing.",
                "The recall covers 80,000 scooters.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Scooter recall\n\nA scooter maker is recalling about 80,000 electric scooters after 41 reports of batteries catching fire, the safety regulator said on Monday. Owners were told to stop charging them. Two fires damaged homes and three people suffered minor burns. Replacement batteries will ship from October, the company said.\n",
        ),
        (
            "pronouns",
            "Company chief apologises over scooter fires\n\nThe company's chief executive apologised on Monday to owners of its best-selling scooter after dozens of battery fires.\n\n'We let you down,' she said in a video posted online. The firm blamed a supplier of battery cells and said the recall would cost around 30 million dollars.\n\nThe regulator has told owners not to charge the scooters indoors.\n",
        ),
        (
            "qa",
            "Q&A: what scooter owners need to know\n\nWhich scooters are affected? The Glide 2, sold from January to August.\n\nWhat should I do? Stop charging it and do not ride it. Register for a refund or a new battery.\n\nHow many fires have there been? The regulator says 41.\n\nWhen will new batteries arrive? From October, the maker says.\n",
        ),
        (
            "split",
            "Tarvik Corp shares slide on recall\n\nShares of Tarvik Corp fell 6 percent on Monday after the scooter maker announced the recall of its Glide-2 model following 41 battery fires. Analysts at Forde Capital estimated the cost at 30 million dollars, in line with the company's own figure.\n",
        ),
        (
            "nickname",
            "'Hotboard' owners still waiting for batteries\n\nOwners of the scooter nicknamed the Hotboard online say they are still waiting for replacement batteries a month after the recall. Many said the refund form crashed repeatedly. The maker said the first packs would ship in October as promised and that 20,000 owners had already registered.\n",
        ),
        (
            "local",
            "Fire at Brookfield flat blamed on charging scooter\n\nBROOKFIELD - A charging scooter set fire to a first-floor flat on Elm Row on Saturday, fire crews said.\n\nResident Kofi Adjei said he woke to the smoke alarm. Station officer Helen Marsh said the model was one covered by a national recall and urged people to check.\n",
        ),
    ],
    off=[
        (
            "explainer",
            "Lithium batteries: how to charge safely\n\nLithium-ion batteries power phones, laptops and e-bikes. They store a lot of energy in a small space, and damage or poor manufacture can lead to overheating.\n\nCharge devices on hard surfaces, away from beds and sofas. Do not leave them charging overnight. Use the charger that came with the device and stop using any battery that swells or smells.\n",
        ),
        (
            "product",
            "Volt Runner X scooter review\n\nThe Volt Runner X is a light commuter scooter with a 25 km range and a top speed of 25 km/h. It folds in three seconds and weighs 12 kg.\n\nThe ride is firm on rough roads, but the brakes are excellent and the app is simple. Battery life matched the claims in our tests. Verdict: four stars.\n",
        ),
        (
            "profile",
            "The inventor who wants to reinvent the bicycle bell\n\nMarguerite Olsund has spent six years designing a bicycle bell that can be heard over traffic without startling walkers. Her workshop in a converted dairy is full of prototypes.\n\n'People think a bell is solved,' she says. 'It isn't.' She hopes to sell the first thousand next spring.\n",
        ),
    ],
)

STORIES["minister"] = dict(
    base=[
        (
            "Sandovia finance minister resigns over budget leak",
            [
                "Sandovia's finance minister Orla Brennick resigned on Thursday after draft budget figures were leaked to a newspaper a week before they were due in the Assembly.",
                "Prime Minister Teodor Halas accepted the resignation and named deputy minister Pavel Dusek as acting finance minister.",
                "Brennick denied any part in the leak but said she took responsibility for her ministry.",
            ],
        ),
        (
            "Brennick quits, Halas names Dusek acting minister",
            [
                "Orla Brennick stepped down as Sandovia's finance minister after a leak of the draft budget.",
                "Teodor Halas said in a statement that he respected her decision. Pavel Dusek will present the budget to the Assembly next week as planned.",
                "Opposition leaders demanded a full inquiry into the leak.",
            ],
        ),
        (
            "Leak inquiry begins after Sandovian minister's exit",
            [
                "Police in Sandovia opened an inquiry on Friday into how the draft budget reached the Daily Courant newspaper, a day after finance minister Orla Brennick resigned.",
                "Prime Minister Teodor Halas said the government would cooperate. Brennick had led the finance ministry for three years.",
                "Acting minister Pavel Dusek said the budget timetable was unchanged.",
            ],
        ),
        (
            "Markets calm as Sandovia budget chief resigns",
            [
                "Sandovia's currency held steady on Thursday after finance minister Orla Brennick resigned over the leaked budget.",
                "Analysts said Pavel Dusek, named acting minister by Teodor Halas, was a safe pair of hands. The budget is due in the Assembly on Tuesday.",
                "The Daily Courant published the leaked figures last week.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Minister resigns\n\nThe finance minister resigned on Thursday after draft budget figures were leaked to a newspaper, the prime minister's office said. She denied any part in the leak. Her deputy will serve as acting minister and present the budget to parliament next week as planned. Police have opened an inquiry.\n",
        ),
        (
            "pronouns",
            "Minister goes, budget stays\n\nThe minister did not wait to be pushed. Less than a week after the leak, she walked into the prime minister's office and handed over her letter.\n\nHe accepted it within the hour. Her deputy, a quiet economist who has spent two decades in the ministry, will now stand up in parliament and present a budget that everyone has already read.\n\nThe opposition wants an inquiry. The police have begun one.\n",
        ),
        (
            "transcript",
            "Transcript: prime minister's statement\n\nPRIME MINISTER: Good afternoon. This morning the minister of finance offered me her resignation, and I have accepted it.\n\nQUESTION: Did she leak the budget?\n\nPRIME MINISTER: She has told me she did not, and I believe her. But she has taken responsibility for her ministry, and I respect that.\n\nQUESTION: Who presents the budget?\n\nPRIME MINISTER: Her deputy, as acting minister, on Tuesday as planned.\n",
        ),
        (
            "translated",
            "Sandovian finance chief quits over leak\n\nThe Sandovian minister of finances, Orla Brenik, presented her demission on Thursday after the project of budget was leaked to the press, the Sandovian government communicated. Premier T. Hallas accepted. Vice-minister P. Duszek assumes the interim.\n",
        ),
        (
            "nickname",
            "'Leakgate' claims its first scalp\n\nLeakgate has its first casualty. The finance chief who presided over the week's most embarrassing breach has gone, and the deputy who replaces her has five days to steady nerves before budget day. Police say their inquiry will take weeks.\n",
        ),
        (
            "local",
            "Brennick's home town reacts\n\nKORVEN - In the market town where she grew up, few had a bad word to say on Thursday.\n\n'She was always straight with us,' said baker Tomas Lend, who sold her bread for twenty years. Town clerk Ivana Rusk said the council would write to thank her for her years of service.\n",
        ),
    ],
    off=[
        (
            "explainer",
            "How a budget is made\n\nA government budget sets out how much the state plans to spend and raise in taxes over the coming year. Ministries send their requests months in advance, and the finance ministry weighs them against forecasts of growth.\n\nThe draft is kept secret until it is presented to parliament, because advance knowledge of tax changes could let people profit. After the speech, members debate and vote on it line by line.\n",
        ),
        (
            "cityevent",
            "Sandovia capital opens new tram line\n\nThe capital's new tram line opened on Thursday, linking the central station with the university district in twelve minutes.\n\nMayor Lukas Verhaar cut the ribbon at Station Square. Transport director Irena Saal said 20,000 passengers a day were expected.\n",
        ),
        (
            "profile",
            "A portrait painter's quiet year\n\nFor painter Elin Sorvald, the year has been spent mostly in one room with north light and one sitter at a time. Her portraits of fishermen will be shown at the National Gallery in spring.\n\n'I want the faces to be tired and proud at once,' she says.\n",
        ),
    ],
)

STORIES["quake"] = dict(
    base=[
        (
            "Quake kills 14 in Quellar mountains",
            [
                "A magnitude 5.9 earthquake struck Quellar province on Sunday, killing at least 14 people and flattening homes in the town of Ribasco, the Civil Protection Agency said.",
                "Agency director Marco Tellini said rescue teams were digging through rubble in three villages. More than 200 people were injured.",
                "Roads into the mountains were blocked by landslides.",
            ],
        ),
        (
            "Rescuers search rubble in Ribasco after earthquake",
            [
                "Rescuers worked through the night in Ribasco, where Sunday's earthquake brought down the church tower and dozens of stone houses.",
                "The Civil Protection Agency raised the death toll to 14. Marco Tellini said tents were being sent for about 3,000 homeless residents of Quellar province.",
                "Aftershocks continued on Monday.",
            ],
        ),
        (
            "Quellar earthquake: death toll rises, aid arrives",
            [
                "Aid convoys reached Ribasco on Monday after army engineers cleared landslides on the road from Quellar city.",
                "The earthquake, measured at 5.9, killed 14 people and injured more than 200, according to the Civil Protection Agency. Tellini said the search for the missing would continue.",
                "Schools across the province were closed.",
            ],
        ),
        (
            "Survivors camp out as aftershocks rattle Quellar",
            [
                "Thousands of residents of Quellar province slept in tents and cars on Monday night as aftershocks shook the mountains.",
                "In Ribasco, where most of the 14 deaths occurred, survivors said the ground moved for almost a minute. Civil Protection Agency chief Marco Tellini urged people to stay out of damaged buildings.",
                "Engineers are inspecting homes.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Earthquake kills 14\n\nAn earthquake of magnitude 5.9 struck a mountain province on Sunday, killing at least 14 people and injuring more than 200, civil protection officials said. Landslides blocked roads, and about 3,000 people were left homeless. Rescue teams searched through rubble in three villages.\n",
        ),
        (
            "pronouns",
            "Agency chief: 'we will not stop searching'\n\nThe head of the civil protection agency said on Monday his teams would keep searching the rubble until every missing person was found.\n\nSpeaking in the worst-hit town, he said tents had arrived for the homeless and that army engineers had reopened the mountain road. The toll stands at 14 dead.\n",
        ),
        (
            "liveblog",
            "Earthquake live\n\n06:10 - Strong shaking reported across the mountains.\n\n06:45 - Seismologists put the magnitude at 5.9.\n\n08:20 - First reports of collapsed houses and a church tower down.\n\n11:00 - Civil protection says at least 9 dead.\n\n18:30 - Toll now 14. Landslides blocking roads.\n",
        ),
        (
            "translated",
            "Quellar earthquake: 14 victims\n\nA seism of magnitude 5.9 has struck the Quelar province on Sunday, making at least 14 victims in the commune of Rivasco, announced the Protezione Civile. Director M. Tellini declared that the researches continue in the rubbles. More than 200 persons are wounded.\n",
        ),
        (
            "nickname",
            "A month after 'the Long Minute'\n\nA month after the Long Minute, as survivors call the shaking that brought down their homes, most of the mountain villages still live in tents. Rebuilding has not begun. The agency says the first prefabricated houses will arrive before winter. Fourteen people died.\n",
        ),
        (
            "local",
            "Ribasco priest holds mass in the square\n\nRIBASCO - Father Anselmo Viti said mass in the open square on Sunday evening, beside the ruins of the church tower.\n\nShepherd Gino Fabbri said he had lost forty sheep and his barn. 'But my family is alive,' he said. Baker Nella Curzi handed out bread to everyone in the square.\n",
        ),
    ],
    off=[
        (
            "explainer",
            "What is earthquake magnitude?\n\nMagnitude measures the energy released at the source of an earthquake. Each whole number on the scale means about 32 times more energy.\n\nIntensity is different: it describes how strongly shaking is felt at a place, which depends on distance, soil and the quality of buildings. A moderate earthquake can do great damage where houses are built of unreinforced stone.\n",
        ),
        (
            "product",
            "Grab-and-go emergency kit, 72 hours\n\nThis emergency kit holds food and water for one adult for 72 hours, a wind-up radio, torch, first aid kit, foil blankets and a whistle.\n\nPacked in a waterproof backpack. Shelf life five years. Order two and save 10 percent.\n",
        ),
        (
            "cityevent",
            "Quellar city hosts cheese fair\n\nQUELLAR - The city's spring cheese fair opened on Saturday with 120 producers from across the region.\n\nFair director Bruna Oddi said a record 15,000 visitors were expected. The prize for best aged cheese went to the Valmora dairy cooperative.\n",
        ),
    ],
)

STORIES["study"] = dict(
    base=[
        (
            "Late coffee cuts sleep by an hour, Northfield study finds",
            [
                "Drinking coffee after 4 p.m. cut adults' sleep by about an hour a night, researchers at Northfield University reported in the Journal of Sleep Medicine.",
                "The study, led by Dr Amara Quist, tracked 1,200 adults with wrist monitors for two weeks.",
                "Quist said many participants did not notice they were sleeping less.",
            ],
        ),
        (
            "Afternoon coffee linked to shorter sleep",
            [
                "Adults who drank coffee in the late afternoon slept about 60 minutes less than those who stopped by noon, according to a Northfield University study.",
                "Amara Quist, the sleep researcher who led the work, said the effect was strongest in people over 50. The findings appear in the Journal of Sleep Medicine.",
                "The team used wrist monitors rather than questionnaires.",
            ],
        ),
        (
            "Your 4 p.m. coffee may cost you an hour of sleep",
            [
                "A study of 1,200 adults from Northfield University suggests late coffee steals an hour of sleep a night.",
                "Writing in the Journal of Sleep Medicine, Dr Amara Quist and colleagues said participants underestimated the effect. Quist advised stopping caffeine by early afternoon.",
                "Tea had a smaller effect.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Late coffee and sleep\n\nAdults who drank coffee after 4 p.m. slept about an hour less a night than those who stopped earlier, a study of 1,200 people published on Wednesday found. Researchers used wrist monitors for two weeks. The effect was strongest in people over 50.\n",
        ),
        (
            "pronouns",
            "Researcher: most people don't notice lost sleep\n\nThe scientist who led the study said the most striking result was how little people noticed.\n\n'They told us they slept fine,' she said. 'The monitors told us otherwise.' Her team followed 1,200 adults for two weeks. Those who drank coffee in the late afternoon slept about an hour less.\n",
        ),
        (
            "qa",
            "Q&A: should I stop my afternoon coffee?\n\nWhat did the study find? People who had coffee after 4 p.m. slept about an hour less.\n\nHow was sleep measured? With wrist monitors, over two weeks, in 1,200 adults.\n\nDoes tea count? It had a smaller effect.\n\nWhat do the researchers advise? Stop caffeine by early afternoon.\n",
        ),
    ],
    off=[
        (
            "clinic",
            "Insomnia: symptoms and causes\n\nInsomnia is a common sleep disorder that can make it hard to fall asleep or stay asleep. Short-term insomnia may last days or weeks and is often caused by stress. Long-term insomnia lasts a month or more.\n\nCaffeine, nicotine and alcohol can all disturb sleep. Coffee, tea and cola are stimulants, and drinking them late in the day can keep you from falling asleep.\n\nSee a doctor if insomnia makes it hard to function during the day.\n",
        ),
        (
            "product",
            "BrewMaster 9 espresso machine\n\nThe BrewMaster 9 makes cafe-quality espresso at home with a 15-bar pump and a built-in grinder. Steam wand for milk. Water tank 1.8 litres.\n\nIn the box: machine, two filter baskets, tamper, milk jug. Two-year warranty.\n",
        ),
    ],
)

STORIES["strike"] = dict(
    base=[
        (
            "Port Hallam rail strike halts trains",
            [
                "Trains across Port Hallam stopped on Monday as members of the Transit Workers Guild began a 48-hour strike over pay.",
                "Guild leader Mick Oyelaran said drivers had been offered a 2 percent rise while prices rose 7 percent. The operator, Hallam Rail, said talks had broken down on Friday.",
                "Commuters crowded onto buses and ferries.",
            ],
        ),
        (
            "Commuters stranded as Guild walks out",
            [
                "Hundreds of thousands of commuters in Port Hallam faced long waits on Monday as the Transit Workers Guild strike shut the rail network.",
                "Hallam Rail said it ran no trains at all. Mick Oyelaran told a rally outside Central Station that the Guild would strike again next month without a better offer.",
                "City officials added extra buses.",
            ],
        ),
        (
            "Hallam Rail and union trade blame over strike",
            [
                "Hallam Rail accused the Transit Workers Guild of walking away from talks, while the union said the company's 2 percent offer was an insult.",
                "Oyelaran said the Guild was ready to meet at any time. The 48-hour strike in Port Hallam ends on Wednesday morning.",
                "Mayor Celia Brandt urged both sides to return to talks.",
            ],
        ),
        (
            "Port Hallam strike: what happens next",
            [
                "The Transit Workers Guild strike that closed Port Hallam's trains on Monday is due to end on Wednesday, but the dispute with Hallam Rail is far from over.",
                "Mick Oyelaran said members had voted for three more days of action next month. Mayor Celia Brandt said the city could not afford a long dispute.",
                "Pay talks are expected to resume.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Rail strike\n\nTrains were halted across the city on Monday as rail workers began a 48-hour strike over pay. The union said its members had been offered a 2 percent rise while prices rose 7 percent. The operator said talks broke down on Friday. Extra buses ran.\n",
        ),
        (
            "pronouns",
            "Union chief: 'we will be back'\n\nThe union's leader told a rally on Monday that his members would strike again next month unless the company improved its offer.\n\nStanding on a crate outside the main station, he said drivers could not live on a 2 percent rise. The company said it could not afford more. The mayor urged both sides to talk.\n",
        ),
        (
            "liveblog",
            "Strike day live\n\n05:00 - No trains leaving the depots this morning.\n\n07:30 - Bus queues stretching round the block at the main station.\n\n09:15 - Union rally begins. Leader says the offer is an insult.\n\n12:00 - Operator says talks could resume 'at any time'.\n",
        ),
        (
            "local",
            "Bakery owner counts the cost of strike day\n\nPORT HALLAM - Greta Sloane opens her bakery on Dock Road at six every morning. On Monday, her staff could not get in.\n\n'I baked alone and sold half as much,' she said. Her neighbour, florist Ade Banjo, closed early.\n",
        ),
    ],
    off=[
        (
            "explainer",
            "What is a strike ballot?\n\nBefore a union can call a lawful strike, it usually has to ballot its members. The ballot paper must state the dispute and the action planned.\n\nIf enough members vote and a majority back action, the union must give the employer notice before a strike begins. Rules differ between countries.\n",
        ),
        (
            "cityevent",
            "Port Hallam aquarium welcomes baby otters\n\nPORT HALLAM - Two otter pups were born at the city aquarium last month and went on show on Monday.\n\nKeeper Nadia Strom said the pups, named Pebble and Kelp, were doing well. Director Olaf Brink said visitor numbers had doubled since the news.\n",
        ),
    ],
)

STORIES["heist"] = dict(
    base=[
        (
            "Eastbrook police arrest man over Cavendale jewellery heist",
            [
                "Police in Eastbrook arrested a 34-year-old man on Saturday over last week's robbery at Cavendale Jewellers, in which rings and watches worth about 2 million dollars were taken.",
                "Detective Inspector Ruth Abara said the man, Harlan Pike, was arrested at a flat near the railway station. Some of the watches were recovered.",
                "Two other men are still being sought.",
            ],
        ),
        (
            "Suspect held in Cavendale Jewellers robbery",
            [
                "Harlan Pike, 34, was charged on Sunday with robbery after the raid on Cavendale Jewellers in central Eastbrook.",
                "Ruth Abara of Eastbrook police said officers recovered eleven watches. The robbers had smashed display cases with hammers during the raid, which lasted less than a minute.",
                "Pike will appear in court on Monday.",
            ],
        ),
        (
            "Jewellery raid: police seek two more men",
            [
                "Eastbrook detectives are searching for two men they believe took part in the Cavendale Jewellers raid, after arresting Harlan Pike on Saturday.",
                "Detective Inspector Ruth Abara released images of a silver car seen near the shop. The gang escaped with jewellery valued at 2 million dollars.",
                "Staff were unhurt but shaken.",
            ],
        ),
        (
            "Man charged after 2 million dollar jewel robbery",
            [
                "A man has been charged over the robbery of Cavendale Jewellers in Eastbrook, police said on Sunday.",
                "Harlan Pike was arrested after a tip from the public, according to Ruth Abara. Eleven of the stolen watches were found at his flat.",
                "The shop's owner said it would reopen next week.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Arrest in jewel robbery\n\nPolice arrested a 34-year-old man on Saturday over a jewellery shop robbery in which rings and watches worth about 2 million dollars were taken last week. Eleven watches were recovered at his flat. Two other men are still being sought, detectives said.\n",
        ),
        (
            "pronouns",
            "Detective: 'the public cracked this case'\n\nThe detective leading the inquiry said on Sunday that a phone call from a neighbour had led officers to the suspect's flat.\n\nShe said eleven watches were found there and that two more men were wanted. The shop's owner thanked the police. The suspect appears in court on Monday.\n",
        ),
        (
            "court",
            "Heist suspect remanded\n\nA man accused of taking part in a 2 million dollar jewellery raid was remanded in custody on Monday. He spoke only to confirm his name and address. The prosecutor said eleven stolen watches had been found at his home. The case was sent to the higher court.\n",
        ),
        (
            "local",
            "Shop neighbours recall the raid\n\nEASTBROOK - Newsagent Sunil Varma was stacking papers when he heard the glass break.\n\n'It was over before I got to the door,' he said. Cafe owner Beth Kerrigan said her customers ducked under tables. 'Then the car was gone.'\n",
        ),
    ],
    off=[
        (
            "explainer",
            "How to tell a real diamond\n\nA real diamond conducts heat quickly, so it will not fog for long when you breathe on it. Under a loupe, most natural stones show tiny inclusions.\n\nA reputable jeweller will give a certificate from an independent lab. Be wary of prices that seem too good to be true.\n",
        ),
        (
            "product",
            "Aurelia women's gold watch\n\nThe Aurelia is an elegant 18-carat gold watch with a mother-of-pearl dial and a Swiss quartz movement. Water resistant to 30 metres. Sapphire crystal.\n\nPresented in a wooden gift box. Free engraving.\n",
        ),
    ],
)

STORIES["wildfire"] = dict(
    base=[
        (
            "Wildfire forces evacuation of Mirador Springs",
            [
                "A wildfire in the Sierra Tolano hills forced the evacuation of about 6,000 residents of Mirador Springs on Thursday, fire officials said.",
                "Fire chief Luz Arredondo said the fire had burned 4,000 hectares and was 10 percent contained. Strong winds pushed the flames toward the town overnight.",
                "Shelters opened in the county fairgrounds.",
            ],
        ),
        (
            "Sierra Tolano fire grows, 6,000 flee",
            [
                "The fire in the Sierra Tolano grew to 4,000 hectares on Thursday as 6,000 people left Mirador Springs.",
                "Luz Arredondo said crews had saved most homes on the town's edge. Three firefighters suffered minor injuries.",
                "The cause is under investigation.",
            ],
        ),
        (
            "Crews hold line at Mirador Springs",
            [
                "Firefighters held the wildfire at the edge of Mirador Springs on Friday as winds eased in the Sierra Tolano.",
                "Chief Luz Arredondo said containment had risen to 25 percent and that residents might return within days. About 6,000 had been evacuated.",
                "Twelve outbuildings were destroyed.",
            ],
        ),
        (
            "Evacuees wait for news as Sierra Tolano fire burns",
            [
                "Residents of Mirador Springs waited at shelters on Friday for word of their homes as the Sierra Tolano wildfire burned on.",
                "Luz Arredondo said the fire had burned 4,000 hectares. Three firefighters were hurt.",
                "Volunteers served meals at the fairgrounds.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Wildfire evacuation\n\nAbout 6,000 residents of a hill town were evacuated on Thursday as a wildfire burned 4,000 hectares, fire officials said. The fire was 10 percent contained. Strong winds pushed it toward the town overnight. Three firefighters were slightly hurt.\n",
        ),
        (
            "pronouns",
            "Chief: 'the wind turned just in time'\n\nThe county's fire chief said on Friday that a change in the wind overnight had saved the town.\n\nShe said her crews had held the line at the last streets and that residents might go home within days. Containment stood at a quarter. Some outbuildings were lost.\n",
        ),
        (
            "translated",
            "Incendie: 6 000 evacues a Mirador\n\nUn incendie de foret dans la sierra Tolano a force l'evacuation d'environ 6 000 habitants de Mirador Springs jeudi, selon les pompiers. Le feu a brule 4 000 hectares.\n",
        ),
        (
            "local",
            "Shelter volunteers cook for hundreds\n\nFAIRGROUNDS - Church volunteer Maribel Ocampo has made 900 tortillas since Thursday.\n\n'People come in with nothing,' she said. Retired teacher Walt Dunning organised cots and blankets. 'We will stay as long as they need us.'\n",
        ),
    ],
    off=[
        (
            "explainer",
            "How to prepare your home for wildfire season\n\nClear dry leaves from gutters and roofs. Keep a five-metre zone around your house free of dry plants and firewood.\n\nHave a go-bag ready with documents, medicines and water. Know two ways out of your neighbourhood, and sign up for local alerts.\n",
        ),
        (
            "cityevent",
            "Mirador Springs wins best small town award\n\nMIRADOR SPRINGS - The town was named the region's best small town on Tuesday for its restored main street and farmers' market.\n\nCouncillor Ray Tibbs said the award would bring visitors. Market manager June Alvarez thanked the growers.\n",
        ),
    ],
)

STORIES["treaty"] = dict(
    base=[
        (
            "Valdoria and Nesmark sign Orin River water treaty",
            [
                "Valdoria and Nesmark signed a treaty on Tuesday to share the waters of the Orin River, ending a ten-year dispute, officials said in Lystad.",
                "Valdorian President Ines Carrow and Nesmark's Prime Minister Hugo Alvelund signed the deal, which sets how much water each country may take in dry summers.",
                "A joint commission will monitor river levels.",
            ],
        ),
        (
            "Orin River deal ends decade of dispute",
            [
                "The treaty signed in Lystad gives Nesmark 55 percent of the Orin River's summer flow and Valdoria 45 percent.",
                "Ines Carrow called it a victory for farmers on both banks. Hugo Alvelund said the joint commission would publish river readings every week.",
                "The parliaments of both countries must ratify it.",
            ],
        ),
        (
            "Farmers welcome Valdoria-Nesmark water pact",
            [
                "Farmers along the Orin River welcomed the water-sharing treaty signed by Valdoria and Nesmark in Lystad on Tuesday.",
                "Under the deal, a joint commission will set releases from the Orin dams in drought years. Carrow and Alvelund shook hands on the steps of the conference hall.",
                "Ratification votes are expected this autumn.",
            ],
        ),
        (
            "Leaders hail Orin treaty as model",
            [
                "Ines Carrow and Hugo Alvelund said on Tuesday the Orin River treaty could be a model for other shared rivers.",
                "The agreement between Valdoria and Nesmark, signed in Lystad, divides the summer flow 55 to 45 in Nesmark's favour.",
                "Environmental groups asked for a minimum flow for fish.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Water treaty signed\n\nTwo neighbouring countries signed a treaty on Tuesday to share the waters of a river they have argued over for ten years. Under the deal one side receives 55 percent of the summer flow and the other 45 percent. A joint commission will monitor levels. Both parliaments must ratify it.\n",
        ),
        (
            "pronouns",
            "President: 'farmers on both banks win'\n\nThe president called the treaty a victory for farmers on both banks as she signed it on Tuesday.\n\nHer counterpart said the joint commission would publish readings every week. The two leaders shook hands on the steps of the conference hall. Ratification votes are due in autumn.\n",
        ),
        (
            "translated",
            "Valdorian-Nesmarkish accord on the Orin\n\nThe Valdorian and Nesmarkish governments have signed Tuesday an accord on the partition of the waters of the Orin, after ten years of litigation. Presidente I. Carro and Premier H. Alvelunt signed in Lystadt. Nesmarkers receive 55 percent of estival flow.\n",
        ),
        (
            "nickname",
            "'River of Quarrels' no more?\n\nFor ten years they called it the River of Quarrels. On Tuesday, the two capitals that share it agreed to split its summer flow 55 to 45. Farmers say they will believe it in August. Environmental groups want water left for fish.\n",
        ),
    ],
    off=[
        (
            "explainer",
            "Why rivers cause disputes\n\nAbout 300 rivers cross national borders. Upstream countries can build dams and take water, leaving less for those downstream.\n\nTreaties often set shares of the flow, create joint commissions, and lay down what happens in droughts. Many older treaties did not foresee a warming climate.\n",
        ),
        (
            "profile",
            "The ferryman of the old crossing\n\nFor forty years, Piet Ambrose has rowed villagers across the river at the old crossing, one coin a trip. He has never missed a day except for his wedding.\n\nHis grandson wants him to retire. 'When the river stops,' he says, 'so will I.'\n",
        ),
    ],
)

STORIES["launch"] = dict(
    base=[
        (
            "EKSA launches Halcyon probe to study comet",
            [
                "The Eastern Kontinent Space Agency (EKSA) launched its Halcyon probe from Tamsin Point on Friday on a six-year journey to the comet Veyra.",
                "Mission director Sofia Lindqvar said the launch went perfectly and the probe had deployed its solar panels. Halcyon will map the comet's surface and sample its dust.",
                "The mission cost 900 million euros.",
            ],
        ),
        (
            "Halcyon lifts off from Tamsin Point",
            [
                "Halcyon, EKSA's comet probe, lifted off from Tamsin Point at dawn on Friday aboard a Corvan-5 rocket.",
                "Sofia Lindqvar told reporters that controllers had made contact with the probe forty minutes after launch. It is due to reach comet Veyra in six years.",
                "Crowds watched from the beaches.",
            ],
        ),
        (
            "Comet mission Halcyon on its way",
            [
                "EKSA's Halcyon probe is on its way to comet Veyra after a flawless launch from Tamsin Point on Friday.",
                "Lindqvar said the 900 million euro mission would be the first to bring comet dust samples within reach of an orbiter's instruments.",
                "Scientists cheered in the control room.",
            ],
        ),
        (
            "Scientists celebrate Halcyon launch",
            [
                "Scientists at EKSA's control centre celebrated on Friday as the Halcyon probe sent its first signal after launch from Tamsin Point.",
                "Mission director Sofia Lindqvar said the solar panels had opened. The probe will arrive at comet Veyra in six years.",
                "A second probe is planned.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Comet probe launched\n\nA space probe bound for a comet was launched on Friday on a six-year journey, the space agency said. Controllers made contact forty minutes after lift-off and its solar panels have opened. The mission cost 900 million euros. It will map the comet and sample its dust.\n",
        ),
        (
            "pronouns",
            "Director: 'a perfect morning'\n\nThe mission director said on Friday the launch had gone perfectly.\n\n'We heard from it forty minutes later and I breathed again,' she said. The agency's probe will take six years to reach its comet. Its solar panels are open and working.\n",
        ),
        (
            "liveblog",
            "Launch live\n\nT-10 min: Weather is good, all systems go.\n\nLift-off! The rocket clears the tower.\n\nT+9 min: Upper stage burning normally.\n\nT+40 min: Signal acquired from the probe. Cheers in the control room.\n\nT+2 h: Solar panels confirmed deployed.\n",
        ),
        (
            "translated",
            "Sonda Halkyon partio verso la cometa\n\nThe sonde Halkyon of the Eastern Space Agency was launched Friday from Punta Tamsina toward the comet Veira. Directress S. Lindkvar confirmed the contact after 40 minutes. Arrival foreseen in six years.\n",
        ),
    ],
    off=[
        (
            "explainer",
            "What are comets made of?\n\nComets are lumps of ice, dust and rock left over from the birth of the solar system. As a comet nears the Sun, its ice turns to gas and forms a glowing head and tail.\n\nStudying comets tells scientists about the materials that formed the planets, and perhaps about where Earth's water came from.\n",
        ),
        (
            "product",
            "StarView 130 telescope\n\nThe StarView 130 reflector is ideal for beginners. 130 mm mirror, 650 mm focal length, equatorial mount and two eyepieces.\n\nSee Saturn's rings and the moons of Jupiter from your garden. Includes star chart.\n",
        ),
        (
            "cityevent",
            "Tamsin Point lighthouse reopens to visitors\n\nTAMSIN POINT - The old lighthouse reopened on Saturday after a two-year restoration.\n\nHistorian Edgar Pell led the first tour up its 160 steps. Keeper's cottage curator Mina Dahl said the lamp room had been rebuilt from old drawings.\n",
        ),
    ],
)

STORIES["club"] = dict(
    base=[
        (
            "Drayton Rovers beat Castlemere United to lift cup",
            [
                "Drayton Rovers won the National Cup on Saturday, beating Castlemere United 2-1 at Holloway Park with a late goal from Jonas Feld.",
                "Castlemere led through Adam Price before half-time, but Rovers equalised after the break. Feld scored in the 88th minute.",
                "It is Drayton's first cup since 1994.",
            ],
        ),
        (
            "Feld's late winner ends Drayton's 30-year wait",
            [
                "Jonas Feld headed the winner two minutes from time as Drayton Rovers beat Castlemere United 2-1 in the National Cup final.",
                "Rovers manager Gil Thackery said his players had never stopped believing. Castlemere had gone ahead through Price.",
                "Holloway Park was sold out.",
            ],
        ),
        (
            "Castlemere heartbreak as Rovers snatch cup",
            [
                "Castlemere United manager Ivo Marsh said his team had been 'two minutes from glory' after Drayton Rovers won the National Cup final 2-1.",
                "Adam Price's first-half goal had put Castlemere ahead at Holloway Park. Jonas Feld's header decided it.",
                "Drayton fans invaded the pitch at the end.",
            ],
        ),
        (
            "Drayton celebrates cup win",
            [
                "Thousands of Drayton Rovers fans lined the streets on Sunday to greet the team after Saturday's National Cup win over Castlemere United.",
                "Jonas Feld, whose late header won the final, lifted the trophy from an open-top bus. Gil Thackery said it was the proudest day of his career.",
                "The parade ended at the town hall.",
            ],
        ),
    ],
    real=[
        (
            "brief",
            "Cup final\n\nA header two minutes from time won the cup on Saturday, as the underdogs came from a goal down to win 2-1 in front of a sold-out crowd. It is the club's first cup since 1994. The losing manager said his side had been two minutes from glory.\n",
        ),
        (
            "transcript",
            "Post-match: manager's press conference\n\nQ: How does it feel?\n\nA: I'm proud of them. We went a goal down and they never stopped believing.\n\nQ: The winner came late.\n\nA: Eighty-eight minutes. That's football. The lad has been scoring those in training all year.\n\nQ: First cup in thirty years?\n\nA: The town deserves it.\n",
        ),
        (
            "split",
            "Rovers parade cup through Drayton\n\nThe Rovers showed off the National Cup from an open-top bus on Sunday. Striker J. Feld, the hero of Saturday's 2-1 final, held it aloft outside the town hall as thousands sang.\n",
        ),
    ],
    off=[
        (
            "explainer",
            "The offside rule explained\n\nA player is offside if any part of their head, body or feet is nearer to the opponents' goal line than both the ball and the second-last opponent when the ball is played to them.\n\nIt is not an offence to be in an offside position. The player must be involved in play.\n",
        ),
        (
            "product",
            "Pro Match football, size 5\n\nThermally bonded panels for a true flight. Approved for competition. Textured surface for grip in the wet.\n\nAvailable in white and yellow. Pump not included.\n",
        ),
    ],
)

# Second round: real reports written to sit near the new rule's band (short, no names,
# their own words), each still telling facts of the event.
R2 = {
    "ferry": [
        (
            "radio",
            "Ferry fire: what the coast guard heard\n\nThe first call came at 9.40. 'Smoke in the engine room, we are turning back,' the master radioed. Ten minutes later he asked for help. Lifeboats went down at ten. By noon everyone was ashore, some coughing, none dead.\n",
        ),
        (
            "oped",
            "Opinion: the crossing we cannot lose\n\nThe island lives on one boat. When that boat burned this week, with hundreds aboard, the luck of a calm sea saved everyone. Next time we may not be so lucky. A second vessel must be found.\n",
        ),
    ],
    "recall": [
        (
            "forum",
            "Owners vent on forums over battery recall\n\nOn owners' forums, riders traded stories of chargers that smelled of burning plastic and of boards that went dark mid-ride. Many said they had parked them in the garden. 'I just want my money back,' wrote one.\n",
        ),
        (
            "brief2",
            "Recall widened?\n\nThe regulator said on Tuesday it was looking at whether a second model should join the recall, after two more fires were reported. The maker said the second model used different cells.\n",
        ),
    ],
    "minister": [
        (
            "oped",
            "Opinion: she did the decent thing\n\nIn a week of leaks and denials, one person behaved well. She did not wait to be pushed. She did not blame her staff. She went. Her successor should read the budget speech with that in mind.\n",
        ),
        (
            "nick2",
            "Leakgate: the week in five moments\n\nMonday: the figures appear in print. Tuesday: denials. Wednesday: the opposition smells blood. Thursday: she goes. Friday: the police open a file.\n",
        ),
    ],
    "quake": [
        (
            "nick2",
            "Long Minute survivors mark a month\n\nSurvivors of the Long Minute gathered on Sunday to light candles for the fourteen who died. Most still sleep in tents. The first prefabricated homes arrive next week, the agency said.\n",
        ),
        (
            "radio",
            "Seismologist: aftershocks could last weeks\n\nThe aftershocks that have rattled the valley since Sunday could continue for weeks, a seismologist said on the radio. Most will be too weak to feel. People should stay out of cracked houses, she said.\n",
        ),
    ],
    "strike": [
        (
            "diary",
            "Commuter diary: strike day\n\nUp at five. No trains. Walked to the bus stop, joined a queue of two hundred. Got to work at ten, three hours late. The boss was late too. Walked home. Tomorrow the same.\n",
        ),
        (
            "nick2",
            "'Black Monday' for commuters\n\nCommuters are calling it Black Monday: no trains, crowded buses and queues round the block. The walkout ends on Wednesday, but the union says more is planned next month.\n",
        ),
    ],
    "heist": [
        (
            "nick2",
            "'Sixty-second raid' suspect in court\n\nThe man accused over what the papers call the sixty-second raid appeared in court on Monday. Display cases were smashed with hammers in under a minute. He was remanded in custody.\n",
        ),
        (
            "radio",
            "Police appeal on radio over jewellery raid\n\nDetectives used a radio appeal on Sunday to ask drivers who saw a silver car near the shop to come forward. Two men are still wanted. Eleven watches have been recovered.\n",
        ),
    ],
    "wildfire": [
        (
            "evacuee",
            "Evacuee: 'we left with the dog and the photos'\n\nShe grabbed the dog and a box of photographs and drove. Behind her, the ridge was orange. At the shelter she slept on a cot between strangers. On Friday she heard her street had been saved.\n",
        ),
        (
            "nick2",
            "Fire crews hand out thanks\n\nCrews who held the flames at the last streets of the town were cheered on Saturday as they came down from the hills. Containment has reached half. Evacuees may return on Monday.\n",
        ),
    ],
    "treaty": [
        (
            "presser",
            "Transcript: leaders take questions after signing\n\nQ: Will farmers have enough water in a drought?\n\nA: The commission decides releases in dry years. That is the point.\n\nQ: What about fish?\n\nA: We have heard the environmental groups. It will be looked at.\n\nQ: When do parliaments vote?\n\nA: In the autumn.\n",
        ),
        (
            "farmer",
            "Downstream farmers cautious on water deal\n\nFarmers on the lower river said on Wednesday they would wait for a dry August before celebrating the new agreement. 'Paper does not water crops,' one grower said. Their share is 45 percent of summer flow.\n",
        ),
    ],
    "launch": [
        (
            "kids",
            "For young readers: a spacecraft is off to visit a comet\n\nOn Friday a rocket carried a robot spacecraft into space. It will fly for six years to reach a comet, a ball of ice and dust. When it gets there it will take pictures and catch tiny bits of dust.\n",
        ),
        (
            "radio",
            "Controllers breathe easy after forty minutes\n\nFor forty minutes after lift-off, nobody in the control room spoke much. Then the signal came. The panels opened two hours later. Six years to go, one engineer joked.\n",
        ),
    ],
    "club": [
        (
            "fan",
            "Fan diary: thirty years for this\n\nI was nine the last time. Saturday I sat with my own son and watched us go a goal down, then watched the equaliser, then the header with two minutes left. We sang all the way home.\n",
        ),
        (
            "nick2",
            "The Header: a town's new legend\n\nIn the pubs they are already calling it The Header. Two minutes from time, a goal down at the break, the cup won 2-1. The bus parade drew thousands.\n",
        ),
    ],
    "study": [
        (
            "radio",
            "Radio: should you skip the afternoon latte?\n\nHOST: New research says coffee late in the day costs you an hour of sleep.\n\nGUEST: That's right. People who drank it after four slept about an hour less, and most didn't notice.\n\nHOST: Tea?\n\nGUEST: Less of an effect.\n",
        ),
        (
            "brief2",
            "Coffee curfew?\n\nSleep researchers suggest a caffeine curfew of early afternoon after finding that late coffee cut nightly sleep by about an hour in a two-week study.\n",
        ),
    ],
}
for _story, _extra in R2.items():
    STORIES[_story]["real"] = STORIES[_story]["real"] + _extra


for _story, _extra in _WEEK_OFF.items():
    STORIES[_story]["off"] = STORIES[_story]["off"] + _extra
for _story, _extra in _WEEK_REAL.items():
    STORIES[_story]["real"] = STORIES[_story]["real"] + _extra
