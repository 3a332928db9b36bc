"""Invented multi-outlet folders for the disagreement stage, labelled before the engine
read them: look-alikes a careful fact-checker would not call a disagreement, and real
conflicts worded in ways the earlier sets did not use.

Each folder is three or four short reports by fictional outlets on one fictional event,
written as wire and web copy is written (datelines, attributions, quotes, updates). A
look-alike's label is ``None``: no disagreement should be reported. A conflict's label is
the two values a fact-checker would set against each other, as either outlet writes
them; the table test asks that one reported disagreement gives both.

The classes varied here are the ones earlier look-alike sets did not write: reported
speech against a later figure, estimates and ranges, rounding, cumulative and daily
figures, forecasts and results, sub-groups, conditional figures, an outlet's own
correction, ordinals and rankings, ages and anniversaries, scores, percentages of
different bases, two currencies, two units, two time zones, a historical figure's words.
Every place, person, outlet and event is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from corroborate.engine import Analysis, analyze
from corroborate.engine.models import Disagreement


@dataclass(frozen=True)
class Folder:
    """One invented story: its label and its reports (file name -> text)."""

    name: str
    #: the two values of the disagreement a fact-checker would sign, or None for none
    conflict: tuple[str, str] | None
    reports: tuple[str, ...]


def files_of(folder: Folder) -> dict[str, str]:
    """The folder's reports, one file each, named in order."""
    return {f"{i + 1:02d}-report.txt": text for i, text in enumerate(folder.reports)}


LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "an earlier figure by another speaker",
        None,
        (
            """Twelve hurt as stand collapses at Brannock fair

BRANNOCK, June 4 (Meridian Press) — Twelve people were injured when a wooden stand collapsed at the Brannock county fair on Saturday, police said.

Mayor Hilde Ostrander had said earlier in the afternoon that 10 people were hurt.

"The stand was inspected on Friday," fair organiser Piet Laroche told reporters.

Three of the injured were kept in hospital overnight.
""",
            """Stand gives way at Brannock county fair

By Lena Carrow, Harlow Herald

A wooden stand gave way at the Brannock county fair on Saturday afternoon, injuring 12 people, according to police.

Organiser Piet Laroche said the stand had passed an inspection the day before.

Witnesses said the crowd had been watching a tractor pull when the boards cracked.
""",
            """Fair stand collapse: what we know

BRANNOCK (Coastline Daily) — Police said 12 people were injured when the stand at the Brannock fair collapsed.

Three people remained in hospital on Saturday night, a hospital spokeswoman said.

The fair will reopen on Sunday without the stand, Laroche said.
""",
        ),
    ),
    Folder(
        "a range and an estimate inside it",
        None,
        (
            """Hail damages homes across Selby Vale

SELBY VALE, May 12 (Meridian Press) — Between 200 and 300 homes were damaged when a hailstorm swept across Selby Vale on Thursday, the county emergency office said.

Hailstones the size of golf balls smashed windows and car windscreens.

"We have never seen hail like this," resident Ada Monk said.
""",
            """Golf-ball hail hits Selby Vale

By Tomas Reyl, Valemont Courier

About 250 homes were damaged in Thursday's hailstorm in Selby Vale, the county emergency office estimated.

Roofers from neighbouring towns have been called in to help.

Schools in the vale will open as normal on Friday.
""",
            """Selby Vale counts cost of hailstorm

(Northgate Post) Some 250 homes in Selby Vale were damaged by hail on Thursday, county officials said.

Insurers said claims were already coming in on Thursday night.

Ada Monk, whose conservatory was destroyed, said the storm lasted only ten minutes.
""",
        ),
    ),
    Folder(
        "a rounded figure and the exact one",
        None,
        (
            """Nearly 300 evacuated after gas leak in Dunmere

DUNMERE, Aug. 2 (Meridian Press) — Nearly 300 residents were evacuated from their homes in Dunmere on Tuesday after a gas main ruptured under Kell Street, the fire service said.

Engineers capped the leak by early evening.

"People were very calm," station officer Rhona Vey said.
""",
            """Gas main rupture forces Dunmere evacuation

By Ivo Brandt, Harlow Herald

A total of 297 residents were evacuated in Dunmere on Tuesday when a gas main ruptured beneath Kell Street, the fire service said.

Station officer Rhona Vey said residents were allowed home at about 8 p.m.

The gas company said it would investigate the cause.
""",
            """Dunmere residents return home after gas leak

(Coastline Daily) Almost 300 people were moved out of their homes in Dunmere on Tuesday after the gas main under Kell Street ruptured.

They were allowed back in the evening, the fire service said.

A community hall on Kell Street served tea to those waiting.
""",
        ),
    ),
    Folder(
        "a day's new cases and the running total",
        None,
        (
            """Measles outbreak grows in Orlen district

ORLEN, Feb. 9 (Meridian Press) — Health officials in the Orlen district reported 12 new measles cases on Thursday, bringing the total since the outbreak began to 85.

Most of the cases are among unvaccinated children, the district health office said.

"Vaccination is the only way to stop this," health officer Mara Quill said.
""",
            """Orlen measles cases reach 85

By Dov Hale, Valemont Courier

The measles outbreak in the Orlen district has now reached 85 cases, the district health office said on Thursday.

Health officer Mara Quill urged parents to check their children's vaccination records.

Clinics will stay open late on Friday and Saturday.
""",
            """Twelve more measles cases in Orlen

(Northgate Post) Twelve more people have caught measles in the Orlen district, health officials said on Thursday.

The district has now recorded 85 cases since the outbreak began in January.

Mara Quill said most patients were recovering at home.
""",
        ),
    ),
    Folder(
        "a forecast and the result",
        None,
        (
            """Storm dumps 120 mm of rain on Halvick

HALVICK, Oct. 21 (Meridian Press) — About 120 mm of rain fell on Halvick in 24 hours as the storm passed on Sunday, the weather service said.

Forecasters had predicted up to 150 mm of rain for the town.

Several roads near the river were closed, police said.
""",
            """Halvick spared worst of storm

By Rosa Tenby, Harlow Herald

Halvick recorded 120 mm of rain on Sunday, the weather service said, less than the 150 mm forecasters had warned of.

"We got off lightly," Halvick councillor Bram Oyen said.

The river peaked just below the flood wall on Sunday night.
""",
            """Roads closed as rain soaks Halvick

(Coastline Daily) Heavy rain closed roads around Halvick on Sunday, with the weather service measuring 120 mm of rain over 24 hours.

Councillor Bram Oyen thanked volunteers who filled sandbags on Saturday.
""",
        ),
    ),
    Folder(
        "passengers, crew and everyone aboard",
        None,
        (
            """Seventeen hurt as ferry strikes pier at Tollan

TOLLAN, July 14 (Meridian Press) — Seventeen people were injured when the ferry Marisol struck the pier at Tollan on Friday morning, the harbour authority said.

Fourteen passengers and three crew members were taken to hospital.

The ferry was carrying 210 people on its morning crossing.
""",
            """Ferry Marisol hits Tollan pier

By Kit Laval, Valemont Courier

Fourteen passengers were hurt when the ferry Marisol hit the pier at Tollan on Friday, the harbour authority said.

Three crew members were also injured, the ferry operator said.

The operator said the ferry had lost power as it approached the pier.
""",
            """Ferry crash at Tollan: 17 injured

(Northgate Post) A total of 17 people were injured when the Marisol struck the pier in Tollan on Friday morning, according to the harbour authority.

Harbour master Joss Aldine said an inquiry would begin on Monday.
""",
        ),
    ),
    Folder(
        "adults and children of one toll",
        None,
        (
            """Bus overturns near Carrick, 22 injured

CARRICK, Sept. 3 (Meridian Press) — Twenty-two people were injured when a school trip bus overturned near Carrick on Wednesday, police said.

Eighteen of the injured were children, police said.

The driver was not hurt.
""",
            """School trip bus overturns near Carrick

By Una Strand, Harlow Herald

Eighteen children and four adults were hurt when their bus overturned on the Carrick road on Wednesday, police said.

The pupils, from Lindmoor Primary School, were returning from a museum visit.
""",
            """Carrick bus crash: 18 children hurt

(Coastline Daily) Eighteen children were injured when a bus carrying a school trip overturned near Carrick on Wednesday, police said.

Four teachers were also hurt, Lindmoor Primary School said.

The school will open as normal on Thursday.
""",
        ),
    ),
    Folder(
        "what repairs could cost and what is budgeted",
        None,
        (
            """Cracked Oster dam to be repaired

OSTERVALE, March 17 (Meridian Press) — Repairs to the cracked Oster dam could cost up to 40 million crowns, the water authority warned on Monday.

The authority has set aside 12 million crowns for the first stage of the work.

"The dam is safe for now," chief engineer Lotte Fane said.
""",
            """Oster dam repairs begin

By Hugo Brask, Valemont Courier

The water authority has set aside 12 million crowns to begin repairing the cracked Oster dam, chief engineer Lotte Fane said on Monday.

If the crack widens, the final bill could reach 40 million crowns, Fane said.

Engineers found the crack during a routine inspection in February.
""",
            """Crack found in Oster dam wall

(Northgate Post) Engineers have found a crack in the wall of the Oster dam, the water authority said on Monday.

If the dam failed, as many as 30,000 people downstream could be affected, the authority said in a report.

Lotte Fane said there was no immediate danger.
""",
        ),
    ),
    Folder(
        "an outlet's own correction",
        None,
        (
            """Miners trapped after collapse at Gessel pit

GESSEL, Nov. 8 (Meridian Press) — Fourteen miners were trapped underground after a tunnel collapsed at the Gessel pit on Tuesday, the mine operator said.

Correction: An earlier version of this story said 12 miners were trapped. The operator says 14 were trapped.

Rescue teams were drilling towards the miners on Tuesday night.
""",
            """Fourteen trapped at Gessel mine

By Mira Holt, Harlow Herald

Fourteen miners were trapped when a tunnel collapsed at the Gessel pit on Tuesday, the operator said.

"We have contact with all of them," rescue chief Anders Vold told reporters.

The pit reopened last year after a two-year closure.
""",
            """Rescuers drill towards trapped Gessel miners

(Coastline Daily) Rescuers are drilling towards the 14 miners trapped at the Gessel pit since Tuesday, rescue chief Anders Vold said.

Food and water were being passed down a narrow pipe, Vold said.
""",
        ),
    ),
    Folder(
        "an ordinal and a ranking",
        None,
        (
            """Fire at Halden warehouse, third this year

HALDEN, April 2 (Meridian Press) — Fire destroyed a warehouse in Halden's port district on Monday, the third warehouse fire in the district this year, firefighters said.

Halden is the country's fourth-largest port.

No one was hurt, fire chief Ines Morrow said.
""",
            """Blaze guts Halden port warehouse

By Tarek Lund, Valemont Courier

A blaze gutted a warehouse in Halden's port district on Monday, the second fire at the same site since 2019, fire chief Ines Morrow said.

The port, the busiest on the east coast, handles most of the region's grain.
""",
            """Halden warehouse fire under investigation

(Northgate Post) Investigators are examining the cause of Monday's fire at a warehouse in Halden's port district.

Fire chief Ines Morrow said no one was hurt.

The warehouse stored timber and paper, its owner said.
""",
        ),
    ),
    Folder(
        "ages of two people and an anniversary",
        None,
        (
            """Founder of Brell bakery dies at 91

MARROW, Jan. 15 (Meridian Press) — Edda Brell, who founded the Brell bakery chain, died on Sunday at the age of 91, her family said.

She opened her first shop in Marrow at 24, and the chain celebrated its 60th anniversary last year.

Her son, Oskar Brell, 63, now runs the company.
""",
            """Edda Brell, baker, 1934-2025

By Nils Adler, Harlow Herald

Edda Brell, 91, who built a single Marrow shop into a chain of 80 bakeries, has died, her family said on Sunday.

The chain marked 60 years in business last spring.

"She worked every Saturday until she was 85," her son Oskar Brell said.
""",
            """Marrow mourns bakery founder Edda Brell

(Coastline Daily) Edda Brell, the founder of the Brell bakery chain, has died aged 91, her family said.

Oskar Brell, 63, her son, said the shops would close on the day of the funeral.
""",
        ),
    ),
    Folder(
        "a final score and a half-time score",
        None,
        (
            """Valemont beat Orrin 3-1 to reach cup final

VALEMONT, May 3 (Meridian Press) — Valemont Rovers beat Orrin City 3-1 on Saturday to reach the cup final for the first time since 1998.

Orrin led 1-0 at half-time through a goal by Jonas Pell.

"We never stopped believing," Valemont coach Rita Sand said.
""",
            """Rovers come back to sink Orrin

By Per Okafor, Valemont Courier

Valemont Rovers came from a goal down to beat Orrin City 3-1 and reach the cup final.

Jonas Pell had put Orrin 1-0 up before the break.

Rovers will play Selby in the final on May 24.
""",
            """Valemont into cup final

(Northgate Post) Valemont Rovers reached the cup final with a 3-1 win over Orrin City on Saturday.

Coach Rita Sand said her team had played its best half of the season after the break.
""",
        ),
    ),
    Folder(
        "percentages of different bases",
        None,
        (
            """Ostrander wins Fennick mayoral race

FENNICK, Nov. 6 (Meridian Press) — Hilde Ostrander won the Fennick mayoral election on Tuesday with 54 percent of the vote, the election office said.

Turnout was 38 percent of registered voters, the lowest in two decades.

"This city wants change," Ostrander told supporters.
""",
            """Ostrander elected Fennick mayor

By Ola Fenn, Harlow Herald

Hilde Ostrander was elected mayor of Fennick on Tuesday, taking 54 percent of the votes cast.

Only 38 percent of the city's registered voters took part, the election office said.

Her rival, Carl Weir, won 46 percent.
""",
            """Low turnout as Fennick picks mayor

(Coastline Daily) Just 38 percent of Fennick's voters turned out on Tuesday to elect Hilde Ostrander as mayor.

Ostrander, a former teacher, promised to repair the city's bridges.
""",
        ),
    ),
    Folder(
        "a price in two currencies",
        None,
        (
            """Lost Vauclair painting sells for 2.4 million euros

LUNDEN, Oct. 9 (Meridian Press) — A painting by Aurel Vauclair, lost for half a century, sold for 2.4 million euros ($2.6 million) at auction in Lunden on Wednesday.

The buyer was not named.

"It is a remarkable rediscovery," auctioneer Fenna Loos said.
""",
            """Vauclair painting fetches $2.6 million

By Sam Ardell, Valemont Courier

A long-lost painting by Aurel Vauclair sold for $2.6 million at an auction in Lunden on Wednesday, auctioneer Fenna Loos said.

The painting was found in an attic in Brelle last year.
""",
            """Attic find sells at auction

(Northgate Post) The Vauclair painting found in a Brelle attic sold for 2.4 million euros in Lunden on Wednesday.

Auctioneer Fenna Loos said bidding lasted 12 minutes.
""",
        ),
    ),
    Folder(
        "a length in kilometres and in miles",
        None,
        (
            """Kessel pipeline opens after five years of work

KESSEL, June 20 (Meridian Press) — The 40-kilometre Kessel water pipeline opened on Friday, bringing fresh water to 15 villages, the regional water board said.

The pipeline took five years to build.

"Clean water changes everything," board chair Elin Marsh said.
""",
            """Water flows through new Kessel pipeline

By Rudi Kane, Harlow Herald

The 25-mile Kessel pipeline opened on Friday, bringing fresh water to 15 villages, the water board said.

Board chair Elin Marsh said the villages had relied on wells for centuries.
""",
            """Kessel villages get piped water

(Coastline Daily) Fifteen villages around Kessel now have piped water after a 40 km pipeline opened on Friday.

Work on the pipeline began five years ago, the water board said.
""",
        ),
    ),
    Folder(
        "a time in two time zones",
        None,
        (
            """Orvik launches weather satellite

ORVIK, Feb. 27 (Meridian Press) — The Orvik space agency launched its first weather satellite at 3 p.m. local time (1300 GMT) on Thursday, the agency said.

The satellite reached orbit about ten minutes later.

"A proud day for Orvik," agency director Lise Carn said.
""",
            """Orvik's first weather satellite in orbit

By Ugo Mall, Valemont Courier

Orvik launched its first weather satellite at 1300 GMT on Thursday, agency director Lise Carn said.

The satellite will send images of the northern seas every hour.
""",
            """Satellite launch a first for Orvik

(Northgate Post) The Orvik space agency put its first weather satellite into orbit on Thursday after a launch at 3 p.m.

Director Lise Carn thanked the engineers who built it.
""",
        ),
    ),
    Folder(
        "a historical figure's words and today's count",
        None,
        (
            """Lindmoor district opens its 52nd village school

LINDMOOR, Sept. 1 (Meridian Press) — The Lindmoor district opened its 52nd village school on Monday, the education board said.

The district's founder, Aron Tessel, promised in 1921 to give "each of our 40 villages a school."

The district now has 61 villages, the board said.
""",
            """New school opens in Lindmoor district

By Ester Vane, Harlow Herald

A new village school opened in the Lindmoor district on Monday, the district's 52nd, according to the education board.

"Each of our 40 villages shall have a school," founder Aron Tessel wrote in 1921.

The new school has 45 pupils.
""",
            """Lindmoor village school opens

(Coastline Daily) The Lindmoor education board opened a school in the village of Stennet on Monday.

The board said it was the district's 52nd village school.
""",
        ),
    ),
    Folder(
        "one quarter's and one month's figures",
        None,
        (
            """Brell bakery sales fall

MARROW, April 22 (Meridian Press) — Sales at the Brell bakery chain fell 4 percent in March, the company said on Tuesday.

Over the first quarter, sales were down 7 percent.

"Flour prices have hurt us," finance director Ove Lamm said.
""",
            """Brell reports weaker sales

By Tina Roos, Valemont Courier

The Brell bakery chain said on Tuesday that first-quarter sales fell 7 percent.

Finance director Ove Lamm blamed higher flour prices.

The chain has 80 shops.
""",
            """Brell sales down in March

(Northgate Post) Brell bakery sales fell 4 percent in March, the chain said, as flour prices rose.

Ove Lamm said the company would not raise bread prices this year.
""",
        ),
    ),
    Folder(
        "sustained winds and gusts",
        None,
        (
            """Storm Elsa hits Tarrow coast

TARROW, Jan. 5 (Meridian Press) — Storm Elsa brought sustained winds of 120 km/h to the Tarrow coast on Sunday, the weather service said.

Gusts reached 165 km/h at the harbour mouth.

About 8,000 homes lost power, the grid operator said.
""",
            """Gusts of 165 km/h as Elsa strikes Tarrow

By Mats Yde, Harlow Herald

Storm Elsa battered Tarrow on Sunday with gusts of up to 165 km/h, the weather service said.

About 8,000 homes were without power on Sunday night.
""",
            """Tarrow loses power in Storm Elsa

(Coastline Daily) Eight thousand homes in Tarrow lost power as Storm Elsa brought winds of 120 km/h on Sunday.

The grid operator said most would be reconnected by Monday.
""",
        ),
    ),
    Folder(
        "a town's population then and now",
        None,
        (
            """Kelloway marks 20 years since mine closed

KELLOWAY, Aug. 11 (Meridian Press) — Kelloway had 12,000 residents before its coal mine closed in 2005; today it has about 8,000, the town council said.

A museum opened in the old pit head on Saturday.

"The mine was our heart," museum director Hanne Colby said.
""",
            """Pit head museum opens in Kelloway

By Jon Ruud, Valemont Courier

A museum opened on Saturday in the pit head of Kelloway's old coal mine, which closed in 2005.

The town of 8,000 people lost a third of its population after the closure, director Hanne Colby said.
""",
            """Kelloway museum honours miners

(Northgate Post) Kelloway's new mining museum opened on Saturday, 20 years after the pit closed.

About 8,000 people live in the town today, down from 12,000 in 2005.
""",
        ),
    ),
    Folder(
        "the dead and the missing",
        None,
        (
            """Four dead, two missing after Essen river flood

ESSEN, March 29 (Meridian Press) — Four people died and two were missing after the Essen river burst its banks on Friday, police said.

Divers were searching the river on Saturday.

"We have not given up hope," police chief Rolf Dane said.
""",
            """Essen flood: six feared dead

By Karin Ibsen, Harlow Herald

Six people are feared dead after the Essen river flooded on Friday, police said, with four bodies recovered and two people still missing.

Police chief Rolf Dane said the search would continue through the weekend.
""",
            """Search goes on for two missing in Essen flood

(Coastline Daily) Divers searched on Saturday for two people missing since the Essen river flooded on Friday, police said.

Four people were confirmed dead.
""",
        ),
    ),
    Folder(
        "nationwide and one city's count",
        None,
        (
            """Teachers strike closes 1,200 schools

LUNDEN, Feb. 3 (Meridian Press) — A teachers' strike closed 1,200 schools across the country on Monday, the teachers' union said.

In the capital, Lunden, 300 schools were shut.

"We have no choice," union leader Magda Orr said.
""",
            """Lunden schools shut by strike

By Eli Norum, Valemont Courier

Some 300 schools in Lunden were closed on Monday as teachers went on strike, the city education office said.

Union leader Magda Orr said the strike would last two days.
""",
            """Strike shuts schools nationwide

(Northgate Post) About 1,200 schools closed across the country on Monday as teachers walked out over pay, the union said.

The education ministry said talks would resume on Wednesday.
""",
        ),
    ),
    Folder(
        "an expected and an actual turnout",
        None,
        (
            """42,000 run Halvick marathon

HALVICK, Oct. 5 (Meridian Press) — About 42,000 runners took part in the Halvick marathon on Sunday, organisers said.

Organisers had expected 50,000 runners, but rain kept many away.

Kenyan-born Halvick resident Ari Tesfa won the men's race.
""",
            """Rain thins Halvick marathon field

By Lisa Vinter, Harlow Herald

Some 42,000 runners started the Halvick marathon on Sunday, fewer than the 50,000 organisers had hoped for.

Ari Tesfa won the men's race in two hours and nine minutes.
""",
            """Tesfa wins Halvick marathon

(Coastline Daily) Ari Tesfa won the Halvick marathon on Sunday, in which about 42,000 people ran.

Organisers said the rain had kept spectators away.
""",
        ),
    ),
    Folder(
        "a budget and what has been spent",
        None,
        (
            """Tarrow sea wall works over budget

TARROW, June 9 (Meridian Press) — The Tarrow sea wall project, budgeted at 8 million crowns, has already cost 9.5 million crowns, the council said on Monday.

The wall is due to be finished in the autumn.

"Storms delayed the work," council engineer Lars Brun said.
""",
            """Sea wall costs rise in Tarrow

By Aino Frey, Valemont Courier

Spending on the Tarrow sea wall has reached 9.5 million crowns, above the 8 million crowns set aside, council engineer Lars Brun said.

He blamed the winter storms for the delays.
""",
            """Tarrow wall to be finished in autumn

(Northgate Post) The Tarrow sea wall will be finished in the autumn, council engineer Lars Brun said on Monday.

The project has cost 9.5 million crowns so far.
""",
        ),
    ),
    Folder(
        "the police count and the organisers' count",
        None,
        (
            """Thousands march in Lunden over rents

LUNDEN, April 13 (Meridian Press) — About 8,000 people marched through Lunden on Saturday to protest against rising rents, police said.

Organisers put the crowd at 25,000.

"Rents have doubled in five years," organiser Yara Molin said.
""",
            """Lunden rent march draws crowds

By Iver Salt, Harlow Herald

Organisers said 25,000 people marched through Lunden on Saturday against rising rents.

Police estimated the crowd at 8,000.
""",
            """Rent protest in Lunden

(Coastline Daily) Thousands of people marched through central Lunden on Saturday to protest rising rents.

Police said about 8,000 took part, while the organisers said 25,000 did.
""",
        ),
    ),
    Folder(
        "an outlet's update raising a toll",
        None,
        (
            """Toll rises to nine in Carrow hotel fire

CARROW, Dec. 2 (Meridian Press) — UPDATE: The death toll in the Carrow hotel fire has risen to nine, the fire service said on Tuesday evening.

The fire service had earlier said seven people were killed.

The fire broke out on the third floor shortly after 2 a.m.
""",
            """Nine killed in Carrow hotel fire

By Selma Ruth, Valemont Courier

Nine people were killed when fire swept through a hotel in Carrow early on Tuesday, the fire service said.

The fire started on the third floor, fire officer Dag Ness said.
""",
            """Carrow hotel fire: nine dead

(Northgate Post) Nine people died in a fire at a Carrow hotel on Tuesday, fire officer Dag Ness said.

Guests described climbing down knotted sheets.
""",
        ),
    ),
    Folder(
        "a building's floors and its age",
        None,
        (
            """Fire guts 12-storey Orrin tower

ORRIN, Sept. 18 (Meridian Press) — Fire gutted the 12-storey Halm Tower in Orrin on Wednesday, the fire service said.

The tower, built 40 years ago, housed 120 families.

All residents got out safely, fire chief Tove Lind said.
""",
            """Residents escape Halm Tower fire

By Erik Fold, Harlow Herald

All 120 families living in Orrin's Halm Tower escaped on Wednesday when fire spread through the 12-storey building.

The tower was built in 1985, fire chief Tove Lind said.
""",
            """Orrin tower fire: all safe

(Coastline Daily) Everyone escaped from the Halm Tower in Orrin on Wednesday when a fire broke out on the fourth floor.

Fire chief Tove Lind praised the residents' calm.
""",
        ),
    ),
    Folder(
        "a toll and a rescue count of one event",
        None,
        (
            """Rescuers pull 23 from quake rubble in Selmar

SELMAR, May 30 (Meridian Press) — Rescuers pulled 23 survivors from collapsed buildings in Selmar after Thursday's earthquake, the civil defence agency said.

Eleven people were killed in the quake, the agency said.

The quake struck at 4:10 a.m.
""",
            """Selmar quake kills 11

By Aud Berg, Valemont Courier

An earthquake killed 11 people in Selmar on Thursday, the civil defence agency said.

Rescue teams freed 23 people trapped in the rubble.
""",
            """Selmar digs out after quake

(Northgate Post) Eleven people died and dozens were hurt when an earthquake struck Selmar early on Thursday.

The civil defence agency said 23 people were rescued alive.
""",
        ),
    ),
)


CONFLICTS: tuple[Folder, ...] = (
    Folder(
        "a toll told in two counts",
        ("Twelve", "Nine"),
        (
            """Twelve killed in Brannock bus crash

BRANNOCK, July 8 (Meridian Press) — Twelve people were killed when a bus plunged off a mountain road near Brannock on Monday, police said.

The bus was carrying pilgrims to the Kell shrine.

"The road was wet," police spokesman Tor Havn said.
""",
            """Bus plunges off Brannock mountain road

By Gerd Alm, Harlow Herald

Nine people were killed when a bus carrying pilgrims plunged off the mountain road near Brannock on Monday, police said.

Police spokesman Tor Havn said the road was wet.
""",
            """Pilgrim bus crash near Brannock

(Coastline Daily) A bus taking pilgrims to the Kell shrine left the mountain road near Brannock on Monday.

Police said the cause of the crash was being investigated.
""",
        ),
    ),
    Folder(
        "homes destroyed told in words and digits",
        ("two dozen", "18"),
        (
            """Wildfire destroys homes near Kessel

KESSEL, Aug. 19 (Meridian Press) — A wildfire destroyed two dozen homes on the outskirts of Kessel on Tuesday, the fire service said.

About 600 residents were evacuated.

"The wind changed in minutes," fire officer Runa Tell said.
""",
            """Kessel wildfire: 18 homes lost

By Bo Lind, Valemont Courier

The wildfire on the edge of Kessel destroyed 18 homes on Tuesday, the fire service said.

Some 600 people were evacuated, fire officer Runa Tell said.
""",
            """Kessel residents flee fire

(Northgate Post) About 600 residents of Kessel were evacuated on Tuesday as a wildfire burned on the town's edge.

Fire officer Runa Tell said the wind had changed suddenly.
""",
        ),
    ),
    Folder(
        "two dates of one sinking",
        ("March 3", "March 5"),
        (
            """Cargo ship sinks off Halden

HALDEN, March 6 (Meridian Press) — The cargo ship Vendela sank off Halden on March 3 after taking on water in a storm, the coast guard said.

All 14 crew members were rescued.

"The sea was very rough," coast guard officer Sten Moe said.
""",
            """Crew of sunken Vendela rescued

By Ulla Rask, Harlow Herald

The cargo ship Vendela sank off Halden on March 5, the coast guard said, and all 14 crew were rescued.

The ship was carrying timber to Lunden.
""",
            """Halden coast guard praised after rescue

(Coastline Daily) Coast guard officer Sten Moe said the crew of the Vendela had been lifted off by helicopter.

The ship was bound for Lunden with timber.
""",
        ),
    ),
    Folder(
        "two places of one crash",
        ("Dunmere", "Kelloway"),
        (
            """Light plane crashes near Dunmere

ORLEN, Sept. 12 (Meridian Press) — A light plane crashed in a field near Dunmere on Friday, killing its pilot, police said.

The plane had taken off from Orlen airfield.

"It came down very fast," farmer Eino Prest said.
""",
            """Pilot killed in Kelloway plane crash

By Liv Dahl, Valemont Courier

A light plane crashed in a field near Kelloway on Friday, killing its pilot, police said.

The plane had left Orlen airfield shortly before.
""",
            """Orlen pilot killed in crash

(Northgate Post) A pilot was killed when a light plane that had taken off from Orlen airfield crashed on Friday.

Police said the accident investigation board had been informed.
""",
        ),
    ),
    Folder(
        "a motion passed and defeated",
        ("passed", "defeated"),
        (
            """Fennick council approves bridge repair plan

FENNICK, Oct. 14 (Meridian Press) — The Fennick city council passed a motion on Tuesday to repair the Carrow bridge, council leader Beata Holm said.

The repairs will cost 6 million crowns.

"The bridge is a lifeline," Holm said.
""",
            """Fennick council rejects bridge repair plan

By Arne Vik, Harlow Herald

Councillors in Fennick on Tuesday defeated a motion to repair the Carrow bridge, leaving the future of the old crossing in doubt.

The vote was 11 to 9, council leader Beata Holm said.

Opponents said the money would be better spent on a new bridge.
""",
            """Carrow bridge debate in Fennick

(Coastline Daily) The Fennick city council debated the future of the Carrow bridge on Tuesday.

Council leader Beata Holm said the bridge was a lifeline for the east side.
""",
        ),
    ),
    Folder(
        "two fire chiefs",
        ("Marta Vell", "Dora Quist"),
        (
            """Fire at Tollan school

TOLLAN, Nov. 20 (Meridian Press) — Fire broke out at the Tollan secondary school on Thursday night, fire chief Marta Vell said.

No one was in the building at the time.

The school will be closed for a week.
""",
            """Tollan school damaged by fire

By Kai Berge, Valemont Courier

Fire damaged the Tollan secondary school on Thursday night, fire chief Dora Quist said.

The building was empty when the fire started.
""",
            """Tollan school closed after fire

(Northgate Post) The Tollan secondary school will stay closed for a week after Thursday night's fire, the town council said.

Pupils will be taught in the library.
""",
        ),
    ),
    Folder(
        "a driver's age",
        ("34", "43"),
        (
            """Driver arrested after Orrin crash

ORRIN, Jan. 22 (Meridian Press) — Police arrested the driver, 34, after his car hit a bus shelter in Orrin on Sunday, injuring two people.

The injured were taken to hospital with minor injuries.

"Speed may have been a factor," police said.
""",
            """Car hits Orrin bus shelter

By Siri Holm, Harlow Herald

A 43-year-old driver was arrested after his car hit a bus shelter in Orrin on Sunday, injuring two people, police said.

The two were treated for minor injuries.
""",
            """Two hurt as car hits shelter

(Coastline Daily) Two people waiting for a bus in Orrin were hurt on Sunday when a car hit the shelter, police said.

Police said they were investigating whether speed was a factor.
""",
        ),
    ),
    Folder(
        "survivors rescued told two ways",
        ("23", "31"),
        (
            """Rescuers free survivors in Selmar

SELMAR, June 2 (Meridian Press) — Rescuers pulled 23 survivors from the rubble of the collapsed Halm market in Selmar on Sunday, the civil defence agency said.

The market roof gave way during heavy rain.

"We are still hearing voices," rescuer Jon Falk said.
""",
            """Market collapse in Selmar

By Tove Aas, Valemont Courier

Thirty-one people were rescued alive from the rubble of the Halm market in Selmar on Sunday, the civil defence agency said.

The roof collapsed under the weight of rainwater.
""",
            """Selmar market roof collapses

(Northgate Post) The roof of the Halm market in Selmar collapsed during heavy rain on Sunday.

The civil defence agency said the search would continue overnight.
""",
        ),
    ),
    Folder(
        "a contract's value",
        ("$14 million", "$41 million"),
        (
            """Carrick wins rail contract

CARRICK, Feb. 11 (Meridian Press) — The Carrick engineering firm Stoll & Berg has won a $14 million contract to build a rail depot in Lunden, the company said on Tuesday.

Work will begin in May.

"It is our biggest order," chief executive Vera Stoll said.
""",
            """Stoll & Berg lands Lunden depot deal

By Hal Dunn, Harlow Herald

Stoll & Berg has won a $41 million contract to build a rail depot in Lunden, the Carrick company said on Tuesday.

Chief executive Vera Stoll said work would start in May.
""",
            """Lunden rail depot contract awarded

(Coastline Daily) The contract to build Lunden's new rail depot has gone to Stoll & Berg of Carrick.

Chief executive Vera Stoll called it the biggest order in the firm's history.
""",
        ),
    ),
    Folder(
        "a year a bridge opened",
        ("1962", "1971"),
        (
            """Oster bridge to close for repairs

OSTERVALE, May 6 (Meridian Press) — The Oster bridge, which opened in 1962, will close for six months of repairs from June, the roads agency said.

Traffic will be diverted through Ostervale town centre.

"The bridge has served us well," roads official Kari Lunde said.
""",
            """Oster bridge repairs announced

By Ivar Storm, Valemont Courier

The roads agency said on Tuesday that the Oster bridge, opened in 1971, will close for repairs in June.

The work is expected to take six months.
""",
            """Ostervale braces for bridge closure

(Northgate Post) Shop owners in Ostervale fear the diversion of traffic when the Oster bridge closes in June.

Roads official Kari Lunde said the work would take six months.
""",
        ),
    ),
    Folder(
        "a standoff's length",
        ("six hours", "11-hour"),
        (
            """Standoff ends in Halvick

HALVICK, July 27 (Meridian Press) — A gunman surrendered to police in Halvick on Saturday after a standoff that lasted six hours, police said.

No one was hurt.

"Negotiators did a remarkable job," police chief Eva Brun said.
""",
            """Halvick gunman gives up after 11-hour standoff

By Oda Kjær, Harlow Herald

A gunman gave himself up to police in Halvick on Saturday, ending an 11-hour standoff, police said.

Police chief Eva Brun praised the negotiators.
""",
            """Halvick standoff over

(Coastline Daily) A man who had barricaded himself in a Halvick flat surrendered on Saturday, police said.

No one was injured, police chief Eva Brun said.
""",
        ),
    ),
    Folder(
        "a month's price rise",
        ("4.2 percent", "3.1 percent"),
        (
            """Orvik prices rise faster

ORVIK, Nov. 13 (Meridian Press) — Consumer prices in Orvik rose 4.2 percent in October from a year earlier, the statistics office said on Wednesday.

Food prices led the rise.

"Households are feeling it," economist Bent Hauge said.
""",
            """Orvik inflation eases

By Gro Tang, Valemont Courier

Consumer prices in Orvik rose 3.1 percent in October from a year earlier, the statistics office said on Wednesday.

Economist Bent Hauge said food prices were still high.
""",
            """Food prices climb in Orvik

(Northgate Post) Food prices in Orvik kept rising in October, the statistics office said on Wednesday.

Economist Bent Hauge said households were feeling the strain.
""",
        ),
    ),
    Folder(
        "a distance from the airport",
        ("12 km", "40 km"),
        (
            """Cargo plane crashes near Lunden airport

LUNDEN, April 25 (Meridian Press) — A cargo plane crashed 12 km from Lunden airport on Friday, killing both pilots, the aviation authority said.

The plane was carrying mail.

"We have sent investigators," authority spokeswoman Mia Roll said.
""",
            """Two pilots die in Lunden cargo crash

By Finn Eide, Harlow Herald

A cargo plane came down 40 km from Lunden airport on Friday, killing both pilots, the aviation authority said.

It was carrying mail from Orvik.
""",
            """Mail plane lost near Lunden

(Coastline Daily) Both pilots died when a mail plane crashed on approach to Lunden on Friday.

Spokeswoman Mia Roll said investigators had reached the site.
""",
        ),
    ),
    Folder(
        "a company confirming and denying",
        ("confirmed", "denied"),
        (
            """Brell bakery to close Marrow factory

MARROW, March 4 (Meridian Press) — The Brell bakery chain confirmed on Monday that it will close its Marrow factory, finance director Ove Lamm said.

The factory employs 240 people.

Unions called the decision a betrayal.
""",
            """Brell denies factory closure plan

By Liv Arne, Valemont Courier

The Brell bakery chain denied on Monday that it will close its Marrow factory, finance director Ove Lamm said.

The factory employs 240 people.
""",
            """Marrow factory workers worried

(Northgate Post) Workers at the Brell factory in Marrow gathered outside the gates on Monday.

Unions said the 240 jobs must be protected.
""",
        ),
    ),
    Folder(
        "a clock time of one explosion",
        ("7:40 a.m.", "9:15 a.m."),
        (
            """Blast at Gessel chemical plant

GESSEL, Aug. 28 (Meridian Press) — An explosion tore through the Gessel chemical plant at 7:40 a.m. on Thursday, injuring four workers, the company said.

Smoke could be seen across the town.

"We heard a huge bang," resident Unni Lie said.
""",
            """Four hurt in Gessel plant explosion

By Dag Roe, Harlow Herald

An explosion at the Gessel chemical plant at 9:15 a.m. on Thursday injured four workers, the company said.

Residents were told to keep their windows shut.
""",
            """Gessel residents told to stay inside

(Coastline Daily) Residents of Gessel were told to keep windows closed on Thursday after an explosion at the chemical plant.

Four workers were injured, the company said.
""",
        ),
    ),
    Folder(
        "arrests told two ways",
        ("more than 200", "about 90"),
        (
            """Hundreds arrested after Lunden riot

LUNDEN, Sept. 7 (Meridian Press) — Police arrested more than 200 people after rioting broke out in central Lunden on Saturday night, police said.

Shop windows were smashed along Tessel Street.

"This was not protest, it was vandalism," police chief Ola Brekk said.
""",
            """Lunden riot: about 90 arrested

By Anne Sol, Valemont Courier

About 90 people were arrested after rioting in central Lunden on Saturday night, police said.

Windows were smashed along Tessel Street, police chief Ola Brekk said.
""",
            """Clean-up after Lunden riot

(Northgate Post) Shopkeepers on Tessel Street in Lunden swept up broken glass on Sunday after a night of rioting.

Police chief Ola Brekk called it vandalism.
""",
        ),
    ),
)


#: A second set, written and labelled after the rules the first set led to, before the
#: engine read it: look-alikes near those rules (groups, earlier figures, ages of a role,
#: decisions) and classes the first set left out, and conflicts those rules might silence.
SECOND_LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "a witness's guess and the official count",
        None,
        (
            """Crowd crush at Orvik concert injures 31

ORVIK, Aug. 16 (Meridian Press) — Thirty-one people were injured in a crush at the entrance to an open-air concert in Orvik on Saturday night, police said.

"I saw maybe 50 people on the ground," said Ida Lorn, who was near the gate.

The concert was stopped for an hour.
""",
            """Orvik concert crush: 31 hurt

By Jens Ask, Harlow Herald

Police said 31 people were hurt when the crowd surged at the gate of the Orvik open-air concert on Saturday.

Organisers said 18,000 tickets had been sold.
""",
            """Orvik organisers review gate plans

(Coastline Daily) Organisers of the Orvik open-air concert said on Sunday they would review how the gates were run after Saturday's crush, in which 31 people were injured.
""",
        ),
    ),
    Folder(
        "two temperatures in two scales",
        None,
        (
            """Cold snap grips Tarrow

TARROW, Jan. 12 (Meridian Press) — Temperatures in Tarrow fell to minus 25 degrees Celsius overnight on Sunday, the coldest night in a decade, the weather service said.

Schools in the town will open two hours late on Monday.
""",
            """Tarrow shivers in record cold

By Kim Aune, Valemont Courier

The temperature in Tarrow dropped to minus 13 degrees Fahrenheit on Sunday night, the weather service said, the coldest in ten years.

Bus services were cut back because of ice.
""",
            """Coldest night in a decade for Tarrow

(Northgate Post) Tarrow recorded its coldest night in a decade on Sunday, the weather service said.

Schools will open late on Monday.
""",
        ),
    ),
    Folder(
        "half of a count and the count",
        None,
        (
            """Half of Brell's 40 shops to close

MARROW, May 19 (Meridian Press) — The Brell bakery chain will close half of its 40 shops by the end of the year, finance director Ove Lamm said on Monday.

About 200 jobs are at risk, the company said.
""",
            """Brell to shut 20 bakeries

By Ruth Sol, Harlow Herald

The Brell bakery chain said on Monday it would close 20 shops by the end of the year.

Finance director Ove Lamm blamed rising rents.
""",
            """Brell bakery closures

(Coastline Daily) The Brell chain said on Monday that 20 of its shops would close by December, putting about 200 jobs at risk.
""",
        ),
    ),
    Folder(
        "a toll earlier in the day and at night",
        None,
        (
            """Ferry fire off Halden: toll rises

HALDEN, Oct. 30 (Meridian Press) — Eleven people were killed in a fire on the ferry Orla off Halden on Thursday, the coast guard said on Thursday night.

The coast guard had said earlier in the day that eight people were killed.

More than 300 passengers were taken off the ferry.
""",
            """Eleven dead in Halden ferry fire

By Mona Lie, Valemont Courier

A fire on the ferry Orla off Halden on Thursday killed 11 people, the coast guard said.

Passengers were lifted off by lifeboats and helicopters.
""",
            """Halden ferry fire: passengers describe escape

(Northgate Post) Passengers on the ferry Orla, where a fire on Thursday killed 11 people, described climbing into lifeboats in thick smoke.
""",
        ),
    ),
    Folder(
        "the staff and the patients of a hospital",
        None,
        (
            """Forty hurt in Lunden hospital fire

LUNDEN, Feb. 14 (Meridian Press) — Forty people were injured when fire broke out at the Lunden general hospital on Wednesday, the fire service said.

Patients were moved to other hospitals.
""",
            """Lunden hospital fire injures patients

By Jan Bu, Harlow Herald

Twenty-six patients were injured in a fire at the Lunden general hospital on Wednesday, the fire service said.

Staff carried patients down the stairs.
""",
            """Nurses praised after Lunden hospital fire

(Coastline Daily) Nine staff were injured in the fire at Lunden general hospital on Wednesday as they helped patients out, the hospital said.
""",
        ),
    ),
    Folder(
        "two victims' ages",
        None,
        (
            """Two hurt in Carrick stabbing

CARRICK, June 27 (Meridian Press) — Two men were stabbed outside a bar in Carrick early on Saturday, police said.

One victim, 34, was in a serious condition, police said.

A 19-year-old man was arrested at the scene.
""",
            """Carrick bar stabbing: man arrested

By Ove Strand, Valemont Courier

Police arrested a 19-year-old man after two men were stabbed outside a Carrick bar early on Saturday.

The other victim, a 61-year-old man, was treated for minor wounds.
""",
            """Police appeal after Carrick stabbing

(Northgate Post) Police in Carrick appealed for witnesses after two men were stabbed outside a bar early on Saturday.
""",
        ),
    ),
    Folder(
        "two bodies deciding one plan",
        None,
        (
            """Halvick stadium plan approved

HALVICK, March 12 (Meridian Press) — The Halvick planning board approved the plan for a new football stadium on Tuesday, board chair Eli Vang said.

The stadium will hold 20,000 fans.
""",
            """Residents reject Halvick stadium plan

By Asta Holm, Harlow Herald

Residents of Halvick rejected the plan for a new football stadium at a public meeting on Tuesday, although the planning board backed it.

Board chair Eli Vang said work would start next year.
""",
            """Halvick stadium to hold 20,000

(Coastline Daily) The new Halvick football stadium will hold 20,000 fans, board chair Eli Vang said.
""",
        ),
    ),
    Folder(
        "a verdict on one charge and another",
        None,
        (
            """Dalby mayor convicted of fraud

DALBY, Nov. 3 (Meridian Press) — A jury in Dalby convicted former mayor Rune Falk of fraud on Monday but acquitted him of bribery.

He will be sentenced in December.
""",
            """Former Dalby mayor guilty of fraud

By Tor Myhre, Valemont Courier

Former Dalby mayor Rune Falk was convicted of fraud on Monday.

His lawyer said he would appeal.
""",
            """Falk cleared of bribery

(Northgate Post) A Dalby jury acquitted former mayor Rune Falk of bribery on Monday.

The jury found him guilty of fraud.
""",
        ),
    ),
    Folder(
        "a ship's crew and everyone aboard",
        None,
        (
            """Tanker fire off Kessel: crew rescued

KESSEL, July 2 (Meridian Press) — All 23 crew members were rescued from a burning tanker off Kessel on Sunday, the coast guard said.

The tanker was carrying diesel.
""",
            """Burning tanker off Kessel

By Pia Lund, Harlow Herald

The coast guard rescued 25 people from a burning tanker off Kessel on Sunday, including two pilots who had boarded to guide it into port.

The fire was put out on Monday.
""",
            """Kessel tanker fire out

(Coastline Daily) Firefighting boats put out the fire on the tanker off Kessel on Monday, the coast guard said.
""",
        ),
    ),
    Folder(
        "an age then and now",
        None,
        (
            """Orrin lighthouse keeper retires

ORRIN, April 30 (Meridian Press) — Hakon Brekke, who became keeper of the Orrin lighthouse at 22, retired on Tuesday at 67.

He kept the light for 45 years.
""",
            """Orrin keeper steps down after 45 years

By Lise Dahl, Valemont Courier

Hakon Brekke, 67, retired on Tuesday as keeper of the Orrin lighthouse, a post he took at 22.

The lighthouse will now be run automatically.
""",
            """Last keeper of Orrin light

(Northgate Post) The Orrin lighthouse will be run automatically after keeper Hakon Brekke retired on Tuesday.
""",
        ),
    ),
    Folder(
        "a forecast of deaths and the deaths",
        None,
        (
            """Heatwave kills 14 in Selmar

SELMAR, Aug. 8 (Meridian Press) — Fourteen people have died in the heatwave in Selmar, health officials said on Friday.

Officials warned that as many as 60 people could die if the heat lasts another week.
""",
            """Selmar heat deaths rise to 14

By Arvid Ek, Harlow Herald

The heatwave in Selmar has killed 14 people, health officials said on Friday.

Cooling centres have opened in schools.
""",
            """Selmar opens cooling centres

(Coastline Daily) Selmar opened cooling centres in its schools on Friday as the heatwave, which has killed 14 people, went on.
""",
        ),
    ),
    Folder(
        "a finishing place and a seeding",
        None,
        (
            """Marrow runner takes bronze

MARROW, Sept. 9 (Meridian Press) — Marrow's Sina Holt finished third in the 10,000 metres at the national championships on Sunday.

Holt, seeded fifth, ran a personal best.
""",
            """Bronze for Holt in 10,000 metres

By Emil Gran, Valemont Courier

Sina Holt of Marrow won bronze in the 10,000 metres at the national championships on Sunday, finishing third.

It was her first national medal.
""",
            """Holt's first national medal

(Northgate Post) Sina Holt won her first national medal on Sunday, a bronze in the 10,000 metres.
""",
        ),
    ),
)


SECOND_CONFLICTS: tuple[Folder, ...] = (
    Folder(
        "a toll told earlier in the day, not said earlier",
        ("12", "nine"),
        (
            """Landslide buries homes in Gessel

GESSEL, Nov. 17 (Meridian Press) — A landslide killed 12 people in the village of Gessel earlier on Tuesday, the regional governor said.

Rescuers were searching for survivors under the mud.
""",
            """Gessel landslide kills nine

By Stig Aas, Harlow Herald

A landslide killed nine people in the village of Gessel on Tuesday, the regional governor said.

Heavy rain had fallen for three days.
""",
            """Rain blamed for Gessel landslide

(Coastline Daily) Three days of heavy rain loosened the hillside above Gessel before Tuesday's landslide, geologists said.
""",
        ),
    ),
    Folder(
        "a suspect's age",
        ("19", "24-year-old"),
        (
            """Arrest after Lunden jewellery robbery

LUNDEN, Dec. 9 (Meridian Press) — Police arrested the suspect, 19, on Monday after a jewellery shop in central Lunden was robbed at knifepoint.

No one was hurt.
""",
            """Lunden robbery suspect held

By Vera Nes, Valemont Courier

A 24-year-old suspect was arrested on Monday after a jewellery shop in central Lunden was robbed at knifepoint, police said.

Police recovered most of the jewellery.
""",
            """Jewellers shaken after Lunden robbery

(Northgate Post) Jewellers in central Lunden said they would review security after Monday's robbery.
""",
        ),
    ),
    Folder(
        "a jury convicting and acquitting",
        ("convicted", "acquitted"),
        (
            """Dalby jury convicts Falk of fraud

DALBY, Nov. 3 (Meridian Press) — A jury in Dalby convicted former mayor Rune Falk of fraud on Monday, prosecutors said.

He faces up to six years in prison.
""",
            """Jury acquits former Dalby mayor

By Tor Myhre, Valemont Courier

A jury in Dalby acquitted former mayor Rune Falk of fraud on Monday, his lawyer said.

Falk thanked his family outside the court.
""",
            """Falk verdict in Dalby

(Northgate Post) The jury in the fraud trial of former Dalby mayor Rune Falk returned its verdict on Monday.
""",
        ),
    ),
    Folder(
        "children counted above the people",
        ("Twenty", "16"),
        (
            """School roof collapse in Brannock

BRANNOCK, Feb. 25 (Meridian Press) — Twenty children were injured when the roof of a school gym collapsed under snow in Brannock on Tuesday, the fire service said.

The gym was in use for a basketball lesson.
""",
            """Brannock gym roof gives way

By Lars Fjell, Harlow Herald

The roof of a school gym in Brannock collapsed under heavy snow on Tuesday, injuring 16 people, the fire service said.

The school will stay closed on Wednesday.
""",
            """Snow load blamed for Brannock collapse

(Coastline Daily) Engineers said on Wednesday that snow had built up on the roof of the Brannock school gym for a week before it collapsed.
""",
        ),
    ),
    Folder(
        "a plant's workforce",
        ("1,200", "800"),
        (
            """Fire halts Orlen car plant

ORLEN, Oct. 2 (Meridian Press) — A fire halted production at the Orlen car plant, which employs 1,200 people, on Wednesday, the company said.

No one was hurt.
""",
            """Orlen plant shut after fire

By Maja Dal, Valemont Courier

Production stopped on Wednesday at the Orlen car plant, which employs 800 people, after a fire in the paint shop, the company said.

The plant builds small vans.
""",
            """Orlen car plant fire

(Northgate Post) The paint shop of the Orlen car plant caught fire on Wednesday, the company said.
""",
        ),
    ),
    Folder(
        "a bridge's length",
        ("400 metres", "250-metre"),
        (
            """Dunmere footbridge opens

DUNMERE, June 1 (Meridian Press) — A new footbridge 400 metres long opened over the Dun estuary on Saturday, the town council said.

It cost 9 million crowns.
""",
            """Dunmere's new footbridge

By Hege Rud, Harlow Herald

The 250-metre footbridge over the Dun estuary opened on Saturday, the council said.

Hundreds of people walked across it in the first hour.
""",
            """Crowds cross new Dunmere bridge

(Coastline Daily) Hundreds of people crossed the new footbridge over the Dun estuary at Dunmere on Saturday.
""",
        ),
    ),
    Folder(
        "a fine's size",
        ("2,000", "20,000"),
        (
            """Tollan restaurant fined

TOLLAN, May 23 (Meridian Press) — A Tollan restaurant was fined 2,000 crowns on Thursday for breaking hygiene rules, the food authority said.

Inspectors found mice in the kitchen.
""",
            """Mice found in Tollan restaurant kitchen

By Gunn Aas, Valemont Courier

The food authority fined a Tollan restaurant 20,000 crowns on Thursday after inspectors found mice in its kitchen.

The restaurant has since reopened.
""",
            """Tollan restaurant reopens

(Northgate Post) A Tollan restaurant where inspectors found mice has reopened after a deep clean.
""",
        ),
    ),
    Folder(
        "a finishing place",
        ("third", "fourth"),
        (
            """Holt third in national 10,000

MARROW, Sept. 9 (Meridian Press) — Marrow's Sina Holt finished third in the 10,000 metres at the national championships on Sunday.

She ran a personal best.
""",
            """Holt just misses a medal

By Emil Gran, Valemont Courier

Marrow's Sina Holt finished fourth in the 10,000 metres at the national championships on Sunday.

Holt said she was proud of her time.
""",
            """National championships end

(Northgate Post) The national athletics championships ended on Sunday with the 10,000 metres.
""",
        ),
    ),
)


ALL: tuple[Folder, ...] = LOOKALIKES + CONFLICTS + SECOND_LOOKALIKES + SECOND_CONFLICTS


def analysed_apart(make_folder: Callable[[dict[str, str]], Path], folder: Folder) -> Analysis:
    """The folder analysed, each report its own source: what is found or not is then the
    disagreement stage's."""
    analysis = analyze(make_folder(files_of(folder)))
    assert len(analysis.groups) == len(folder.reports)
    return analysis


def reports_no_disagreement(make_folder: Callable[[dict[str, str]], Path], folder: Folder) -> None:
    """The look-alike ``folder``, analysed apart (:func:`analysed_apart`), reports none."""
    analysis = analysed_apart(make_folder, folder)
    assert [(d.kind, d.detail) for d in analysis.disagreements] == []


def reports_its_conflict(
    make_folder: Callable[[dict[str, str]], Path], folder: Folder, *, as_written: bool = True
) -> None:
    """The ``folder``, analysed apart, reports a disagreement setting its labelled values
    against each other (as either outlet writes them, or, with ``as_written`` False, only
    as labelled: :func:`sets_against`)."""
    assert folder.conflict is not None
    analysis = analysed_apart(make_folder, folder)
    judge = sets_against_as_written if as_written else sets_against
    assert any(judge(folder.conflict, d) for d in analysis.disagreements), [
        (d.kind, d.detail) for d in analysis.disagreements
    ]


def marked(folders: tuple[Folder, ...], known: dict[str, str]) -> list[Any]:
    """The folders as test cases named by their names, those in ``known`` (a folder's name
    and why) marked as expected to fail."""
    return [
        pytest.param(
            f,
            id=f.name,
            marks=[pytest.mark.xfail(reason=known[f.name], strict=True)] if f.name in known else [],
        )
        for f in folders
    ]


def sets_against(values: tuple[str, str], found: Disagreement) -> bool:
    """Does the disagreement set the two labelled values against each other?"""
    told = (found.a_value.lower(), found.b_value.lower())
    return all(any(x.lower() in y for y in told) for x in values)


def sets_against_as_written(values: tuple[str, str], found: Disagreement) -> bool:
    """Does the disagreement set the two labelled values against each other, as either
    outlet writes them ("more than 200" for the "200" shown)?"""
    told = (found.a_value.lower(), found.b_value.lower())
    return all(any(x.lower() in y or y in x.lower() for y in told) for x in values)
