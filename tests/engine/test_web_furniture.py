"""Lines that real saved news pages carry and the readable corpora rarely show: the page's
buttons, a player's error, paywall lines, relative time stamps, bylines with a stop, the
credit of a picture by where it came from, and a paper's note on the wire copy it used.
Every line here is invented, as are the outlets (Harlow Herald, Fennick Wire)."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles import read_page
from corroborate.engine import SummaryOptions, analyze, summarize, to_json
from corroborate.engine.models import RawDocument
from corroborate.engine.text.furniture import furniture_kind
from corroborate.engine.text.ingest import ingest

HEADLINE = "Harlow Bridge Reopens After Two-Year Repair"
STORY = (
    "HARLOW (Fennick Wire) — The Harlow bridge reopened to traffic on Monday after a "
    "two-year repair that cost $40 million, city officials said.",
    "Mayor Lena Ruiz cut a ribbon at the east end of the span while a brass band played.",
    "The bridge carries about 30,000 vehicles a day and had been closed since a barge "
    "struck one of its piers.",
    "Engineers replaced two piers and the whole deck, according to the transport department.",
    "Commuters said the closure had added up to an hour to their daily trips.",
)

CREDITS = "credits of a picture by where it came from"
#: One class of web furniture a parameter, each with several forms.
CLASSES = {
    "the page's buttons": (
        "Save for later.",
        "Gift this article.",
        "Bookmark this story.",
        "Add to your saved stories.",
        "Tweet this.",
        "Link copied to clipboard.",
        "Open in the app.",
        "Tap to expand.",
        "Swipe for more photos.",
        "More photos below.",
        "Read this next.",
        "Click to read more.",
        "Please click to view the gallery.",
        "Become a member today.",
        "12 comments on this story.",
        "Enjoy more audio and podcasts on iOS or Android.",
    ),
    "comment counts and prompts": (
        "Comment below.",
        "Email the author.",
        "Show 12 comments.",
        "View comments (12).",
        "There are 12 comments on this story.",
        "Please log in to view comments.",
        "Note: Comments are moderated.",
        "Be the first to comment.",
        "Start the conversation.",
        "No comments yet.",
    ),
    "account prompts and offers": (
        "Forgot your password?",
        "Don't have an account?",
        "Log in with Facebook.",
        "Continue with Google.",
        "Get 3 months for $1.",
        "Limited time offer.",
        "Thank you for your support.",
        "Want to read more? Subscribe today.",
        "Like Harlow Herald on Facebook.",
        "Read more at harlowherald.example.",
        "Continue reading at The Harlow Herald.",
    ),
    "the page's promise of updates and its platform's notes": (
        "This is a breaking news update. Check back soon for more information.",
        "We will update this story as more information becomes available.",
        "Harlow Herald will update this story as more information becomes available.",
        "The video player is currently playing an ad. You can skip the ad in 5 sec.",
        "This post was published on the now-closed Harlow Contributor platform.",
        "Have something to say? Comment below.",
        "Get the Harlow Herald app.",
        "Don't forget to like and subscribe!",
    ),
    "a broadcaster's notes on its transcripts and links": (
        "Harlow Radio transcripts are created on a rush deadline by a contractor.",
        "This text may not be in its final form and may be updated or revised in the future.",
        "Harlow Radio is not responsible for the content of external sites.",
    ),
    "a player's or a page's error": (
        "Something went wrong. Please try again.",
        "Sorry, something went wrong.",
        "An error has occurred.",
        "Please try again later.",
        "This video is unavailable.",
        "We apologize, but this video has failed to load.",
        "Sorry, this video is not available in your region.",
        "This video can not be played.",
        "We're sorry, this feature is currently unavailable.",
        "You're all set!",
    ),
    "paywall and appeal lines": (
        "Subscribers can read the full story in the e-edition.",
        "To read the full story, subscribe.",
        "This is your last free article.",
        "This article is for subscribers only.",
        "Please support our journalism.",
        "Get breaking news alerts.",
        "Sign up for breaking news alerts.",
        "NEW You can now listen to Fennick Wire articles!",
    ),
    "relative time stamps": (
        "12 minutes ago.",
        "Updated 2 hours ago",
        "Posted 3 days ago.",
        "Yesterday at 4:15 PM.",
        "Updated 4:15 p.m. ET.",
        "Posted 4:15 PM, May 4, 2026, by Jane Doe.",
    ),
    CREDITS: (
        "Contributed photo.",
        "Submitted photo",
        "Staff photo by Jane Doe.",
        "Photo provided by Harlow Police.",
        "Photo submitted by Jane Doe.",
        "Harlow Herald file photo by Jane Doe",
        "Credit...Jane Doe for The Harlow Herald",
        "Jane Doe for The Harlow Herald",
    ),
    "bylines with a stop": (
        "By Jane Doe.",
        "By Jane Doe, Staff Writer.",
        "By Jane Doe and Sam Reyes, Fennick Wire.",
        "Jane Doe and Sam Reyes, Fennick Wire.",
        "Jane Doe, The Harlow Herald.",
        "By JANE DOE FOR HARLOWONLINE.",
        "Special to The Harlow Herald.",
        "Staff report.",
        "Harlow Herald Staff Report",
        "This report was compiled by Jane Doe.",
        "Compiled by Jane Doe and Sam Reyes.",
        "Send tips to tips@harlowherald.example.",
    ),
    "a paper's note on the wire copy it used": (
        "Information from Fennick Wire was used in this report.",
        "Material from Fennick Wire was used in this report.",
        "This report includes material from Fennick Wire.",
        "This story contains reporting from the Fennick Wire and Harlow Radio.",
        "Fennick Wire contributed.",
        "From staff and wire reports.",
        "Staff and wire reports.",
        "Compiled from staff and wire reports.",
    ),
    "link labels and listening prompts": (
        "Also see: Harlow council approves bridge budget.",
        "Next up: Harlow council approves bridge budget.",
        "LISTEN: The mayor on the bridge reopening.",
        "Most Popular: Harlow council approves bridge budget.",
        "More from The Harlow Herald.",
        "Email us at news@harlowherald.example.",
    ),
    "cookie, privacy and sponsor notes": (
        "This site uses cookies.",
        "We care about your privacy.",
        "Opinions expressed by contributors are their own.",
        "This content was produced by Harlow Studio.",
        "This post is sponsored by Harlow Studio in partnership with Fennick Bank.",
    ),
    "the platform's receipts, errors and checks": (
        "Your notification has been saved.",
        "Your preferences have been updated!",
        "There was a problem saving your notification.",
        "Hmm, there was a problem reaching the server. Try again?",
        "Oops! There was an error processing your request. Please try again later.",
        "Email notifications are only sent once a day, and only if there are new matching items.",
        "This video file cannot be played. (Error Code: 224003)",
        "The audio clip could not be loaded.",
        "Please verify you're not a robot by clicking the box.",
        "Confirm that you are human.",
        "Never miss a post.",
        "You can add location information to your posts, such as your town, from the web.",
    ),
    "a web archive's notes on its crawl": (
        "These crawls are part of an effort to archive pages as they are created.",
        "This crawl was run by the Harlow Archive to keep the pages its sites link to.",
        "The seed for this crawl was a list of every host the archive knows.",
        "Starting in 1998, Fennick Internet has been donating their crawl data to the archive.",
    ),
    "an embed's prompt": (
        "Add this post to your website by copying the code below.",
        "Embed this video on your site by copying the code below. Learn more",
        "Add this map to your blog.",
    ),
    "a blog platform's lines": (
        "Sorry, your blog cannot share posts by email.",
        "This entry was posted in News and tagged Harlow, bridges. Bookmark the permalink.",
        "This post was posted under Transport. Bookmark the permalink.",
        "Bookmark the permalink.",
        "Enter your email address to subscribe to this blog and get new posts by email.",
        "Enter your e-mail to follow this site.",
        "This site uses Spamguard to reduce spam. Learn how your comment data is processed.",
    ),
    "the page's notes on its comments, gifts and voice": (
        "To find out more about Fennick commenting please read the Conversation Guidelines.",
        "For more about comments, see our community guidelines.",
        "We'd like to hear what you think about this or any of our articles.",
        "As a subscriber, you have 10 gift articles to give each month.",
        "You have five gift stories left this month.",
        "Voiced by artificial intelligence.",
        "This article is narrated by an AI voice.",
        "Press play to listen to this article.",
        "Tap play to hear this story",
    ),
    "a wire's correction notes naming what they set right": (
        "This version corrects the spelling of the mayor's name.",
        "This version corrects the day the bridge reopened to Monday.",
        "This story corrects the cost of the repair.",
        "This version corrects that the bridge is owned by the state, not the city.",
        "This item has been corrected to fix the spelling of the engineer's name.",
    ),
    "prompts to follow a page on several networks": (
        "Follow Harlow Radio on Facebook, Twitter and Instagram.",
        "Follow Harlow Herald on Facebook, X and Instagram.",
        "Follow the Fennick Wire on Twitter, Facebook, or YouTube",
    ),
    "a note that the story changed, a player's JavaScript note and an app prompt": (
        "Note: This story has been updated.",
        "Editor's note: This story has been updated with a statement from the mayor.",
        "To play this video you need to enable JavaScript in your browser.",
        "You need to enable JavaScript to watch this video.",
        "This video requires JavaScript. Please enable JavaScript in your browser.",
        "Enable JavaScript to watch this video.",
        "Stay up to date with the latest news by downloading our app.",
        "Keep up with Harlow by getting our free app.",
    ),
    "a call for the readers' stories and offers of more of the site": (
        "Did you witness the crash? Get in touch.",
        "Have you been affected by the closure? Share your experience.",
        "Were you on the bridge? Tell us your story.",
        "Get in touch.",
        "Please get in touch.",
        "Catch up on the latest news.",
        "Get more from the Harlow Herald.",
        "Get the Harlow Herald daily newsletter.",
        "Receive our free morning newsletter.",
    ),
    "a station's and a syndicator's lines about itself": (
        "For the latest news, weather, sports, and streaming video, head to Harlow 7 News.",
        "For the latest news, weather, sports and streaming video, head to Harlow Radio.",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content "
        "funded by outside parties.",
        "This story was originally published May 4, 2026 6:32 PM.",
        "This story was originally published May 4, 2026, 6:32 PM.",
        "This article was produced by Fennick Wire and reviewed and distributed by Harlow Herald.",
        "This story was produced by Fennick Wire, a nonprofit newsroom.",
        "This story was produced by The Fennick Wire, an independent, nonprofit newsroom.",
    ),
    "a call-out box asking readers for their stories, line by line": (
        "Tell us: have you been affected by the floods?",
        "Share your experience: email us at floods@harlowherald.com.",
        "If you have been affected, you can contact us by filling in the form below.",
        "If you were affected by the closure, tell us about it using the form below.",
        "You can send us your stories, photos and videos.",
        "Send us your news tips.",
        "Please send us your photos.",
        "Your responses are secure as the form is encrypted.",
        "Your details will be kept confidential.",
    ),
    "a newsroom's appeals, promises and ways to reach it": (
        "We rely on readers to fund our reporting.",
        "We depend on the support of our readers.",
        "Donate today.",
        "Catch up on the day's news with our morning briefing.",
        "Catch up on the week with our Sunday newsletter.",
        "Our reporters are on the ground in Harlow.",
        "Our team is following the story.",
        "We'll bring you the latest as it happens.",
        "We will keep you updated.",
        "Scroll down for the latest updates.",
        "Contact our newsdesk on 01234 567890.",
        "Email tips@harlowherald.com.",
        "Visit harlowherald.com.",
        "Our coverage is free to read, and always will be.",
        "This article is free to read.",
        "Share it with a friend.",
        "Give us a follow.",
        "Published in print on March 5, 2026.",
    ),
    "an appeal for money and a subscription's steps": (
        "Every contribution, however big or small, makes a difference.",
        "Support us from as little as $1.",
        "Please support local journalism.",
        "Start your free trial.",
        "Start your 14-day trial today.",
        "You can unsubscribe at any time.",
        "We'll never share your email address.",
        "Check your inbox to confirm your subscription.",
        "You're on the list.",
    ),
    "readers' questions, the writer's note by its label, the app by its name, a desk's stamp": (
        "Ask our reporters.",
        "Submit your question below.",
        "About the author: Lee Park has covered Harlow for 12 years.",
        "Get the Harlow Herald app for iPhone and Android.",
        "Download the Fennick Wire app.",
        "Filed at 10:12 a.m.",
        "All photos by Lee Park unless otherwise noted.",
        "Images courtesy of the Harlow Herald unless otherwise credited.",
    ),
    "a writer's disclosure": (
        "The author has no conflicts of interest to declare.",
        "The authors declare no competing interests.",
        "Lee Park does not work for, consult, own shares in or receive funding from any company "
        "or organisation that would benefit from this article.",
    ),
}

#: Story sentences that share words with those lines and must stay story.
STORY_LIKE = (
    "Photos provided by the family show him smiling at the opening of the bridge.",
    "Something went wrong with the pump, the pilot told investigators on Tuesday.",
    "The video is unavailable to the public because prosecutors sealed it, the judge said.",
    "Subscribers can read the report, which the agency released on Monday, free of charge.",
    "The paper said 12 minutes ago was the last time the tower heard from the crew.",
    "By Monday, Mayor Lena Ruiz had signed the order.",
    "Mayor Lena Ruiz, who took office in May, cut the ribbon.",
    "Information from the flight recorder was used in this report by the safety board.",
    "Harlow Police contributed officers to the search, the sheriff said.",
    "Staff photographers from three papers covered the opening.",
    "The site uses cookies to track its visitors, the regulator found in its ruling.",
    "Comments below the video were removed after the company complained, the board said.",
    "Please try again to reach the desk, the operator told callers on Monday.",
    "Become a member of the council, the mayor urged residents at the meeting.",
    "More from the archive was released by Harlow Council on Friday.",
    "Click fraud cost the company $4 million, the audit found.",
    "The staff report found that the bridge had been neglected for a decade.",
    "No comments were made by the council before the vote, the clerk said.",
    "Special to the town, the bridge was built by its founders in 1890.",
    "Transcripts of the hearing are available from the clerk's office.",
    "The council released its staff report.",
    "Compiled by hand over three years, the list names 400 bridges.",
    "The agency will update its flood maps as more information becomes available.",
    "This report was compiled by the state auditor's office over two years.",
    "Compiled by Harlow Statistics, the figures show rents rose.",
    "This report contains information from 40 hospitals across the country.",
    "This post was created by a bot network, the researchers said.",
    "This content was produced by a network of fake accounts, the researchers said.",
    "You can now listen to council meetings online, the clerk said.",
    "The service was temporarily unavailable.",
    "The map was unavailable for most of the morning.",
    "Latest: the council voted 5-2 to close the bridge.",
    "Next up: the council will vote on the budget in May.",
    "Listen: we have no choice, the mayor told the crowd.",
    "Victims were told to click to view a fake invoice, police said.",
    "Users only had to click to download the malware, the researchers said.",
    "There was a problem with the pump on the second day, the engineer said.",
    "There was a problem reaching the stranded crew, the coastguard said.",
    "Your notification letter has been sent to the council, the clerk told residents.",
    "The video could not be played in court because the file was damaged, the judge said.",
    "Researchers said the crawl space under the house had never been searched.",
    "The seed bank in Harlow holds 40,000 samples.",
    "Add this to the list of the council's problems, the mayor said.",
    "The entry was posted in the village hall on Monday.",
    "The blog was shut down in May after the company was sold.",
    "We would like to hear what the minister thinks about the bridge, the mayor said.",
    "The gift of $2 million was the largest the museum had received.",
    "The audiobook was narrated by the author herself.",
    "Press photographers were kept behind a fence at the site.",
    "This version corrects the battery fault that plagued the first model, the company said.",
    "This version corrects the errors in last year's bill, said Senator Lena Ruiz.",
    "This story corrects a myth that has circulated in Harlow for decades.",
    "Follow the money on X, investigators urged.",
    "Follow the river on foot, and the trail reaches Harlow in two hours.",
    "For the latest quarter, revenue, profit and margins rose, the company said.",
    "For the latest news, weather and traffic, residents turn to the radio, a survey found.",
    "This film was produced by a nonprofit theater company in Harlow.",
    "The documentary was reviewed and distributed by Fennick Films.",
    "The report was produced by Fennick Institute, a nonprofit group, and found tolls rose.",
    "The newspaper's privacy notice says readers' data is kept for two years.",
    "Privacy notices sent by the bank confused many customers, the regulator said.",
    "Note: the bridge has been updated with new barriers since the crash.",
    "Many riders complained about downloading our app, the bus company's chief said.",
    "Did the mayor know? Tell us, the protesters shouted.",
    "Why did the bridge fail? Engineers let us know in a report that the piers had cracked.",
    "Did you witness the crash? Police want to hear from anyone who did.",
    "Get the newsletter out by Friday, the editor told staff.",
    "Catch up on sleep, the doctor advised the crew.",
    "Get in touch with the council before Friday, officials urged.",
    "They get in touch every year.",
    "Residents were told to catch up on the latest advice from the council.",
    "Anyone with information about the missing boaters is asked to call police on 101.",
    "If you were affected by the outage, contact your bank, the regulator advised.",
    "Residents who were affected can send photos of the damage to the council.",
    "Your responses to the census are confidential, the statistics office said.",
    "We rely on tourists for half of our income, the harbour master said.",
    "Our reporters are paid less than those at the Fennick Wire, the union said.",
    "We will keep you safe, the mayor told the evacuees.",
    "Call the tip line at 555-0100, the sheriff urged.",
    "The museum is free to visit on Sundays.",
    "The author has written three books about the river.",
    "The panel's chair has no conflicts of interest, the agency said.",
    "The writer was arrested at the border on Monday.",
    "Every contribution to the flood fund was matched by the council.",
    "Support for the bridge plan fell to 40 percent in a poll on Monday.",
    "Supporters of the plan rallied outside the town hall.",
    "Start times for the ferry were moved to 7 a.m.",
    "Residents can unsubscribe from the council's text alerts, the clerk said.",
    "Ask the council, the protesters shouted at the mayor.",
    "Photos by Lee Park were shown at the Harlow gallery in May.",
    "The app for the ferry timetable crashed on Monday, the operator said.",
    "The company launched its app for iPhone and Android in May.",
    "Officials said that if you were affected by the outage you should contact us, the bank.",
    "Readers of the Harlow Herald will be able to support local journalism through a new fund, "
    "the council said. The fund opens in June and will give $2 million to newsrooms.",
    "The firm filed for bankruptcy on Monday.",
    "About the bridge, the mayor said little at Monday's meeting.",
)


def _cases() -> list[tuple[str, str]]:
    return [(name, line) for name, lines in CLASSES.items() for line in lines]


@pytest.mark.parametrize(("name", "line"), _cases())
def test_a_line_of_web_page_furniture_is_recognised(name: str, line: str) -> None:
    assert furniture_kind(line) is not None, name


@pytest.mark.parametrize("line", STORY_LIKE)
def test_a_story_sentence_sharing_words_with_web_furniture_stays_story(line: str) -> None:
    assert furniture_kind(line) is None


def _read(lines: list[str]) -> tuple[tuple[str, ...], str]:
    article = read_page(*lines, file="harlow.txt")
    return article.paragraphs, article.title


#: The story as read from the page without furniture (its dateline gone).
CLEAN = _read([HEADLINE, *STORY])[0]


@pytest.mark.parametrize(
    ("name", "line"),
    [*_cases(), ("a site's list of links", "More coverage from The Harlow Herald.")],
)
def test_web_page_furniture_between_paragraphs_never_reaches_the_story(
    name: str, line: str
) -> None:
    for at in (2, len(STORY)):
        body = list(STORY)
        body.insert(at, line)
        paragraphs, title = _read([HEADLINE, *body])
        assert line not in paragraphs, name
        assert title == HEADLINE
        if name != CREDITS:  # (a short sentence right above a credit reads as its caption)
            assert paragraphs == CLEAN


@pytest.mark.parametrize(
    "heading",
    ["Trending now", "Most Popular", "Related Stories", "Latest News", "Recommended"],
)
def test_a_list_of_links_above_the_headline_leaves_the_headline_as_the_title(
    heading: str,
) -> None:
    links = ["Council weighs new ferry fares", "Harlow library extends hours"]
    paragraphs, title = _read([heading, *links, HEADLINE, *STORY])
    assert title == HEADLINE
    assert paragraphs == CLEAN
    assert not set(links) & set(paragraphs)


@pytest.mark.parametrize(
    "under",
    [
        ["By Jane Doe | May 4, 2026"],
        ["Jane Doe", "Tue 4 May 2026 10.12 BST"],
        ["Photograph: Lee Park/Fennick Wire"],
        ["Updated 3:45 PM ET"],
    ],
)
def test_a_links_heading_right_above_the_headline_and_its_byline_leaves_the_headline(
    under: list[str],
) -> None:
    paragraphs, title = _read(["Most read", HEADLINE, *under, *STORY])
    assert title == HEADLINE
    assert paragraphs == CLEAN


@pytest.mark.parametrize(
    "under",
    [
        ["By Jane Doe | May 4, 2026"],
        ["Jane Doe", "Tue 4 May 2026 10.12 BST"],
        ["Photograph: Lee Park/Fennick Wire"],
    ],
)
def test_a_links_last_line_above_a_byline_is_no_headline_when_the_page_lost_its_own(
    under: list[str],
) -> None:
    links = ["Council weighs new ferry fares", "Harlow library extends hours"]
    paragraphs, title = _read(["Most read", *links, *under, *STORY])
    assert title not in links
    assert not set(links) & set(paragraphs)


def test_a_list_of_links_below_the_story_still_leaves_the_story() -> None:
    links = ["Council weighs new ferry fares", "Harlow library extends hours"]
    paragraphs, title = _read([HEADLINE, *STORY, "Trending now", *links])
    assert title == HEADLINE
    assert paragraphs == CLEAN


@pytest.mark.parametrize(
    "above",
    ["More from Harlow Herald", "Jane Doe for The Harlow Herald", "Herald file photo by Jane Doe"],
)
def test_a_heading_of_links_or_a_credit_above_the_headline_is_not_the_title(above: str) -> None:
    paragraphs, title = _read([above, HEADLINE, *STORY])
    assert title == HEADLINE
    assert paragraphs == CLEAN


@pytest.mark.parametrize(
    "note",
    [
        "Jane Doe has covered Harlow politics since 2015.",
        "Jane Doe is the Harlow Herald's city hall reporter.",
    ],
)
def test_a_writers_note_closing_the_page_is_furniture(note: str) -> None:
    paragraphs, _ = _read([HEADLINE, *STORY, note])
    assert paragraphs == CLEAN
    # the same words inside the story are the story's
    inside = [HEADLINE, STORY[0], note, *STORY[1:]]
    assert note in _read(inside)[0]


@pytest.mark.parametrize(
    "note",
    [
        "Jane Doe is the Harlow Herald's climate editor.",
        "The writer is a professor of hydrology at Fennick University.",
        "Jane Doe reports on climate for the Harlow Herald.",
    ],
)
def test_a_writers_note_above_the_pages_prompts_and_link_stubs_is_furniture(note: str) -> None:
    foot = [
        "Follow Jane on X at @janedoe.",
        "Have feedback? Let us know.",
        "Read next: Why the river keeps flooding",
        "Up next",
        "Sign in to save",
    ]
    paragraphs, _ = _read([HEADLINE, *STORY, note, *foot])
    assert note not in paragraphs
    assert paragraphs[: len(CLEAN)] == CLEAN


def test_the_storys_last_sentence_about_a_writer_stays_above_the_pages_foot() -> None:
    last = "The writer was a professor of hydrology at Fennick University until 2019, he said."
    paragraphs, _ = _read([HEADLINE, *STORY, last, "Up next", "Sign in to save"])
    assert last in paragraphs


@pytest.mark.parametrize(
    "label",
    [
        "Related Stories",
        "More Top Stories",
        "Trending Now",
        "Most Popular",
        "Share this article",
        "Getty Images",
        "Listen to this article",
        "Listen to this story 4 min",
        "Scroll down for video",
        "Scroll down for more",
    ],
)
def test_a_page_label_glued_before_a_sentence_is_left_out_of_it(label: str) -> None:
    glued = f"{STORY[1]} {label} {STORY[2]}"
    paragraphs, _ = _read([HEADLINE, STORY[0], glued, *STORY[3:]])
    assert paragraphs[1] == f"{STORY[1]} {STORY[2]}"
    assert not any(label in paragraph for paragraph in paragraphs)


@pytest.mark.parametrize("kicker", ["WATCH: ", "VIDEO: ", "Watch live: "])
def test_a_video_pages_headline_under_its_kicker_is_the_title(kicker: str) -> None:
    paragraphs, title = _read([f"{kicker}{HEADLINE}", *STORY])
    assert title == HEADLINE
    assert paragraphs == CLEAN


def test_a_watch_prompt_with_a_stop_above_the_headline_is_not_the_title() -> None:
    paragraphs, title = _read(["WATCH: The mayor speaks after the collapse.", HEADLINE, *STORY])
    assert title == HEADLINE
    assert paragraphs == CLEAN


def test_a_caption_without_a_verb_under_its_labelled_credit_is_furniture() -> None:
    credit = "Photo: Jane Doe/The Harlow Herald"
    caption = "Mayor Lena Ruiz at the opening of the bridge on Monday."
    paragraphs, title = _read([credit, caption, HEADLINE, *STORY])
    assert title == HEADLINE
    assert paragraphs == CLEAN
    # a sentence of the story under a credit tells something: it stays
    told = "Mayor Lena Ruiz opened the bridge on Monday after two years of repairs."
    assert told in _read([HEADLINE, STORY[0], credit, told, *STORY[1:]])[0]
    lede = "A statement from the council on Wednesday raises new questions about the cost."
    assert lede in _read(["Getty Images Lena Ruiz", lede, *STORY[1:]])[0]


def test_captions_without_a_stop_beside_a_sites_labelled_captions_are_furniture() -> None:
    captions = [
        "Ribbon day: Mayor Lena Ruiz cuts the ribbon as crowds gather at the east end of the span",
        "The crowd appear to enjoy the brass band as commuters wait to cross the bridge for the "
        "first time in two years",
        "Jane Doe, pictured at the front of the crowd next to the mayor, was said to have waited "
        "since dawn for the opening",
    ]
    paragraphs, title = _read([HEADLINE, STORY[0], *captions, *STORY[1:]])
    assert title == HEADLINE
    assert paragraphs == CLEAN


def test_a_sentence_cut_short_beside_an_unlabelled_caption_stays_story() -> None:
    cut = (
        "The bridge carries about 30,000 vehicles a day and had been closed since a barge struck "
        "one of its piers in"
    )
    credit = "Image copyright Harlow Council Image caption The east pier under repair"
    paragraphs, _ = _read([HEADLINE, STORY[0], credit, cut, *STORY[3:]])
    assert cut in paragraphs


def test_the_writers_box_under_the_headline_ending_in_the_outlet_is_furniture() -> None:
    box = "Jane Doe is a reporter covering city hall for The Harlow Herald."
    paragraphs, title = _read([HEADLINE, box, *STORY])
    assert title == HEADLINE
    assert paragraphs == CLEAN
    # a story opening on a reporter tells more than where the reporter works
    lede = (
        "Jane Doe is a reporter for The Harlow Herald who was detained on Monday while covering "
        "the bridge protest, her editor said."
    )
    assert lede in _read([HEADLINE, lede, *STORY[1:]])[0]


@pytest.mark.parametrize(
    "lede",
    [
        STORY[0],
        "Police detained a Harlow Herald reporter at the bridge on Monday.",
    ],
)
def test_a_reporters_employer_told_under_the_first_paragraph_stays_story(lede: str) -> None:
    told = "Jane Doe is a reporter for The Harlow Herald."
    paragraphs, _ = _read([HEADLINE, lede, told, *STORY[1:]])
    assert told in paragraphs


LEDE = (
    "The Harlow bridge reopened to traffic on Monday after a two-year repair that cost "
    "$40 million, city officials said."
)


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("Share this article ", None),
        ("Getty Images ", None),
        ("Published May 4, 2026 ", None),
        ("Updated 10:45 a.m. ", None),
        ("May 4, 2026 ", None),
        ("4 min read ", None),
        ("By Jane Doe, Staff Writer ", None),
        ("By Jane Doe, Staff Writer Published May 4, 2026 ", None),
        ("By Jane Doe May 4, 2026 ", None),
        ("By Jane Doe | The Harlow Herald May 4, 2026 ", "The Harlow Herald"),
    ],
)
def test_a_label_byline_or_stamp_glued_before_the_lede_is_split_from_it(
    opening: str, outlet: str | None
) -> None:
    article = ingest(
        RawDocument("\n\n".join([HEADLINE, opening + LEDE, *STORY[1:]])), "harlow.txt", 0
    )
    assert article.paragraphs[0] == LEDE
    assert article.title == HEADLINE
    if outlet:
        assert article.outlet == outlet


def test_a_byline_whose_end_cannot_be_told_is_left_on_the_lede() -> None:
    # "By Jane Doe The Harlow bridge …": where the name ends is unknown, so nothing is cut
    article = ingest(
        RawDocument("\n\n".join([HEADLINE, "By Jane Doe " + LEDE, *STORY[1:]])), "harlow.txt", 0
    )
    assert article.paragraphs[0].endswith(LEDE)


@pytest.mark.parametrize("label", ["Getty Images", "Related Stories", "ADVERTISEMENT"])
def test_a_label_glued_inside_the_first_paragraph_leaves_no_piece_of_it_as_a_line(
    label: str,
) -> None:
    glued = f"{STORY[1]} {label} {LEDE}"
    for lines in ([HEADLINE, glued, *STORY[2:]], [glued, *STORY[2:]]):
        article = ingest(RawDocument("\n\n".join(lines)), "harlow.txt", 0)
        assert article.paragraphs[0] == f"{STORY[1]} {LEDE}"
        assert not any(glued.startswith(line) for line in article.removed)
        assert article.title in (HEADLINE, "harlow")


@pytest.mark.parametrize(
    "opening",
    [
        "Getty Images CEO Jane Doe said on Monday",
        "Getty Images Chief Executive Jane Doe said on Monday",
        "Getty Images Holdings said on Monday",
    ],
)
def test_the_picture_agency_as_the_subject_of_a_sentence_stays_story(opening: str) -> None:
    lede = f"{opening} that the company would appeal the ruling of the Harlow court, calling it a blow."
    for at in (1, 3):
        body = [HEADLINE, *STORY]
        body.insert(at, lede)
        assert lede in _read(body)[0]


@pytest.mark.parametrize(
    "headline",
    [
        "More Migrants From Fennick Reach Harlow",
        "More Aid From Fennick",
        "More Help From Fennick Promised for Flood Victims",
    ],
)
def test_a_headline_about_more_of_something_from_somewhere_is_the_title(headline: str) -> None:
    paragraphs, title = _read([headline, *STORY])
    assert title == headline
    assert paragraphs == CLEAN


@pytest.mark.parametrize(
    "line",
    [
        "See the map below.",
        "Watch the video of the crash above.",
        "Read the full statement below.",
        "View the timeline below.",
        "Listen to the podcast above.",
    ],
)
def test_a_pointer_to_an_embed_it_names_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "See the river below.",
        "See the flood line on the old mill above.",
        "Watch the divers far below.",
        "Read the water marks above.",
    ],
)
def test_a_pointer_below_or_above_that_names_no_embed_is_the_storys(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for our newsletter.",
        "Subscribe to the Harlow Herald for more.",
        "The Fennick Wire contributed to this report.",
        "Lee Park can be reached at lpark@harlowherald.example.",
        "Thanks for subscribing! Get the Harlow Herald in your inbox.",
    ],
)
def test_a_story_paragraph_with_a_prompt_glued_to_its_end_keeps_its_story(prompt: str) -> None:
    for at in (2, len(STORY) - 1):
        body = list(STORY)
        body[at] = f"{STORY[at]} {prompt}"
        paragraphs, title = _read([HEADLINE, *body])
        assert paragraphs == CLEAN
        assert title == HEADLINE


@pytest.mark.parametrize(
    "prompt",
    [
        # the comments' notice, in its forms
        "Comments are closed.",
        "Comments for this story are closed.",
        "Comments have been turned off for this article.",
        "Commenting is closed.",
        "Commenting has been disabled.",
        # a prompt's question with its short answer to the reader
        "Have a news tip? Let us know.",
        "Got a story to share? Email us.",
        "Got a news tip? Tell us.",
    ],
)
def test_a_comments_notice_or_an_answered_prompt_glued_to_a_paragraph_leaves_its_story(
    prompt: str,
) -> None:
    for at in (2, len(STORY) - 1):
        body = list(STORY)
        body[at] = f"{STORY[at]} {prompt}"
        paragraphs, _ = _read([HEADLINE, *body])
        assert paragraphs == CLEAN
    assert _read([HEADLINE, *STORY, prompt])[0] == CLEAN


@pytest.mark.parametrize(
    "ending",
    [
        # a question in the story and its answer, in no prompt's words
        "Who will pay for the repairs? Not us, the council says.",
        # comments closed inside the news, not closing the line
        "Public comments are closed until May, the council said.",
    ],
)
def test_a_question_and_answer_or_a_closed_consultation_in_the_story_stays(ending: str) -> None:
    body = [*STORY[:-1], f"{STORY[-1]} {ending}"]
    paragraphs, _ = _read([HEADLINE, *body])
    assert paragraphs[-1].endswith(ending)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the page's own appeal, in the second person, before its prompt
        "If you have ever worked on the Harlow bridge, we would like to hear from you. "
        "Send us a secure tip using the form at tips.harlowherald.example.",
        # a link's headline before "Read more"
        "Bridges in Harlow: are they safe enough for the heavy lorries of today? Read more",
        # the writer's box before the prompt to follow the site
        "Lee Park serves as an instructor and guest lecturer at the Harlow Planetarium. "
        "She writes about the night sky for Fennick Monthly. Follow us @harlowsky.",
        # a video's description under its player's stamp
        "Crews reopened the Harlow bridge to traffic after a two-year repair on Monday. Lee Park "
        "reports for Harlow 7 News. (Published Monday, May 4, 2026)",
    ],
)
def test_a_paragraph_of_furniture_ending_in_a_prompt_stays_out_whole(paragraph: str) -> None:
    body = [*STORY[:3], paragraph, *STORY[3:]]
    paragraphs, _ = _read([HEADLINE, *body])
    assert paragraphs == CLEAN


@pytest.mark.parametrize(
    "sentence",
    [
        "The rescue went on, said Maj. Lee Park, Harlow State Police.",
        "The vote was close, said Rep. Sam Reyes, Harlow Herald.",
    ],
)
def test_a_title_before_a_name_does_not_end_the_sentence_a_prompt_follows(sentence: str) -> None:
    body = list(STORY)
    body[2] = f"{STORY[2]} {sentence} Sign up for our newsletter."
    paragraphs, _ = _read([HEADLINE, *body])
    assert paragraphs[2] == f"{STORY[2]} {sentence}"


@pytest.mark.parametrize(
    "line",
    [
        "Close to 4,000 people have left the Tessel valley since the flood of 2019.",
        "Close by, crews were clearing the rubble of a second bridge.",
    ],
)
def test_a_sentence_opening_with_close_is_the_storys(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line", ["CLOSE", "Close", "Close X", "Close gallery", "CLOSE Skip in 5"])
def test_a_players_close_button_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "background",
    [
        "The bridge carries about 30,000 vehicles a day and had been closed since a barge hit it.",
        "The ferry carries 2,000 people a day and had never missed a crossing before the storm.",
        "The museum holds 4,000 maps and had already lent half of them to the county.",
    ],
)
@pytest.mark.parametrize(
    "caption",
    [
        "FILE - In this May 4, 2026 file photo, crews repair the Harlow bridge.",
        "FILE PHOTO: Crews repair the Harlow bridge in Harlow, May 4, 2026.",
    ],
)
def test_a_sentence_telling_what_had_happened_under_a_caption_stays_story(
    caption: str, background: str
) -> None:
    body = [*STORY[:2], caption, background, *STORY[2:]]
    paragraphs, _ = _read([HEADLINE, *body])
    assert background in paragraphs
    assert caption not in paragraphs


@pytest.mark.parametrize(
    "caption",
    [
        "Crews repair the Harlow bridge on Monday.",
        "Mayor Lena Ruiz waves to the crowd at the east end of the span.",
    ],
)
def test_a_caption_in_the_present_beside_a_credit_is_still_a_caption(caption: str) -> None:
    body = [*STORY[:2], caption, "(Lee Park/Fennick Wire)", *STORY[2:]]
    paragraphs, _ = _read([HEADLINE, *body])
    assert caption not in paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        "There was a problem with the server, officials said.",
        "There's been a problem with this content, the company admitted.",
        "There was a problem with this form of the vaccine.",
        "Your comments have been received, the minister told the protesters.",
        "Email notifications are sent to residents when the river rises above its banks.",
        "E-mail notifications are only sent to subscribers, a spokesman said.",
    ],
)
def test_a_story_sentence_about_a_problem_or_a_notice_is_not_the_platforms_message(
    sentence: str,
) -> None:
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize(
    "closing",
    [
        "Sam Reyes writes for the Fennick Courier and has been held since March, his editor said.",
        "Lena Ruiz writes for a local blog and said she would rebuild her house in the spring.",
        "Sam Reyes covers the courts for the Fennick Courier and was arrested on Monday, police said.",
    ],
)
def test_a_closing_sentence_reporting_what_a_writer_said_or_suffered_stays_story(
    closing: str,
) -> None:
    paragraphs, _ = _read([HEADLINE, *STORY, closing])
    assert closing in paragraphs


@pytest.mark.parametrize(
    "note",
    [
        "Lee Park writes for the Harlow Herald.",
        "Lee Park covers transport for the Harlow Herald and is the author of two books.",
    ],
)
def test_a_writers_note_without_reported_speech_still_closes_the_page(note: str) -> None:
    paragraphs, _ = _read([HEADLINE, *STORY, note])
    assert note not in paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        "This crawl was started by students in 1990 and now draws 5,000 people to the pubs.",
        "These crawls are part of a tradition that began in 1990, the organisers said.",
        "Since 2008 the group has been donating its crawl data to researchers at Harlow University.",
        "The nonprofit has been donating its crawl data to the Harlow archive, its director said.",
    ],
)
def test_a_crawl_the_story_tells_of_is_not_a_web_archives_note(sentence: str) -> None:
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize(
    "note",
    [
        "Walking the Fennick Way: 2026 I set out in April on a three-month walk along the coast. "
        "I'll be filing dispatches every week. Follow my journey here.",
        "I am riding the length of the Tessel by canoe this summer. My reports appear here every "
        "Friday. Follow along here.",
        "I'm spending a year in Harlow's city hall for this series. Read all the dispatches here.",
    ],
)
def test_a_writers_note_on_the_series_closed_by_a_prompt_is_not_story(note: str) -> None:
    paragraphs, _ = _read([HEADLINE, note, *STORY])
    assert paragraphs == CLEAN


@pytest.mark.parametrize(
    "paragraph",
    [
        # someone quoted in the first person, then the page's prompt
        "“I was scared the whole way across,” said one driver. Read more here.",
        # a column's paragraph in the first person without a prompt
        "I crossed the bridge on its first morning. My commute is ten minutes shorter now.",
    ],
)
def test_a_quoted_speaker_or_a_columns_own_paragraph_in_the_first_person_stays(
    paragraph: str,
) -> None:
    paragraphs, _ = _read([HEADLINE, *STORY, paragraph])
    assert any(paragraph.split(".")[0].strip("“") in p for p in paragraphs)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a column's memory, then a link's headline glued after it (a series note's prompt
        # is to follow the series here: "Follow my journey here.")
        "My grandmother opened the Harlow library in 1990 with a grant from the council. "
        "Read more: Harlow's libraries face cuts",
        "I grew up two streets from the old mill and still remember its dye vats. Read more: "
        "Fennick Mills to close after 140 years",
        # a column's question to someone, then a link to the answer (not to the series)
        "I asked the mayor why the bridge repair took two years and cost twice the estimate. "
        "Read her answer here.",
        "I asked the mayor why the bridge repair took two years. Read more here.",
    ],
)
def test_a_first_person_paragraph_closed_by_a_prompt_not_to_follow_the_series_keeps_its_story(
    paragraph: str,
) -> None:
    paragraphs, _ = _read([HEADLINE, *STORY, paragraph])
    assert any(paragraph.split(".")[0] in p for p in paragraphs)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a consultation's comments closed, as news opening its paragraph
        "Commenting is closed on the bridge plan, the planning office said on Monday.",
        "Comments are closed until May 4, the planning office said, after 300 residents wrote.",
        "Comments for this project have been closed since Friday, when the council voted.",
    ],
)
def test_a_paragraph_opening_with_comments_closed_and_going_on_with_news_stays(
    paragraph: str,
) -> None:
    paragraphs, _ = _read([HEADLINE, *STORY, paragraph])
    assert paragraph in paragraphs


@pytest.mark.parametrize(
    "paragraph",
    [
        # a question the story reports, answered at more length than a prompt's "Email us."
        "The Harlow museum's oral history booth asks its visitors one question. Got a story to "
        "tell? Sit down and we will record it for the archive.",
        "The Fennick library opened a recording room for the town's oldest residents on Friday. "
        "Have a story to share? Come in and our volunteers will write it down.",
    ],
)
def test_a_story_question_answered_at_length_is_not_a_glued_prompt(paragraph: str) -> None:
    paragraphs, _ = _read([HEADLINE, *STORY, paragraph])
    assert paragraph in paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed, but trackbacks and pingbacks are open.",
        "Comments are closed; see our comments policy.",
        "Commenting is closed - thank you for reading.",
        "Comments are closed, but you can still share this story.",
    ],
)
def test_a_comments_notice_going_on_with_the_blogs_own_words_is_still_furniture(
    line: str,
) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # a product's new version, or a claim credited to someone, named after the verb
        "This version corrects the spelling errors that plagued the first edition, the "
        "publisher said.",
        "This version corrects the date problem that crashed Harlow phones on New Year's Day.",
        "This version corrects the age verification flaw found by researchers.",
        "This version corrects the time drift in the satellite clocks, engineers said.",
        "This report corrects the total reported by the ministry last week, the auditors said.",
        "This version corrects that problem, the developers told reporters.",
    ],
)
def test_a_sentence_on_what_a_new_version_or_report_corrects_stays_story(sentence: str) -> None:
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "This report was produced by Harlow Institute, a nonprofit think tank, and found tolls "
        "rose.",
        "This report was published by Harlow Trust, a nonprofit advocacy group, on Monday.",
        "This study was produced by Fennick Wire, a nonprofit newsroom, and found tolls rose.",
        "This story was originally published May 4, 2026, in the Harlow Herald and won an award.",
    ],
)
def test_a_sentence_on_who_made_a_report_that_goes_on_with_news_stays_story(
    sentence: str,
) -> None:
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # an appeal reported without quotation marks, its speaker named after a comma
        "Can you help? Contact us on 555-0100, police said",
        "Were you there? Contact us, the police urged in a statement.",
        "Is the bridge safe? Let us know, residents demanded of the council.",
        "Did you see the crash? Get in touch with the Harlow police, the chief said.",
    ],
)
def test_a_question_and_appeal_credited_to_a_speaker_stays_story(sentence: str) -> None:
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Users complained about downloading our app",
        "Staff are trying our app in three Harlow bus depots",
        "Drivers kept getting our app confused with the old one",
    ],
)
def test_a_sentence_telling_of_an_app_without_offering_it_stays_story(sentence: str) -> None:
    assert furniture_kind(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a page's message reported by the story, quoted or credited
        'The fake bank page showed a message: "You need to enable JavaScript to log in."',
        "Visitors saw a page saying you need to enable JavaScript in your browser, the "
        "researchers said.",
        "Researchers found that readers who enable JavaScript in your browser's settings, as the "
        "fake page asked, were exposed.",
    ],
)
def test_a_story_sentence_reporting_a_pages_javascript_message_stays_story(sentence: str) -> None:
    assert furniture_kind(sentence) is None


#: Three outlets' pages on one invented event: the headline, then the story's paragraphs
#: ("S") among the page's call-out box, appeals, subscription lines and writer's notes ("F").
_PAGES = {
    "herald.txt": [
        ("S", "Harlow bridge reopens after two-year repair"),
        ("S", "The Harlow bridge reopened to traffic on Monday after a two-year repair that cost "
              "$40 million, city officials said."),
        ("F", "Tell us: have you crossed the new bridge?"),
        ("S", "Mayor Lena Ruiz cut a ribbon at the east end of the span while a brass band played."),
        ("F", "You can send us your stories, photos and videos."),
        ("F", "Your responses are secure as the form is encrypted."),
        ("S", "Engineers replaced two piers and the whole deck, according to the transport "
              "department."),
        ("F", "We rely on readers to fund our reporting. Donate today."),
        ("F", "Jane Doe is the Harlow Herald's transport editor."),
        ("F", "Up next"),
    ],
    "courier.txt": [
        ("S", "Harlow bridge open again after $40 million repair"),
        ("S", "Traffic returned to the Harlow bridge on Monday after a $40 million repair that "
              "took two years, the city said."),
        ("F", "Catch up on the day's news with our morning briefing."),
        ("S", "Mayor Lena Ruiz cut the ribbon as a brass band played at the east end."),
        ("F", "Our reporters are on the ground in Harlow."),
        ("S", "The transport department said engineers had replaced two piers and the deck."),
        ("F", "Every contribution, however big or small, makes a difference."),
        ("F", "Start your free trial."),
        ("F", "The writer is a professor of engineering at Fennick University."),
    ],
    "wire.txt": [
        ("S", "Harlow's bridge reopens"),
        ("S", "HARLOW (Fennick Wire) — The bridge in Harlow reopened on Monday after two years and "
              "$40 million of repairs, officials said."),
        ("F", "We'll bring you the latest as it happens."),
        ("S", "Mayor Lena Ruiz cut a ribbon while a band played."),
        ("F", "Ask our reporters."),
        ("S", "Two piers and the deck were replaced, the transport department said."),
        ("F", "The author has no conflicts of interest to declare."),
        ("F", "Get the Fennick Wire app for iPhone and Android."),
    ],
}  # fmt: skip


def test_pages_with_call_outs_appeals_and_writers_notes_report_none_of_them(
    tmp_path: Path,
) -> None:
    for name, lines in _PAGES.items():
        (tmp_path / name).write_text("\n\n".join(line for _, line in lines), encoding="utf-8")
    report = to_json(summarize(analyze(tmp_path), SummaryOptions(words=400, min_sources=1)))
    quoted = [report["title"]] + [
        item["text"] for key in ("summary", "single_source") for item in report[key]
    ]
    furniture = [line for lines in _PAGES.values() for kind, line in lines if kind == "F"]
    assert [q for q in quoted if any(q in line or line in q for line in furniture)] == []
    assert any("ribbon" in q for q in quoted) and any("piers" in q for q in quoted)
