"""Page furniture: captions, credits, prompts, tweets, markup and sign-up lines, on invented lines."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.engine.models import RawDocument
from corroborate.engine.text.furniture import (
    _ALL_HINTS,
    _HINTS,
    _INSIDE,
    _TRIED,
    _folded,
    furniture_kind,
    furniture_lines,
    split_caption_from_lede,
    without_desk_tag,
    without_pronunciation,
)
from corroborate.engine.text.ingest import ingest

FURNITURE = {
    "AP caption": (
        "Mayor Dana Whitlow speaks to reporters in Harlow, Monday, May 4, 2026. "
        "(AP Photo/Sam Reyes)",
        "caption",
    ),
    "credit in brackets": ("Crews on the Harlow bridge. (Lee Park/The Harlow Herald)", "caption"),
    "photo credit line": ("(Photo: Lee Park, Harlow Herald)", "caption"),
    "image copyright": ("Image copyright Reuters Image caption The span fell at dusk", "caption"),
    "toggle caption": ("Enlarge this image toggle caption Lee Park/Radio Harlow", "caption"),
    "file photo": ("FILE - In this May 4, 2024, file photo, the bridge stands closed.", "caption"),
    "agency credit": ("Lee Park / AFP / Getty Images The mayor at the river.", "caption"),
    "video prompt": ("CLOSE The bridge collapse, as seen from the bank. Harlow TV", "video"),
    "javascript": ("Please enable Javascript to watch this video", "video"),
    "watch": ("WATCH: The mayor speaks after the collapse.", "video"),
    "tweet link": ("Thoughts with Harlow tonight pic.twitter.com/AbCdEf", "tweet"),
    "labelled captions glued": (
        "Gun drama: With Lee Park in the front seat, the driver aims a pistol at a photographer"
        " Retail therapy: Sam Reyes had made a dash to the Harlow shops before the drive",
        "caption",
    ),
    "link to more of the page": ("See the judges’ comments about all winners.", "promo"),
    "an explainer's headline as a link": (
        "What happened to the Harlow bridge? What we know so far about the collapse",
        "links",
    ),
    "tweet signature": (
        "Stay safe, everyone. — Dana Whitlow (@MayorWhitlow) May 4, 2026",
        "tweet",
    ),
    "short link": ("Read the statement https://t.co/abc123", "tweet"),
    "markup": ("runtime:topic id=12345", "markup"),
    "related": ("[Related: Five bridges that fell]", "markup"),
    "newsletter": (
        "Get the latest from Harlow in your inbox. Sign up for our newsletter.",
        "signup",
    ),
    "subscribed": ("Thanks for subscribing!", "signup"),
    "shares": ("936 SHARES Share Tweet", "share"),
    "story highlights": ("Story highlights The bridge had been inspected in March", "share"),
    "read more link": ("Five bridges that fell last year Read more", "share"),
    "reporter e-mail": ("lpark@harlowherald.com", "contact"),
    "contributed": ("Sam Reyes contributed to this report.", "contact"),
    "wire note": ("Eds: UPDATES with two more deaths", "wire"),
    "where a client may cut": ("(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)", "wire"),
    "a trim's start": ("(BEGIN OPTIONAL TRIM)", "wire"),
    "a trim's end": ("(END OPTIONAL TRIM)", "wire"),
    "an optional end": ("(Optional add end)", "wire"),
    "optional material": ("OPTIONAL MATERIAL FOLLOWS", "wire"),
    "where a client may cut, in mixed case": (
        "(Story can end here. Optional 2nd take follows.)",
        "wire",
    ),
    "a trim's start, bare": ("BEGIN OPTIONAL TRIM", "wire"),
    "gallery": ("Lee Park/Getty Images Image 1 of / 12 Caption Close The bridge", "caption"),
    "in this image": ("The river turns brown in this image taken from a drone in 2024.", "caption"),
    "video widget": ("JUST WATCHED Divers search the Tessel Replay More Videos", "video"),
    "follow the desk": ("For the latest news and analysis, follow @harlowdesk.", "contact"),
    "tip line": ("Send us a secure tip using the instructions at tips.harlow.com.", "contact"),
    "additional reporting": ("Additional reporting by Lee Park and Sam Reyes.", "contact"),
    "donation prompt": ("Please, donate and receive a print of the bridge.", "contact"),
    "agency credit closing the caption": (
        "Divers search the Tessel in Harlow, May 4, 2026. REUTERS/Lee Park",
        "caption",
    ),
    "handout credit": (
        "The span before it fell. Courtesy Harlow Council/Handout via REUTERS",
        "caption",
    ),
    "dated photo": (
        "The bridge is shown in this May 4, 2024 photo released on Monday.",
        "caption",
    ),
    "credit opening the caption": ("Lee Park/Harlow Council The span from the bank.", "caption"),
    "credit alone": ("Lee Park/NASA", "caption"),
    "courtesy line": ("Courtesy Dana Whitlow", "caption"),
    "labelled caption": (
        "Taking stock: As the water rises, the mayor and two engineers look at the broken span",
        "caption",
    ),
    "wire help": ("Contributing: Associated Press", "contact"),
    "instagram embed": (
        "A post shared by Dana Whitlow (@danawhitlow) on May 4, 2026 at 6:40pm PDT",
        "tweet",
    ),
    "tweet signed the British way": (
        "Stay safe, everyone. — Dana Whitlow (@MayorWhitlow) 4 May 2026",
        "tweet",
    ),
    "podcast prompt": (
        "Download the Harlow Herald podcast on Apple Podcasts and Spotify.",
        "promo",
    ),
    "station prompt": ("Stay with Radio Harlow 98.1 FM for developments in this story.", "promo"),
    "related link": ("Learn how rivers undermine old bridge piers.", "promo"),
    "more from the site": (
        "More from Harlow Herald: the week's other news, in one place.",
        "promo",
    ),
    "inbox prompt": ("Get breaking news delivered right to your inbox.", "promo"),
    "gallery prompt": ("Find more of her photos in the gallery at the top of the story.", "promo"),
    "site visit": ("Visit the Harlow Bridge Trust's website for more on the crossing.", "promo"),
    "fundraiser": (
        "If everyone reading this gave a little, our fundraiser would be done this week.",
        "promo",
    ),
    "report credits": ("With reports from Lee Park and Sam Reyes", "contact"),
    "study cited": (
        "Source: Park L, Reyes S, et al. Load and Decay in River Bridges. Harlow Engineering "
        "Review, online May 4, 2026.",
        "contact",
    ),
    "video description": (
        "Divers search the Tessel after the collapse. Lee Park reports for Harlow TV News at 6 "
        "on Monday, May 4, 2026. (Published Monday, May 4, 2026)",
        "video",
    ),
    "data sheet": (
        "Harlow Bridge, The DOCUMENTARY: 2026 Release Date: 2026-05-04 Running Length: 1:30 "
        "Director: Lee Park",
        "data",
    ),
    "related link as a question": (
        "Related: Did the mayor break any rules with her bridge tweet?",
        "links",
    ),
    "more link": ("More: Harlow bridge collapse: every inspection since 1990", "links"),
    "tag list": ("Read more about: Dana Whitlow, Harlow, bridges", "links"),
    "teaser cut short": ("His ...", "links"),
    "teaser with its link": ("Harlow council looks for a new clerk; several... More.", "links"),
    "quoted subheading": ("'A tragic accident'", "heading"),
    "shouted quoted subheading": ("‘NOT THE TIME’", "heading"),
    "review box": (
        "Drama. Starring Lee Park and Sam Reyes. Directed by Dana Whitlow. (R. 104 minutes.)",
        "data",
    ),
    "caption placing two people": (
        "Engineer Lee Park, right, and Mayor Dana Whitlow, left, open the new span in Harlow.",
        "caption",
    ),
    "caption placing people without a full stop": (
        "Guests of honour: Dana Whitlow (left) with the engineers at the opening",
        "caption",
    ),
    "agency caption with its place and date": (
        "HARLOW, ENGLAND - MAY 04: Dana Whitlow attends the opening of the bridge on May 4, "
        "2026 in Harlow, England.",
        "caption",
    ),
    "file photo label": ("FILE PHOTO: Divers search the Tessel in Harlow.", "caption"),
    "link in headline case": (
        "See the Ten Most Memorable Bridges of All Time They span rivers, gorges and bays.",
        "links",
    ),
    "prompt ending in here": ("Follow my trip along the river here.", "promo"),
    "correction notice": (
        "Correction: An earlier version of this story misstated the bridge's toll.",
        "correction",
    ),
    "corrected story": ("This article has been corrected to give the span's length.", "correction"),
    "agency file picture without 'in this'": (
        "FILE - Divers search the Tessel in Harlow on May 4, 2026.",
        "caption",
    ),
    "reading time": ("Estimated reading time: 4 minutes.", "share"),
    "minutes to read": ("5 min read", "share"),
    "time stamp alone": ("Last updated on May 4, 2026.", "share"),
    "time stamp with its hour": ("Published May 4, 2026 at 10:45 a.m. ET", "share"),
    "comments closed": ("Comments have been disabled for this article.", "share"),
    "thanks for reading": ("Thank you for reading the Harlow Herald.", "share"),
    "free articles left": ("You have 3 free articles remaining.", "share"),
    "access offer": ("Get unlimited digital access for $1.", "share"),
    "journalism appeal": ("Support quality journalism. Subscribe today.", "share"),
    "content blocked": ("This content is not available due to your privacy preferences.", "share"),
    "scripts needed": ("Please turn on JavaScript.", "signup"),
    "consent line": ("By clicking “Accept”, you agree to our terms.", "signup"),
    "reporter's phone": ("Contact Lee Park at 555-0100.", "contact"),
    "reporter's address": (
        "Reach Sam Reyes at sreyes@harlowherald.example or 555-0100.",
        "contact",
    ),
    "makers' credits": ("Written by Lee Park; editing by Sam Reyes.", "contact"),
    "producer's credit": ("Produced by Lee Park and Sam Reyes.", "contact"),
    "syndicate's note": ("Distributed by Harlow Content Agency, LLC.", "contact"),
    "reprint under a licence": (
        "This article is republished from The Fennick Review under a Creative Commons license.",
        "contact",
    ),
    "reprint with permission": ("Reprinted with permission.", "contact"),
    "call for readers' stories": ("We want to hear from you. Share your story with us.", "promo"),
    "series note": ("This article is part of our series on the rivers of Harlow.", "promo"),
    "caption closed by a slashed credit": (
        "Mayor Dana Whitlow speaks in Harlow on Monday. Lee Park/Harlow Herald",
        "caption",
    ),
    "caption closed by a credit in capitals": (
        "Mayor Dana Whitlow speaks in Harlow on Monday. LEE PARK/HARLOW HERALD",
        "caption",
    ),
    "caption closed by an agency's credit with spaces": (
        "Mayor Dana Whitlow speaks in Harlow on Monday. MERIDIAN PHOTO / LEE PARK",
        "caption",
    ),
    "caption closed by a staff photographer's credit": (
        "Mayor Dana Whitlow speaks in Harlow on Monday. Lee Park for The Harlow Herald",
        "caption",
    ),
    "caption closed by the paper's photo": (
        "Mayor Dana Whitlow speaks in Harlow on Monday. (Harlow Herald photo)",
        "caption",
    ),
    "caption closed by a courtesy": (
        "Mayor Dana Whitlow speaks in Harlow on Monday. Photo courtesy of Harlow Council",
        "caption",
    ),
    "caption closed by its photographer": (
        "Mayor Dana Whitlow spoke in Harlow on Monday. Photo by Lee Park.",
        "caption",
    ),
    "caption placing its picture": ("Above: Mayor Dana Whitlow at the opening.", "caption"),
    "template between paragraphs": ("Article continues after advertisement.", "share"),
    "scroll prompt": ("Advertisement. Scroll to continue reading.", "share"),
    "page tool": ("Report an error.", "share"),
    "comment form": ("Sign in to comment.", "share"),
    "account wall": ("Create a free account to continue reading.", "share"),
    "comment rules": ("Please read our commenting guidelines before posting.", "share"),
    "appeal for support": ("Our journalism needs your support.", "share"),
    "question to the reader": ("Have thoughts on this story? Leave a comment below.", "share"),
    "confidential tip": ("Got a confidential news tip? We want to hear from you.", "contact"),
    "reporting credits": (
        "This story was reported by Lee Park and written by Sam Reyes.",
        "contact",
    ),
    "funding note": (
        "This report was produced with support from the Harlow Bridge Fund.",
        "contact",
    ),
    "writer's account": ("Lee Park is on Twitter at @leepark.", "contact"),
    "agencies drawn on": ("(With inputs from HNA)", "contact"),
    "image source with a comma": ("Image source, Meridian Pictures", "caption"),
    "media caption with a comma": (
        "Media caption, Divers search the Tessel river near the bridge.",
        "caption",
    ),
    "writer's signature": ("— Lee Park", "contact"),
    "facebook embed": ("Posted by Harlow Police on Monday, May 4, 2026", "tweet"),
    "reader prompt": ("What do you think? Tell us in the comments.", "promo"),
    "wire links": ("Online: http://harlow.example", "promo"),
    "site standards": ("Our Standards: The Meridian Trust Principles.", "signup"),
    "ad blocker notice": ("We noticed you are using an ad blocker.", "signup"),
    "write to the reporter": ("Write to Lee Park at lpark@harlowherald.example", "contact"),
    "tip request": ("Have a news tip? Email the desk.", "contact"),
    "link to the full story": ("For the full story, check out this link.", "promo"),
    "appeal to back the site": ("Support The Harlow Bridge Trust!", "promo"),
    "caption placing someone on one side": (
        "On the right she is pictured with Lee Park, the engineer",
        "caption",
    ),
    "figure legend": ("Scale bars: 0.5 cm Full size image", "caption"),
    "video player fallback": ("Your browser does not support the video tag.", "video"),
    "page tools": ("Print Email Font Size", "share"),
    "time of the update": ("Updated at 10:45 a.m. ET", "share"),
    "archived article notice": (
        "This is an archived article and the information in the article may be outdated.",
        "share",
    ),
    "link label naming the site": ("Also on Harlow Herald: Five bridges that fell", "links"),
    "where the reporter was": ("Lee Park reported from Harlow.", "contact"),
    "reporting credit": ("Lee Park and Sam Reyes contributed reporting.", "contact"),
    "wire terms": (
        "This material may not be published, broadcast, rewritten or redistributed.",
        "contact",
    ),
    "printed edition note": (
        "A version of this article appears in print on May 4, 2026, on Page A1 of the Harlow "
        "edition with the headline: Bridge Falls.",
        "contact",
    ),
    "newspaper credit without a colon": (
        "Mayor Dana Whitlow at the bridge on Monday. Credit Lee Park for The Harlow Herald",
        "caption",
    ),
    "politico's break": ("Story Continued Below", "share"),
    "updated post": ("This post has been updated.", "share"),
    "hat tip": ("(h/t Harlow Herald)", "contact"),
    "printed issue note": (
        "This article appears in the May 2026 issue of Harlow Monthly.",
        "contact",
    ),
    "bracketed picture credit": ("[Image via Harlow Police]", "markup"),
    "video description and its outlet": (
        "The mayor and the engineer had kind words for each other. Then things changed. "
        "(The Harlow Post)",
        "caption",
    ),
    "post opening with a hashtag": (
        "#breaking The Harlow bridge is down, divers are in the river.",
        "tweet",
    ),
    "syndication footer": (
        "This article was written by Lee Park from Harlow Herald and was legally licensed "
        "through the Meridian publisher network.",
        "contact",
    ),
    "the page's tip-line prompt": (
        "If you have any information on the Harlow break-in, call Fennick Crime Stoppers at "
        "555-0142.",
        "promo",
    ),
    "the tip line's promise": (
        "Remember, you can always remain anonymous, and you may be eligible for a reward.",
        "promo",
    ),
    "the site promising more of itself": (
        "We will have more on the Tessel flood here at HarlowNews.com in the coming days.",
        "promo",
    ),
    "the writer asking for the reader's word": (
        "Road Trip starts on Monday. If you know a bridge worth a visit, drop me a line.",
        "contact",
    ),
    "a developing story's note": ("This is a developing story. Check back for updates.", "share"),
    "a story's promise to change": ("This story is developing and will be updated.", "share"),
    "a prompt to come back": ("Please check back later for updates.", "share"),
    "a paywall's notice": ("You have reached your limit of free articles this month.", "share"),
    "a login wall": ("Register for free to continue reading.", "share"),
    "a paywall's prompt to log in": ("Already a subscriber? Log in.", "share"),
    "the site's cookie settings": ("Cookie settings", "signup"),
    "a subscribers-only notice": ("This content is only available to subscribers.", "share"),
    "a cookie notice": (
        "By continuing to use this site, you agree to our use of cookies.",
        "signup",
    ),
    "an opinion disclaimer": ("The views expressed are those of the author.", "signup"),
    "an affiliate-link disclaimer": (
        "We may earn a commission from links on this page.",
        "signup",
    ),
    "a wire's contributors": (
        "Associated Press writers Lee Park and Sam Reyes contributed.",
        "contact",
    ),
    "an outlet's reporter contributing": ("Harlow News' Lee Park contributed.", "contact"),
    "an agency contributing to the story": (
        "The Harlow Wire contributed to this story.",
        "contact",
    ),
    "a reprint's first home": (
        "This article was originally published by The Harlow Herald.",
        "contact",
    ),
    "the site's social pages": ("Follow The Harlow Herald on Facebook and Instagram.", "contact"),
    "a tip line's prompt": ("Have a story idea? Email us at tips@harlow.example", "contact"),
    "a writer's address": ("Contact Lee Park at lpark@harlow.example or 555-0100.", "contact"),
    "a call for readers' stories": (
        "Have you been affected by the bridge closure? Email us.",
        "promo",
    ),
    "a call for readers' information": (
        "Do you have information about this story? Contact us.",
        "promo",
    ),
    "a tip-line prompt put to anyone, then to the reader": (
        "If anyone has information about this crash you are asked to contact Harlow police.",
        "promo",
    ),
    "a help line under the story": (
        "If you or someone you know is struggling, call the Harlow Crisis Line at 555-0100.",
        "promo",
    ),
    # a picture's label over its caption, without a closing stop
    "a pictured label": (
        "Pictured: Lee Park and Sam Reyes at the Harlow bridge opening",
        "caption",
    ),
    "a pictured label in capitals": (
        "PICTURED: The collapsed span of the Harlow bridge",
        "caption",
    ),
    "a screengrab's label": ("Screengrab: The mayor speaking on Harlow TV on Monday", "caption"),
    "a video still's label": ("Video still: Divers search the Tessel below the bridge", "caption"),
    "a graphic's label": ("Graphic: How the Harlow bridge gave way", "caption"),
    # an agency's credit and its photographer glued before the caption
    "an agency's credit before its caption": (
        "REUTERS/Lee Park Divers search the Tessel river near Harlow on Monday",
        "caption",
    ),
    "an agency's credit in capitals before its caption": (
        "EPA/SAM REYES A diver surfaces beside the fallen span",
        "caption",
    ),
    "a gallery's button over its picture": (
        "Enlarge Image Close Lee Park as the ferryman in 'Bridges.'",
        "caption",
    ),
    "a film still's studio before its caption": (
        "Harlow Pictures Lee Park as 'The Ferryman.'",
        "caption",
    ),
    "a film still's studio before a caption with a verb": (
        "Tessel Films Sam Reyes plays Jo Tam in 'Bridges of Harlow.'",
        "caption",
    ),
    "a picture's credit by way of its source": ("Image via Harlow Police", "caption"),
    "a picture's credit by courtesy": ("Image courtesy of Harlow Council", "caption"),
    "a photo illustration's credit": ("Photo illustration by Lee Park", "caption"),
    "an undated photo released by its source": (
        "This undated photo released by the Harlow Police shows Lee Park.",
        "caption",
    ),
    "a handout's credit as an agency prints it": (
        "Divers search the Tessel near the fallen span. (Harlow Police via AP)",
        "caption",
    ),
    "a picture's label in brackets closing its caption": (
        "Divers search the Tessel near the fallen span (Picture: Lee Park)",
        "caption",
    ),
    "a live video's label": ("WATCH LIVE: The mayor speaks after the collapse", "video"),
    "an audio player's label": ("Audio: The mayor speaks after the collapse", "video"),
    "a post embedded from another site": (
        "This content is imported from Twitter. You may be able to find the same content in"
        " another format, or you may be able to find more information, at their web site.",
        "share",
    ),
    "a page's notice on its age": ("This article is more than 5 years old", "share"),
    "a prompt to reload the page": ("Refresh this page for updates.", "share"),
    "a post that will change": ("This post will be updated.", "share"),
    "a prompt to scroll": ("Scroll down to read more.", "share"),
    "a live blog's prompt": ("Follow along for live updates.", "promo"),
    "an opinion piece's disclaimer": (
        "The views expressed in this commentary are solely those of the author.",
        "signup",
    ),
    "the writer's handle for the reader": (
        "You can follow Lee Park on Twitter @leepark.",
        "contact",
    ),
    "the writer's address": ("Email Lee Park at lpark@harlowherald.com.", "contact"),
    "the reporter's telephone": ("Contact reporter Lee Park at 555-0100.", "contact"),
    "the site suspending its comments": (
        "In order to improve our community experience, we are temporarily suspending article"
        " commenting.",
        "contact",
    ),
    "the comments' terms": ("By posting a comment you agree to our terms of use.", "share"),
    "the comments' moderation": ("Please note that comments are moderated.", "share"),
    "a wire's note on its funders": (
        "The Associated Press receives support from the Harlow Fund for coverage of bridges."
        " The AP is solely responsible for all content.",
        "contact",
    ),
    "a wire's standards for its funders": (
        "Find AP’s standards for working with philanthropies, a list of supporters and funded"
        " coverage areas at AP.org.",
        "contact",
    ),
    "a story made with a partner": (
        "This story was produced in partnership with the Harlow Herald.",
        "contact",
    ),
    "thanks for the reader's support": ("Thank you for supporting our journalism.", "share"),
    "the writer's handle after a comma": ("Follow Lee Park on Twitter, @leepark.", "contact"),
    "an agency's photo credit before its caption": (
        "AFP PHOTO / SAM REYES A diver surfaces beside the fallen span",
        "caption",
    ),
    "a long labelled caption full of names, without a stop": (
        "Reunited: Lee Park and Sam Reyes with Dana Whitlow and Mayor Jo Tam at the Harlow"
        " Bridge opening",
        "caption",
    ),
}
STORY = [
    # the words of credits and notices, in sentences of the story
    "Heavy rain and a weak pier contributed to the collapse, engineers said.",
    "Harlow Mayor Dana Whitlow's husband contributed.",
    "The study, first published in the Harlow Journal of Engineering, found the pier was weak.",
    "The situation is still developing, the mayor said on Tuesday.",
    "Cookies and cakes were sold at the vigil for the victims.",
    "Residents who have been affected by the closure can claim a refund, the council said.",
    "If anyone has information about the crash, they should call police, the sheriff said.",
    "The bridge fell into the river on Monday evening, the mayor said.",
    "Photos taken by a witness show the span sagging minutes before it fell.",
    "Police said they would watch the video recorded by a passing driver.",
    "The city will share the inspection report with the state next week.",
    "Residents signed up for a meeting about the crossing on Thursday.",
    "Twitter users posted pictures of the wreck within minutes.",
    "The mayor stands by the decision to keep the bridge open, her office said.",
    "The Times/CBS News poll found most residents want a new bridge.",
    "In Harlow/Fennick, the two towns the bridge joined, schools stayed shut.",
    "Asked about the cost: the mayor said it was too early to tell.",
    "Officials: Bus And Two Cars Plunge Into River As Harlow Bridge Gives Way",
    "Update: The council said on Tuesday that the crossing would reopen in June.",
    "Download speeds in Harlow fell after the mast on the bridge came down.",
    "Visit Harlow, the tourist board, said bookings had fallen by a third.",
    "Learning how the pier failed will take months, the engineer said.",
    "See-through barriers will line the new bridge, the council said.",
    "Read was the bridge's last inspector, the state said.",
    "Get-well cards for the injured poured in from across the county.",
    "Her husband (left the town in 2019) was charged on Tuesday.",
    "Her husband (left) was charged on Tuesday, police said.",
    "More than 200 people attended the vigil on Tuesday.",
    "Also on Monday, divers found a second car in the river.",
    "'It was awful,' she said.",
    "See how quickly it fell: the span dropped in under a minute, engineers said.",
    "Meet the engineers: a team of six will inspect every crossing by June.",
    "The mayor said the town had been here before, in 1953.",
    "Lee Park is a retired engineer who walked the bridge every morning.",
    "The correction to the budget came too late, the treasurer said.",
    "Starring in the town's pageant was a bridge made of paper, the organisers said.",
    "On the right, the river was rising fast, witnesses said.",
    "The mayor is pictured on the right of the photo.",
    "For the full year, the council will pay the ferry's costs, the treasurer said.",
    "Harlow Police reported from the scene that nine people were rescued.",
    "The bank cut its forecast for the county, said analysts at Credit Mutual Harlow.",
    "The story appeared in the paper on Monday, the mayor said.",
    "The request was made under the Freedom of Information Act (FOIA).",
    "Residents shared pictures under the hashtags #HarlowBridge and #Tessel, the council said.",
    "Email and text alerts went out to residents within minutes, the council said.",
    # the police's appeal, as the story reports it, is the story's
    "Anyone with information is asked to call Harlow police at 555-0142, the sheriff said.",
    "If you have information about the bridge, you must give it to the inquiry, the judge said.",
    "The council will have more to say here at the town hall on Monday, the mayor said.",
    "See, the mayor said, what happens when a council waits too long.",
    "What we know so far is that the span failed at its northern pier, the engineer said.",
    "Watch the river at dawn and the old piers show, the ferryman said.",
    "Arthur went further, boasting: 'I love the bridge. Today we are going to cross it.'",
    # the words of paywalls, cookie notices, reprint notes and social pages, as the story's news
    "Already a member of the Harlow league, Fennick joined its board in 2023.",
    "First published in 1922, the Harlow almanac was banned for a decade.",
    "Originally published in Swedish, the novel has sold four million copies.",
    "The use of cookies to track visitors without consent was ruled unlawful by the court.",
    "Regulators fined the firm over its cookie settings, which nudged users to accept tracking.",
    "This report will be updated in 2027 with new census data, the agency said.",
    "Follow the money on X, the investigators urged the inquiry.",
    # the words of stamps, credits, reprint notes and paywalls, in the story's sentences
    "Published May 4, 2026, the report found that most of the county's bridges needed work.",
    "Updated figures show the repairs cost $40 million, the county said.",
    "Comments made by the mayor on Monday angered residents.",
    "Thank you for reading my letter, she wrote to the council.",
    "Distributed by volunteers, the leaflets warned drivers of the closure.",
    "The article was republished by forty sites within a day.",
    "Written by Lee Park, the play about the bridge opens on Friday.",
    "Contact with the divers was lost at 10 a.m., the coast guard said.",
    "Residents can reach the hotline at 555-0100, the council said.",
    "File photos of the old bridge were shown at the hearing.",
    "Get full access to the bridge from Monday, the council told cyclists.",
    "This video is not available in court, the judge ruled.",
    "We want to hear from you about the bridge, the mayor told residents at the meeting.",
    "Reading time for the full report is about 4 minutes, the clerk said.",
    "Support for local journalism has grown, the survey found.",
    "The mayor spoke on Monday. The Harlow Herald photo archive holds the pictures.",
    "The tickets were sold out. Courtesy of the council, the shuttle is free.",
    "Above all, the council wants the bridge open by June.",
    "The story continues after the war, when the family moved to Harlow.",
    "Comments are moderated by volunteers, the site's owner said.",
    "This report was funded by the Harlow Foundation, the agency said.",
    "Copy the link from the council's page to register, the clerk said.",
    # the words of picture labels and agency credits, in the story's sentences and headlines
    "Picture this: a bridge that never closes, the architect told the council.",
    "Reuters/Ipsos polling shows the mayor ahead by ten points in Harlow.",
    "AP/NORC Poll Finds Most Harlow Residents Back A New Bridge",
    "Exclusive: Lee Park Tells How He Survived The Harlow Bridge Collapse And Swam To The Bank",
    "Pictures of the span were shown to the jury on Monday, the clerk said.",
    "Harlow Pictures chief Lee Park said the film 'Bridges' would open in May.",
    "Harlow Studios Lee Park and Sam Reyes built the set for 'Bridges' in 2025, the studio said.",
    "Enlarged images of the pier were shown to the jury, the clerk said.",
    "Picture by picture, the council rebuilt the old town hall.",
    "Residents should refresh their plans for the floods, the council said.",
    "The museum receives support from the Harlow Fund, its director said.",
    "We are suspending comments on the bridge plan until the inquiry ends, the council said.",
    "The AP reported that the ferry receives support from the state.",
    "Commenters said they were solely responsible for the posts, the judge noted.",
    "The statue is more than 200 years old, the council said.",
    "Email the council at clerk@harlow.gov to object, the mayor said.",
    "Keep reading below the waterline and the divers found rust, the engineer said.",
    "The photo released on Monday shows the suspect fleeing, police said.",
    "Video now shows the span falling, the engineers said.",
    "The divers were flown in from Fennick (by way of the coast guard via AP's report).",
    "The story can end here, the author said of her novel.",
    "Optional trim levels include a sunroof, the carmaker said.",
    "Optional material follows the main text in the appendix, the editor said.",
    "End optional trim levels were not offered, the dealer said.",
    "Story can end here, the novelist said of her last chapter.",
]


@pytest.mark.parametrize(("line", "kind"), FURNITURE.values(), ids=FURNITURE.keys())
def test_furniture_lines_are_recognised_by_kind(line: str, kind: str) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", STORY)
def test_story_sentences_about_photos_videos_and_sharing_are_story(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_caption_without_its_credit_is_found_beside_the_credit_or_at_the_top() -> None:
    lines = [
        "Rescue divers carry a stretcher along the Tessel riverbank on Monday.",
        "Lee Park/Getty Images",
        "HARLOW — The bridge fell into the river on Monday evening, officials said.",
        "Mayor Dana Whitlow waves to residents outside the town hall.",
        "(Sam Reyes/The Harlow Herald)",
        "The crossing had been inspected in March and passed, the state said.",
    ]
    assert sorted(furniture_lines(lines)) == [0, 1, 3, 4]


def test_a_caption_with_its_full_date_is_found_anywhere_in_the_article() -> None:
    lines = [
        "The bridge fell into the river on Monday evening, officials said.",
        "Divers pulled nine people from the water, the fire chief said.",
        "The crossing was inspected on March 3, 2025, and passed, the state said.",
        "Mayor Dana Whitlow waves to residents in Harlow, Monday, May 4, 2026.",
        "The council will meet on Thursday to discuss a temporary crossing.",
    ]
    assert furniture_lines(lines) == {3: "caption"}


_STORY_AROUND = (
    "HARLOW — A county inquiry into the collapse opened on Tuesday, its chair said.",
    "The Carrowgate bridge fell into the Tessel on Monday evening, officials said.",
    "Divers pulled nine people from the water, the fire chief said.",
    "The crossing had been inspected in March and passed, the state said.",
)


@pytest.mark.parametrize(
    "caption",
    [
        "Police officers stand guard outside the Harlow courthouse.",
        "Rescue workers search the rubble of the collapsed bridge on Friday.",
        "Mourners lay flowers at the gates of Tessel Park in Harlow, Tuesday, May 4, 2026.",
        "Mayor Lena Ruiz speaks during a press conference at City Hall in Harlow on Tuesday.",
        "A volunteer carries sandbags along the flooded quay.",
        "An aerial view of the flooded quay.",
        "A drone image of the Carrowgate bridge from the north bank.",
    ],
)
def test_a_caption_alone_in_the_middle_of_an_article_is_furniture(caption: str) -> None:
    lines = [*_STORY_AROUND[:3], caption, _STORY_AROUND[3]]
    assert furniture_lines(lines) == {3: "caption"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police say the bridge is closed.",
        "The council meets on Tuesday to vote.",
        "Rescue workers search for survivors as the river rises, officials said.",
        "Rescue workers searched the rubble of the collapsed bridge on Friday.",
        "Divers will search the river again at dawn on Tuesday.",
        "Inside, volunteers sit at long tables in the Harlow church hall.",
        "Inside the hall volunteers sit at long tables in Harlow.",
        "We stand with the families of Harlow tonight.",
        "“Crews work through the night at the bridge,” the chief said.",
        "Rescue workers search the rubble of the bridge as the river rises.",
        "Residents gather at the quay. The council meets on Tuesday.",
        "The talks resume in Harlow on Monday.",
        "An aerial view of the quay was released by the county on Friday.",
    ],
)
def test_a_present_tense_sentence_of_the_story_is_not_a_caption(sentence: str) -> None:
    lines = [*_STORY_AROUND[:3], sentence, _STORY_AROUND[3]]
    assert furniture_lines(lines) == {}


def test_a_caption_alone_between_paragraphs_never_reaches_the_story() -> None:
    text = "\n\n".join(
        [
            *_STORY_AROUND[:3],
            "Police officers stand guard outside the Harlow courthouse.",
            _STORY_AROUND[3],
        ]
    )
    article = ingest(RawDocument(text=text), "p01.txt", 0)
    assert "Police officers stand guard outside the Harlow courthouse." not in article.paragraphs
    assert _STORY_AROUND[3] in article.paragraphs


def test_a_tweets_text_above_its_signature_is_part_of_the_tweet() -> None:
    lines = [
        "The bridge fell into the river on Monday evening, officials said.",
        "Thoughts with everyone in Harlow tonight.",
        "— Dana Whitlow (@MayorWhitlow) May 4, 2026",
        "The council will meet on Thursday to discuss a temporary crossing.",
    ]
    assert furniture_lines(lines) == {1: "tweet", 2: "tweet"}


def test_furniture_never_reaches_the_story_and_the_dateline_after_a_caption_names_the_outlet() -> (
    None
):
    text = "\n\n".join(
        [
            "Crews search the Tessel river in Harlow on Monday. (AP Photo/Sam Reyes)",
            "HARLOW (AP) — The Carrowgate bridge fell into the Tessel on Monday evening, "
            "officials said.",
            "Stay safe, everyone. — Dana Whitlow (@MayorWhitlow) May 4, 2026",
            "Divers pulled nine people from the river, the fire chief said.",
            "Get the latest from Harlow in your inbox. Sign up for our newsletter.",
        ]
    )
    article = ingest(RawDocument(text=text), "p01.txt", 0)
    assert article.paragraphs == (
        "The Carrowgate bridge fell into the Tessel on Monday evening, officials said.",
        "Divers pulled nine people from the river, the fire chief said.",
    )
    assert (article.outlet, article.outlet_from) == ("Associated Press", "text")


def test_a_headline_in_the_present_tense_is_not_a_caption() -> None:
    lines = [
        "Families wait on riverbank as Harlow counts the cost of bridge collapse",
        "The bridge fell into the river on Monday evening, officials said.",
    ]
    assert furniture_lines(lines) == {}


def test_a_caption_above_its_credit_line_is_furniture_whatever_its_tense() -> None:
    lines = [
        "The bridge fell into the river on Monday evening, officials said.",
        "The old span once carried a fifth of the county's traffic, engineers found.",
        "HARLOW COUNCIL/LEE PARK/SAM REYES",
        "The council will meet on Thursday to discuss a temporary crossing.",
    ]
    assert furniture_lines(lines) == {1: "caption", 2: "caption"}


def test_a_headline_above_a_credit_line_is_not_a_caption() -> None:
    lines = [
        "In Harlow, A Bridge Falls And A Town Asks Why",
        "Enlarge this image toggle caption Lee Park/Radio Harlow Lee Park/Radio Harlow",
        "The bridge fell into the river on Monday evening, officials said.",
    ]
    assert furniture_lines(lines) == {1: "caption"}


def test_a_caption_glued_to_the_first_sentence_is_split_off_and_left_out() -> None:
    text = "\n\n".join(
        [
            "A diver waves to colleagues on the bank of the Tessel in Harlow. The Carrowgate "
            "bridge fell into the river on Monday evening, the mayor said.",
            "Divers pulled nine people from the river, the fire chief said.",
        ]
    )
    article = ingest(RawDocument(text=text), "p01.txt", 0)
    assert article.paragraphs == (
        "The Carrowgate bridge fell into the river on Monday evening, the mayor said.",
        "Divers pulled nine people from the river, the fire chief said.",
    )


def test_a_caption_is_not_split_at_an_abbreviation() -> None:
    assert (
        split_caption_from_lede(
            "Crowds gather at the Cathedral of St. John the Baptist as the bells ring for the dead."
        )
        is None
    )


def test_a_pull_quote_repeating_a_longer_line_is_furniture_and_the_longer_line_story() -> None:
    lines = [
        "The bridge fell into the river on Monday evening, officials said.",
        "The kind of neglect I'm seeing reminds me of the worst years of the county.",
        "Divers pulled nine people from the water, the fire chief said.",
        '"The kind of neglect I\'m seeing reminds me of the worst years of the county," '
        "the engineer told reporters on Tuesday.",
    ]
    assert furniture_lines(lines) == {1: "pull quote"}


def test_a_headline_repeated_in_the_first_paragraph_is_left_for_the_title() -> None:
    lines = [
        "Harlow bridge falls into the Tessel as buses cross at rush hour",
        "Harlow bridge falls into the Tessel as buses cross at rush hour, officials said on "
        "Monday.",
    ]
    assert furniture_lines(lines) == {}


def test_a_writers_note_is_furniture_only_among_the_last_lines() -> None:
    note = "Lee Park is a contributing editor at the Harlow Herald and a bridge engineer."
    story = [
        "The bridge fell into the river on Monday evening, officials said.",
        "Divers pulled nine people from the water, the fire chief said.",
        "The council will meet on Thursday to discuss a temporary crossing.",
        "Engineers began to inspect the other crossings on Tuesday.",
    ]
    assert furniture_lines([*story, note]) == {4: "contact"}
    assert furniture_lines([note, *story]) == {}


def test_a_picture_named_without_a_verb_at_the_top_is_a_caption_and_a_sentence_about_one_is_not() -> (
    None
):
    lines = [
        "Harlow unveils its new tram",
        "An official product shot of the Fennick tram, known as Project Rail, the new car from"
        " Harlow Works. The company showed it off on Sunday night in Harlow.",
        "A photo of the driver was released by police on Monday in Harlow.",
        "The tram will run from May, the council said on Monday.",
    ]
    assert furniture_lines(lines) == {1: "caption"}


def test_a_caption_and_its_credit_saved_inside_a_paragraph_are_left_out_of_the_story() -> None:
    text = (
        "The Harlow bridge reopened on Monday after a year of repairs.\n\n"
        "Crowds gathered at both ends of the span, the mayor said. Lee Park, the council's"
        ' engineer, at the opening. (Sam Reyes/Harlow Press) "It took longer than we hoped,"'
        " Park said. The span cost $4 million.\n\n"
        "A Harlow Herald/Fennick poll (Herald/Fennick) found support for the work. Sam Reyes,"
        " a former mill worker. (HTV) Reyes said he crossed it daily. It opened on time. (HTV)"
        " Park said it was safe.\n"
    )
    article = ingest(RawDocument(text), "a.txt", 0)
    assert article.paragraphs[1] == (
        'Crowds gathered at both ends of the span, the mayor said. "It took longer than we'
        ' hoped," Park said. The span cost $4 million.'
    )
    assert article.paragraphs[2] == (
        "A Harlow Herald/Fennick poll (Herald/Fennick) found support for the work. Reyes said he"
        " crossed it daily. It opened on time. (HTV) Park said it was safe."
    )
    assert any("(Sam Reyes/Harlow Press)" in line for line in article.removed)


def test_a_lede_about_a_shot_in_a_match_is_story_not_a_pictures_caption() -> None:
    lines = [
        "A shot from 25 yards by Lee Park deflected off the wall and into the net in the 30th"
        " minute.",
        "A shot of adrenaline gave the home side new life after the break.",
        "A publicity shot of the Fennick tram, the new car from Harlow Works.",
    ]
    assert furniture_lines(lines) == {2: "caption"}


def test_captions_inside_a_very_long_paragraph_are_found_reading_it_about_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from corroborate.engine.text import ingest as ingest_module

    read: list[int] = []
    real = ingest_module.split_paragraph

    def counting(text: str):  # type: ignore[no-untyped-def]
        read.append(len(text))
        return real(text)

    monkeypatch.setattr(ingest_module, "split_paragraph", counting)
    sentence = "The mayor said the span was safe to cross again. (HTV) "
    text = "The Harlow bridge reopened on Monday.\n\n" + sentence * 400 + "Park agreed.\n"
    article = ingest(RawDocument(text), "a.txt", 0)
    assert article.paragraphs[1].count("(HTV)") == 400  # a sentence with a verb is no caption
    assert sum(read) < 20 * len(text)


def test_a_template_label_glued_to_the_next_sentence_is_left_out_of_the_story() -> None:
    text = (
        "Bridge closure ordered\n\n"
        "The council voted on Tuesday to close the bridge after engineers found cracks in it. "
        "Advertisement The mayor said the closure would last at least six months.\n\n"
        "Continue reading the main story Residents will take a detour of about five miles.\n\n"
        "Advertisement revenue at the Harlow Herald fell by a third last year, its owner said.\n"
    )
    paragraphs = ingest(RawDocument(text=text), "p01.txt", 0).paragraphs
    assert paragraphs == (
        "The council voted on Tuesday to close the bridge after engineers found cracks in it. "
        "The mayor said the closure would last at least six months.",
        "Residents will take a detour of about five miles.",
        "Advertisement revenue at the Harlow Herald fell by a third last year, its owner said.",
    )


def test_a_glued_label_is_searched_for_without_backtracking_on_a_long_line() -> None:
    from corroborate.engine.text.furniture import without_glued_labels

    line = "Advertisement " + "The mayor spoke. " * 60_000
    assert without_glued_labels(line).startswith("The mayor spoke. The mayor spoke.")


def test_a_sentence_about_a_picture_beside_its_credit_is_a_caption_and_elsewhere_is_story() -> None:
    about = "The photo, taken by a neighbour from across the river, shows the mill in flames."
    story = "The mill burned for three days before firefighters put it out, officials said."
    assert furniture_lines(["Photo: Lee Park/Harlow Herald", about, story]) == {
        0: "caption",
        1: "caption",
    }
    assert furniture_lines([about, "(Lee Park/The Harlow Herald)", story]) == {
        0: "caption",
        1: "caption",
    }
    assert furniture_lines([story, story.replace("three", "four"), about, story]) == {}


def test_a_sentence_about_a_video_beside_a_photo_credit_is_story() -> None:
    lines = [
        "Harlow police officers at the scene on Monday. (Lee Park/Harlow Herald)",
        "The video, recorded by a neighbour, shows two officers kicking a man on the ground.",
        "The footage was shared a million times before the department responded.",
    ]
    assert furniture_lines(lines) == {0: "caption"}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_ALL_HINTS)
        | st.text(alphabet="abcdefghijklmnopqrstuvwxyz :/<[(@&", max_size=8),
        max_size=8,
    ).map("".join)
)
def test_the_hints_found_at_once_are_each_kinds_hints_found_one_by_one(low: str) -> None:
    hinted = set(filter(low.__contains__, _ALL_HINTS))
    for kind, _start, _inside, hints in _TRIED:
        one_by_one = any(hint in low for hint in _HINTS.get(kind, ()))
        assert bool(hinted and not hints.isdisjoint(hinted)) == one_by_one


#: Pieces of the lines the hints must let through ("follow us @…") and of lines like them.
_PIECES = (
    "Follow us @harlow",
    "follow me on Twitter",
    "Follow her on Instagram",
    "following",
    "Follow",
    "@harlow",
    "Reach him at",
    "e-mail the reporter at",
    "can be reached at",
    "contact us at",
    "drop us a line",
    "(h/t",
    "hat tip to",
    "Got a news tip",
    "send us a tip",
    "This story appeared in the",
    "appear",
    "A version of this article appears in print",
    "may not be published, broadcast",
    "legally licensed through",
    "the owner of this site",
    "Lee Park contributed to this report.",
    "originally published on",
    "disclosure:",
    "the",
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map(" ".join))
def test_a_line_an_inside_pattern_finds_holds_one_of_its_kinds_hints(line: str) -> None:
    for kind, pattern in _INSIDE.items():
        if pattern.search(line):
            assert any(hint in line.lower() for hint in _HINTS[kind]), kind


@pytest.mark.parametrize("kind", sorted(_INSIDE))
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_every_line_a_kinds_inside_pattern_finds_holds_one_of_that_kinds_hints(
    kind: str, data: st.DataObject
) -> None:
    """A wording the pattern spells out but no hint lets through is never looked for."""
    ascii_text = st.characters(codec="ascii")
    line = data.draw(st.from_regex(_INSIDE[kind], fullmatch=True, alphabet=ascii_text))
    if _INSIDE[kind].search(line.strip()):
        assert any(hint in line.lower() for hint in _HINTS[kind]), line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The rescue of the Quillonport trawler crew can be seen in the clip below.", "video"),
        ("Readers can follow the count as it happens in the player above.", "video"),
        ("In this video still, smoke rises over the Marbleville depot.", "caption"),
        ("Get the latest from Fernhollow on our free news app.", "signup"),
        ("We may earn a share of sales from links to Fernhollow shops on this page.", "signup"),
        ("The Harlow Courier is not responsible for the content of external links.", "signup"),
        ("Support our pledge drive this month.", "promo"),
    ],
)
def test_a_wording_only_a_longer_hint_would_miss_is_found_as_its_kind(line: str, kind: str) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # each form a hint of two or three words stands for, found as before
        ("This is a member-only story.", "signup"),
        ("This is a member exclusive article.", "signup"),
        ("The opinions expressed here are those of the author.", "signup"),
        ("The site may receive a small commission when you buy through its links.", "signup"),
        ("The news that matters, delivered every weekday morning.", "signup"),
        ("Headlines that matter delivered daily.", "signup"),
        ("Good morning. Here's what you need to know today.", "signup"),
        ("Here are today's top stories:", "signup"),
        ("And here is this week's biggest news.", "signup"),
        ("This article appeared in the Fernhollow Courier.", "contact"),
        ("This essay appears in the spring issue of Quill Monthly.", "contact"),
        # and news holding the one word those hints replaced, still story
        ("There is the question of who pays, a member of the Quillonport council said.", None),
        ("The commission said the Marbleville vote was expressed as a share of turnout.", None),
        ("Aid was delivered to the Fernhollow shelter on Tuesday.", None),
        ("Nobody knows where is the missing trawler, its owner said.", None),
        ("The ferry did not appear on the harbour's radar, the coastguard said.", None),
    ],
)
def test_a_wording_a_hint_of_several_words_stands_for_is_found_and_the_word_alone_is_not(
    line: str, kind: str | None
) -> None:
    assert furniture_kind(line) == kind


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_a_folded_line_is_the_line_with_every_run_of_non_word_characters_made_one_space(
    line: str,
) -> None:
    assert _folded(line) == " ".join(re.sub(r"[^\w]+", " ", line.lower()).split())


@pytest.mark.parametrize(
    ("paragraph", "story"),
    [
        ("Crowds cheered the mayor, he said. vj/mae", "Crowds cheered the mayor, he said."),
        ("The ferry sailed at dawn. str-mae-vj", "The ferry sailed at dawn."),
        ('"Watch the river closely." ae-ggl', '"Watch the river closely."'),
        ("Only a third of voters cast ballots. MORE", "Only a third of voters cast ballots."),
        # or in brackets
        ("A man was found in a Harlow park. (ms-aet)", "A man was found in a Harlow park."),
        ("Police raised the alert. (tc-pfg-dkt)", "Police raised the alert."),
        # a bracket of the story's own closing a paragraph stays
        (
            "The pier is rated safe (for now).",
            "The pier is rated safe (for now).",
        ),
        (
            "The council voted 5-2. (The mayor abstained.)",
            "The council voted 5-2. (The mayor abstained.)",
        ),
        # words of the story at a paragraph's end
        (
            "The council voted on the bridge by e-mail while the mayor was away in Fennick all week",
            "The council voted on the bridge by e-mail while the mayor was away in Fennick all week",
        ),
        ("The pier was rated A-plus.", "The pier was rated A-plus."),
        ("Residents asked for more.", "Residents asked for more."),
    ],
)
def test_a_wire_desks_tag_glued_after_the_last_sentence_is_left_out(
    paragraph: str, story: str
) -> None:
    assert without_desk_tag(paragraph) == story
    article = ingest(
        RawDocument(text=f"The Harlow bridge fell on Monday.\n\n{paragraph}"), "a.txt", 0
    )
    assert article.paragraphs[-1] == story


def test_a_present_tense_sentence_under_the_first_paragraph_is_story_not_a_caption() -> None:
    text = (
        "Carrow Bridge reopens after repairs\n\n"
        "The Carrow Bridge reopened on Monday after six months of repairs.\n\n"
        "The bridge carries about 30,000 vehicles a day between Fennick and Dalby.\n\n"
        "The city spent $4 million on the work, the mayor said.\n"
    )
    article = ingest(RawDocument(text), "herald.txt", 0)
    assert (
        "The bridge carries about 30,000 vehicles a day between Fennick and Dalby."
        in article.paragraphs
    )


def test_a_present_tense_caption_above_the_first_paragraph_is_still_furniture() -> None:
    caption = "Rescue divers carry a stretcher along the Tessel riverbank."
    text = (
        "Carrow Bridge falls into the Tessel\n\n"
        f"{caption}\n\n"
        "The Carrow Bridge fell into the Tessel River on Monday evening, taking a bus with it.\n\n"
        "Two people were killed, the police said.\n"
    )
    article = ingest(RawDocument(text), "herald.txt", 0)
    assert caption not in article.paragraphs
    assert caption in article.removed


@pytest.mark.parametrize(
    "caption",
    [
        "Mayor Lena Ruiz, center, cuts the ribbon at the reopened Harlow bridge on Monday, "
        "May 4, 2026.",
        "Fire chief Sam Reyes, right, briefs reporters near the Tessel river in Harlow, Monday, "
        "May 4, 2026.",
        "Lee Park (center) tours the flooded mill in Harlow on Tuesday, Jan. 6, 2026.",
        "Dana Whitlow, left, signs copies of her book at the Fennick library, Saturday, "
        "March 7, 2026.",
    ],
)
def test_a_wire_caption_placing_one_person_with_its_full_date_is_furniture(caption: str) -> None:
    assert furniture_kind(caption) == "caption"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company he left, Harlow Motors, filed for bankruptcy on May 4, 2026.",
        "Lee Park, right, has been charged, police said on May 4, 2026.",
        "The man on the right, Lee Park, is expected in court on May 11, 2026.",
        "Turn right, and the trail reaches Harlow; the path opens on May 4, 2026.",
        "Sam Reyes, center, scored twice as Harlow won the final on Sunday, May 3, 2026.",
        # what is to come, or what stays as it is
        "Lee Park, center, remains in custody since his arrest on May 4, 2026.",
        "Dana Whitlow, left, and Lee Park are expected in court on Monday, May 11, 2026.",
        "The shelter, right, reopens to families on Monday, May 11, 2026.",
    ],
)
def test_a_story_sentence_placing_someone_beside_a_full_date_stays_story(sentence: str) -> None:
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters battle a blaze at a warehouse in Harlow, Tuesday, May 5, 2026.",
        "Traffic moves across the reopened Harlow bridge, Monday, May 4, 2026.",
        "Members of the Harlow council vote on the bridge budget, Tuesday, May 5, 2026, in Harlow.",
        "A man rides a bicycle past the closed bridge, Monday, May 4, 2026, in Harlow, England.",
    ],
)
def test_a_caption_stamped_with_its_weekday_after_a_comma_is_furniture(caption: str) -> None:
    assert furniture_kind(caption) == "caption"
    text = "\n\n".join(["Harlow Bridge Reopens", STORY_LINES[0], caption, *STORY_LINES[1:]])
    assert ingest(RawDocument(text=text), "p01.txt", 0).paragraphs == STORY_LINES


#: A story told over three paragraphs, every one of them the story's.
STORY_LINES = (
    "The Harlow bridge reopened to traffic on Monday after a two-year repair, officials said.",
    "Engineers replaced two piers and the whole deck, according to the transport department.",
    "Commuters said the closure had added up to an hour to their daily trips.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Firefighters battled a blaze at a warehouse in Harlow, Tuesday, May 5, 2026.",
        "Voting ends at 8 p.m., Tuesday, May 5, 2026.",
        "The bridge reopens to buses, Monday, May 11, 2026.",
        "The trial is set to begin, Monday, May 11, 2026, in Harlow.",
        "Police said the man was arrested, Tuesday, May 5, 2026.",
        "We cross the bridge every day, Tuesday, May 5, 2026.",
        "Lee Park has been missing since Tuesday, May 5, 2026.",
    ],
)
def test_a_stamped_sentence_of_the_past_of_speech_or_to_come_stays_story(sentence: str) -> None:
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize(
    ("paragraph", "story"),
    [
        (
            "Lawyers for Tessel Vanrik (TEH'-suhl vahn-REEK') say the trial should move.",
            "Lawyers for Tessel Vanrik say the trial should move.",
        ),
        ("Mayor Carlo Reyes (KAHR'-loh) cut the ribbon.", "Mayor Carlo Reyes cut the ribbon."),
        (
            "Dana al-Fennik (DAH'-nah ahl-FEH'-nik), the envoy, spoke on Monday.",
            "Dana al-Fennik, the envoy, spoke on Monday.",
        ),
    ],
)
def test_a_wires_guide_to_saying_a_name_is_left_out_of_the_sentence(
    paragraph: str, story: str
) -> None:
    assert without_pronunciation(paragraph) == story
    article = ingest(
        RawDocument(text=f"The Harlow bridge fell on Monday.\n\n{paragraph}"), "a.txt", 0
    )
    assert article.paragraphs[-1] == story


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sen. Lena Ruiz (D-N.Y.) said the bridge would reopen.",
        "An AP-NORC poll (AP-NORC) found support for the toll.",
        "The suspect's nickname ('Big-JOE') was painted on the wall.",
        "The fund (the 'HARLOW-First' plan) was approved.",
        "The band (the 'JOE' and-friends tour) played in Harlow.",
        "The ferry's call sign (HRL-4) was painted on its bow.",
        # a nickname or a code name quoted in capitals, its quote opening in the bracket
        "Police arrested Lee Park (nicknamed 'BIG-MAC' by fans) on Monday.",
        "The raid (codenamed 'IRON-GATE' by planners) began at dawn.",
        "The ferry (known locally as 'OLD-RUSTY' since the fire) was sold.",
    ],
)
def test_a_bracket_of_the_storys_own_stays_in_the_sentence(paragraph: str) -> None:
    assert without_pronunciation(paragraph) == paragraph


@pytest.mark.parametrize(
    "sentence",
    [
        # what many will do, in the plural, and what stays as it is
        "Polls close at 8 p.m. local time, Tuesday, May 5, 2026, in Harlow.",
        "Schools reopen after the storm, Monday, May 11, 2026.",
        "Talks between the two unions resume in Harlow, Monday, May 11, 2026.",
        "Harlow remains under a flood warning, Tuesday, May 5, 2026.",
        "The death toll stands at 12, Tuesday, May 5, 2026.",
    ],
)
def test_a_stamped_sentence_of_what_many_will_do_or_what_remains_stays_story(
    sentence: str,
) -> None:
    assert furniture_kind(sentence) is None
