"""Page furniture: the lines of a saved or copied web page that are not the story.

Photo captions and credits, video and share prompts, embedded tweets, markup
left over from a page's template, newsletter and sign-up prompts, reporters'
contact lines, "Read more" headings and the site's prompts to its reader
("Download our podcast…", "Stay with … for developments", "Learn how …"). Each is recognised from the line
itself, or (a caption without a credit) from its place next to one. A
caption reprinted by several sites would otherwise corroborate itself
across outlets, so none of these lines reaches the story.

One reader of each fact: :func:`furniture_kind` says what a line is,
:func:`furniture_lines` applies it to an article's lines in order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from .calendar import MONTH_WORD, WEEKDAY_NAME, WEEKDAY_WORD
from .lexicon import DETERMINERS, HABIT_ADVERBS, HABIT_PERIODS, SENTENCE_FINAL
from .saying import ACCORDING_TO, REPORTS, SAYS, alternatives, words_pattern
from .verbs import has_verb, tells_the_past, tells_with_a_verb_in_s
from .written_names import NAME_WORD, PERSON_NAME, person_name

_I = re.IGNORECASE
#: What a page embeds and points to ("See the map below."): a pointer without one of these
#: words ("See the river below.") is the story's.
EMBED_NOUN = (
    r"(?:video|photo|picture|image|map|chart|graph|graphic|tweet|post|gallery|slideshow"
    r"|document|letter|list|timeline|interview|clip|footage|statement|audio|podcast|episode"
    r"|transcript|trailer|segment|speech|report|story|article|thread|infographic|table)s?"
)
#: After the picture agency's name, its own people and firm are news, not a credit: "Getty
#: Images CEO Lee Park said …", "Getty Images Holdings reported …".
_NOT_GETTYS_OWN = (
    r"(?! (?-i:CEO|Chief|President|Chair|Executive|Founder|Inc|Holdings|Group|Co\b|spokes))"
    # (nor the firm doing something in a sentence: "Getty Images reported a loss …"; a credit
    # goes on in capitals, or with "via" or "for": "Getty Images via AP")
    r"(?! (?!via\b|for\b|file\b|photo\b|staff\b|contributor\b)(?-i:[a-z]))"
)
#: A news service's mark of where its clients may cut the story.
_TRIM_MARK = (
    r"(?i:story can end here\b|(?:begin|end) optional (?:trim|material)\b|optional add end\b"
    r"|optional (?:\w+ )?(?:take|material) follows\b)"
)
#: What a story's update is by or for, after "This story was updated": a person or a
#: purpose in lower case ("by the hackers", "for the stage"), not the page's editor or its
#: reasons ("by Lee Park", "for clarity").
UPDATED_FOR_THE_STORY = (
    r"(?! by (?!(?:our |the |an? )?(?:staff|editors?|newsroom|reporters?|desk|web (?:team|staff))\b)"
    r"(?:the |an? )?(?-i:[a-z])| for (?!clarity\b|accuracy\b|length\b|style\b|grammar\b|context\b"
    r"|(?:an? )?(?:corrections?|typos?|errors?|clarification)\b|(?:the )?(?:latest|new|updated"
    r"|current)\b|(?:more |new |additional )?(?:information|details|developments)\b))"
)
#: How a page opens its prompt to follow: "You can also follow …", "Please follow …", "Be sure
#: to follow …", "Don't forget to follow …".
_POLITE = r"(?:(?:you can (?:also )?|please,? |be sure to |make sure to |don['’]t forget to )?)"
#: A social network a page asks its reader to follow it on.
_NETWORK = r"(?:twitter|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|x)\b"
#: Furniture that opens a line, whatever the line's length (tried with ``match``).
#: The page's notice that its comments are closed: "Comments are closed", "Comments have been
#: disabled for this story", "Comments for this article are now closed", "Commenting is closed".
_COMMENTS_CLOSED = (
    r"(?:(?:comments?(?: (?:for|on) this (?:story|article|post|page))?|commenting) (?:are|is"
    r"|have been|has been) (?:now |currently |temporarily )?(?:closed|disabled|turned off"
    r"|not available|unavailable)(?: (?:for|on) this (?:story|article|post|page))?"
    # "Comments have been disabled for this article due to legal reasons."
    r"(?: (?:due to|because of|for) legal reasons)?"
    # "This article is closed for comments.", "This story is now closed to comments."
    r"|this (?:story|article|post|page) (?:is|has been) (?:now )?closed (?:for|to) (?:new )?"
    r"comments?)"
)
#: A date as a page's stamp writes it: "Tuesday, March 5, 2026", "4 May", "May 4".
_STAMP_DATE = (
    rf"(?:(?:{WEEKDAY_WORD}),? )?(?:(?:{MONTH_WORD}) \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTH_WORD})(?:,? \d{{4}})?|(?:{WEEKDAY_WORD}))"
)
_AT_START = {
    "caption": re.compile(
        # (a label over its credit or caption, not a phrase of a sentence: "Image copyright law
        # was changed in 2019" is news)
        r"Image (?:copyright|caption|credit)\b(?! (?-i:[a-z]))|View Images\b"
        # a gallery's button over its picture: "Enlarge this image", "Enlarge Image Close …"
        r"|Enlarge(?: this)? (?:image|photo|picture)\b"
        # a film still's studio, glued before its caption: "Harlow Pictures Lee Park as
        # 'The Ferryman.'", "Tessel Films Sam Reyes plays Jo in 'Bridges.'" (the studio's
        # people and news, "Harlow Pictures chief Lee Park said …", are the story's)
        r"|(?-i:(?:[A-Z]\S* ){1,3}(?:Pictures|Studios|Films|Entertainment|Releasing)"
        r" [A-Z]\S+(?: [A-Z]\S+){1,3} (?:as|plays|stars as|in) [^.!?]{0,60}"
        r"[‘'\"“][^‘'\"“”’]{2,60}[.,]?[’'\"”]\.?$)"
        # the BBC's labels with a comma: "Image source, Getty Images", "Media caption, …"
        r"|(?:Image|Media|Video) (?:source|caption),\s"
        r"|FILE\s*[-–—_]+\s*(?:In this|This)\b|\(?Photos?:"
        # (by a name in capitals: "Photos by the missing hiker were found …" is news, and so
        # are the pictures' own fate after the name: "Photos by Lee Park were shown in May.")
        # (a glued caption's first word is no part of the name: "Photo by Lee Park The mayor …")
        r"|Photo(?:graph)?s? (?:by (?:the )?(?-i:[A-Z])(?![\w.'’-]*(?: (?!(?-i:The|A|An|This|These"
        r"|Those|His|Her|Its|Their)\b)(?-i:[A-Z])[\w.'’-]*){0,2}"
        # (and a sentence going on after the names, in lower case: "Photos by Sam Ortiz show the
        # river …", "Photographs by Dana Reyes, taken in 1962, sold …", "Photographs by Harlow
        # police were released …"; a credit goes on with its outlet, "for", "via" or "on")
        r"(?: (?:and|&) (?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,2})?"
        r"(?: (?:were|was|are|is|have been|has been|had been|will be|hang|hung|went)\b"
        r"|,? (?!(?:for|via|on|of|and|at|in|from|courtesy|by)\b)(?-i:[a-z])))|courtesy\b)"
        # "Image courtesy of Harlow Council", "Photo via Twitter", "Photo illustration by Lee
        # Park" ("Picture by picture, …" is a sentence's)
        r"|(?:Image|Picture)s? (?:by (?-i:[A-Z])|courtesy\b)"
        r"|(?:Photo|Image|Picture|Video)s? via (?-i:[A-Z])|Photo[- ]illustration (?:by\b|:)"
        # an agency's file picture, however its caption goes on: "FILE - Divers search …",
        # "FILE PHOTO — …" (in capitals: the label, not a story's word)
        r"|(?-i:FILE(?: PHOTO)?) ?[-–—_:]+ ?(?=[A-Z\"“‘'])"
        # a caption placing its picture on the page: "Above: Lee Park at the opening", "Main
        # picture: …", "Top left: …"
        r"|(?-i:(?:Above|Below|Top|Bottom|Left|Right|Inset|Main (?:picture|image|photo)"
        r"|(?:Top|Bottom) (?:left|right)):\s)(?=(?-i:[A-Z])|[\"“‘'])"
        # (a label, not a noun of a sentence: "Caption contests were banned", "Slideshow
        # presentations are banned", "Illustration by hand is back"; a credit names its maker
        # and tells nothing: "Graphics by Fennick firm Pixelmere were used in the film" is news)
        r"|(?:Illustration|Graphics?|Infographic|Chart) by (?:the )?(?-i:[A-Z])"
        r"(?![^.!?]*\b(?:is|are|was|were|has|have|had|will|would)\b)"
        r"|Image:|Caption(?::\s|\s+(?=(?-i:[A-Z])|[\"“‘']))"
        r"|Slideshow\b(?! (?-i:[a-z]))|Getty Images\b" + _NOT_GETTYS_OWN +
        # a picture's label over its caption, whatever follows: "Pictured: Lee Park at the
        # opening", "Screengrab: …", "Video still: …" ("Picture this: …" is a writer's)
        r"|(?:Pictured|Pictures?|Images|Graphic|Infographic|Illustration|Screen ?(?:shot|grab)"
        r"|Video (?:still|grab)|Gallery|Map(?: data)?|Chart|Data source)"
        r"(?: (?:above|below|left|right|top|bottom|inset|main))?:\s"
        # an agency's credit, then its photographer, glued before the caption: "REUTERS/Lee
        # Park Divers search …", "EPA/LEE PARK …" (a poll named by its two firms is news)
        r"|(?:Reuters|AFP|EPA|AP|Xinhua|Anadolu|Sipa|Rex|PA|Shutterstock|iStock|Alamy)(?: photo)?"
        r"(?-i: ?/ ?(?!Ipsos|NORC|YouGov|Gallup)[A-Z]\S+(?: [A-Z]\S+){0,3}\s+[A-Z\"“‘'])"
        r"|[\w.' -]{2,40} ?/ ?(?:AFP|Getty Images|Reuters|AP|EPA|Shutterstock|Corbis)\b"
        r"|(?:This|An?) (?:(?:undated|handout|file|family|booking|police) ){0,2}(?:image|photo)(?:graph)?"
        r" (?:provided|released|taken|made available|supplied|obtained by)\b"
        r"|\((?:Photo|Image|Credit)\b|\((?:Associated Press|European Pressphoto Agency|AP|AFP"
        # (an agency's dateline without its place opens a story: "(Reuters) - The bridge …")
        r"|Reuters|Getty Images|EPA)\)(?!\s*(?:[-—–_]|--)\s*[A-Z\"“‘'])"
        r"|astrophotographer:|FILE PHOTO\b|by: ?admin\b"
        # a picture agency's caption: "HARLOW, ENGLAND - MAY 04: Dana Whitlow attends …"
        r"|(?-i:[A-Z][A-Z .,'-]{2,60} [-–—] [A-Z]{3,9}\.? \d{1,2}:\s)"
        r"|(?:AP|AFP|Reuters|Getty|Getty Images|EPA|PA)(?: \(\d+\)|/File)?$",
        _I,
    ),
    "video": re.compile(
        # a player's button in capitals, or alone ("Close to 4,000 people have left" is news)
        r"(?-i:CLOSE)\b|Close(?: (?:x|×|gallery|video|player|window))?\W*$"
        r"|EMBED\b|JUST WATCHED\b|Media playback is unsupported"
        r"|(?:Watch|Video)(?: live| now)?\s*:|(?:Audio|Podcast)\s*:"
        # (over what to listen to: "Listen: we have no choice, the mayor said." is a speaker's)
        r"|Listen(?: now| live)?\s*:\s*(?=(?-i:[A-Z0-9\"“‘']))"
        r"|In this video\b(?! games?\b)"
        # (a player's label, alone or over what plays: "Up next for the council is a vote" is news)
        r"|watch (?:the|this) video\b|(?:Now playing|Up next)(?=\W*$|\s*[:|»›–—-]|\s+(?-i:[A-Z0-9]))"
        # a pointer to an embed names it: "Watch the video of the crash above." ("See the river
        # below." is the story's)
        r"|(?:watch|read|see|listen to) (?=.{1,80}\b(?:above|below)\.?$).{0,70}?\b"
        rf"{EMBED_NOUN}\b"
        r"|(?:sorry, )?your browser does not support\b|video (?:will begin|is loading|loading)\b",
        _I,
    ),
    "markup": re.compile(
        r"\s*[{}]|\[Related:|\s*(?:var|function)\s+\w+\s*[=(]"
        # a picture's credit in brackets on its own line: "[Image via Harlow Police]"
        r"|\[(?:photos?|images?|videos?|pictures?|gif)\b[^\[\]]{0,80}\]$",
        _I,
    ),
    "wire": re.compile(
        r"Eds?:\s|EDITOR'S NOTE\b|\(?[A-Z]{2,3}[-/][A-Z]{2,3}\)?$"
        # the desk's initials closing a wire story: "(ht-cph)", "(vls/sv/me)", "(scl)"
        r"|\((?:[a-z]{1,4}[-/])*[a-z]{2,4}\)$"
        # a news service's notes on where its clients may cut: "(STORY CAN END HERE. OPTIONAL
        # 2ND TAKE FOLLOWS.)", "(BEGIN OPTIONAL TRIM)", "(END OPTIONAL TRIM)", "(Optional add end)",
        # in brackets or with no word in lower case after it ("Optional material follows the main
        # text in the appendix, the editor said." is news)
        rf"|\({_TRIM_MARK}|{_TRIM_MARK}[^a-z]*$"
    ),
    "share": re.compile(
        r"\d[\d,.]*k? shares?\b|Share (?:on|tweet|this)\b|share (?:or comment on )?this article\b"
        # the template's skip links and a printed page's folio, the whole line, with a stop or
        # not: "Skip to main content.", "Jump to navigation", "Page 1 of 2."
        r"|(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|article|search|footer|menu)"
        r"[.!]?$|page \d{1,3} of \d{1,3}[.!]?$"
        # a row of the page's tools: "Print Email Font Size", "Facebook Twitter LinkedIn"
        r"|(?:print|e-?mail|share|tweet|font size|text size|resize|comments?|facebook|twitter"
        r"|linkedin|pinterest|whatsapp|reddit)(?:\s+(?:print|e-?mail|share|tweet|font size|text size"
        r"|resize|comments?|facebook|twitter|linkedin|pinterest|whatsapp|reddit)){1,}\s*$"
        r"|(?:last )?(?:updated|posted|published|modified)(?: on)? at \d{1,2}[:.]\d\d\b"
        # a station's notice on its old stories
        r"|this is an archived article\b"
        # a web archive's note on its crawl, saved in place of a page it could not keep: "These
        # crawls are part of an effort to archive pages as they are created …", "The seed for
        # this crawl was a list of every host …", "Starting in 1998, Harlow Internet has been
        # donating their crawl data to the archive …" (a note that names the web or the archive,
        # said by no one: "This crawl was started by students in 1990 and now draws 5,000
        # people to the pubs." and "The group has been donating its crawl data to researchers
        # since 2008, its director said." are the story's)
        r"|(?![^.]*\b(?:said|says|told|tells)\b)(?:(?:these|this) crawls? (?:is|are|was|were)"
        r" (?:part of|run by|performed|started|done)\b[^.]{0,80}?\b(?:archiv\w*|web|pages?"
        r"|hosts?|sites?|URLs?|Wayback)\b"
        r"|(?:starting in \d{4},? )?[^.]{1,60}\bdonating (?:their|its) crawl data to (?:the )?"
        r"(?:[\w-]+ ){0,2}(?:archive|Wayback)\b)"
        r"|the seed for (?:this|these) crawls?\b|flowing in every day, these data\b"
        # an embed's prompt: "Add this Tweet to your website by copying the code below."
        r"|(?:add|embed) this (?:tweet|video|post|photo|clip|map|graphic|chart|poll|gallery|story"
        r"|article|podcast|episode) (?:to|on|in) your (?:own )?(?:website|site|blog|page)\b"
        r"|editor['’]?s['’]? note\b|\d{1,2}(?::\d\d)? ?[ap]\.m\.$"
        r"|back to (?:top|home|the homepage|[\"“‘].{1,40}[\"”’])\W*$"
        r"|discuss this (?:topic|story|article)\b|\((?:watch|read|also on|more|related)\b[^()]*\)$"
        r"|\([^()]{1,60} full coverage\)$"
        r"|listen to (?:this )?(?:article|story)\b|story continue[sd] below\b|story highlights\b"
        r"|article excerpt$|(?:posted|updated)$"
        r"|(?:(?:editor['’]?s )?note:\s*)?\(?this (?:story|article|post) (?:has been|was) updated"
        # (not by someone in lower case or for a purpose of the story's: "This post was updated by
        # the hackers to show a ransom note.", "This story was updated for the stage in 1999";
        # the page's own: "… updated by Lee Park", "… updated for clarity")
        rf"{UPDATED_FOR_THE_STORY}"
        r"|add interest$|interested in .{1,60}\? add\b|you must enter the characters"
        r"|a friend wanted you to see this item|print (?:this|story)\b|email this\b"
        r"|more news videos\b|related update:|MPAA (?:definition|rating)\b|running time:"
        # the page's note that its story will change: "This is a developing story. Check back
        # for updates.", "This story is developing and will be updated."
        r"|this (?:is an? )?(?:(?:developing|breaking)(?: news)? )?(?:story|article|report|post|page)"
        r"(?: is developing)?(?:,? (?:and|which) (?:it )?(?:will|may) be updated)?\b[^.!?]{0,40}"
        # (what may follow is when: "… will be updated in 2027 with new data, the agency said" is a
        # report's news)
        r"(?:developing|will be updated|may be updated)\b"
        r"(?:,? (?:as|when|once|if|throughout|with (?:more|new|further) (?:information|details))\b"
        r"[^.!?,]{0,60})?[.!]?$"
        r"|this is an? (?:developing|breaking)(?: news)? (?:story|situation|update|alert)\b"
        # the page's promise of its updates: "We will update this story as more information
        # becomes available." (a page's own word: its story, article or post)
        r"|(?:we|(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})) will (?:continue to )?update this"
        r" (?:story|article|post|page)\b"
        r"|(?:please )?check back (?:later |soon )?for (?:updates|more)\b"
        # the page's note on how the story was made: "This story was reported on-air by a
        # journalist and has been converted to this platform with the assistance of AI.", "This
        # article was generated from an automated news agency feed without modifications to
        # text.", "Our editorial team will review the content to ensure accuracy."
        # (the AI closing the note: "This report was drafted using AI and cited studies that do
        # not exist" is news of a report)
        r"|this (?:story|article|report|post|summary) (?:was|has been|is)\b[^.]{0,100}?\b(?:with the"
        r" (?:help|assistance|use) of|using|by) (?:generative )?(?:AI|artificial intelligence)"
        r"(?: tools?| technology)?(?:,? and (?:was |has been )?(?:reviewed|checked|edited|verified"
        r"|fact-checked)(?: by [^,;\"”]{0,40})?)?\s*[.!]?$"
        r"|this (?:story|article) (?:was|has been)\b[^.]{0,80}\bconverted to this platform\b"
        r"|this (?:story|article|report) (?:was|has been|is) (?:auto-?)?generated (?:from|by) (?:an?"
        r" )?(?:automated|syndicated|wire)\b"
        r"|our (?:editorial team|editors) (?:will )?reviews? (?:the|this) content\b"
        # a paywall's preview: "You are viewing a preview of this article; log in to read …"
        r"|you are (?:viewing|reading) a preview of this (?:article|story)\b"
        r"|(?:please )?(?:log|sign) in to (?:read|continue reading|keep reading) (?:the rest"
        r"|this (?:article|story)|the full (?:article|story))\b"
        # a share button's receipt: "Sent! A link has been sent to your friend's email address."
        r"|(?:sent|posted|shared)! a link has been (?:sent|posted|shared) to your\b"
        # a radio site's note on a story's missing sound: "Audio will be available later today."
        # ("Audio is not yet available from the cockpit recorder, investigators said." is news)
        r"|audio (?:for this (?:story|segment|report) )?(?:will be|is not yet) available(?: (?:later"
        r"|soon|shortly|tomorrow|online))?(?: (?:today|tonight|this (?:morning|afternoon|evening)))?"
        r"\s*[.!]?$"
        # a pointer to what the page embeds, the whole line: "You can read the letter below.",
        # "Watch the full interview above:", "See the map below."
        r"|(?:you can )?(?:read|watch|see|view|listen to) (?:the|his|her|their|our) (?:full |entire"
        rf" |complete )?(?:[\w’'-]+ ){{0,2}}{EMBED_NOUN} (?:below|above)\s*[.:]?$"
        # a paywall or a login wall: "You have reached your limit of free articles."
        r"|you(?:['’]ve| have) (?:reached|used) (?:your|all of your|the) (?:limit|free|monthly)\b"
        r"|(?:already a (?:subscriber|member)\?|(?:log|sign) in to (?:continue|keep) reading"
        r"|register (?:for free )?to (?:continue|keep) reading)"
        r"|this (?:content|article|story) is (?:only )?(?:available|reserved) (?:only )?(?:to|for)"
        r" (?:subscribers|members|registered)"
        r"|you have (?:\d+|one|two|three|four|five) (?:more )?free (?:articles?|stories|reads?)\b"
        r"|(?:get|enjoy) (?:unlimited (?:digital )?|(?:full|complete) digital )access\b"
        r"|(?:support|subscribe to) (?:quality|local|independent|trusted) journalism\b"
        # a newsroom's appeal under its "about us" line: "Support our work by donating today."
        # ("Support our troops," the mayor said. is a speaker's)
        r"|(?:please )?support (?:our|this) (?:work|journalism|newsroom|reporting|mission)"
        r" (?:by|with|today)\b"
        # the page's reading time and its time stamp alone on a line: "Estimated reading time: 4
        # minutes", "5 min read", "Last updated on May 4, 2026, 10:45 a.m. ET" (a date that
        # goes on into a sentence, "Published May 4, the report found …", is the story's)
        r"|(?:estimated )?(?:reading|read|listening) time:? (?:about )?\d+ (?:min(?:ute)?s?|seconds)\b"
        r"|\d+[- ]min(?:ute)?s? (?:read|listen)\W*$"
        r"|(?:last |first )?(?:updated|modified|published|posted)(?: on)?:? (?:\w+day,? )?"
        rf"(?:{MONTH_WORD}\.? \d{{1,2}}|\d{{1,2}} {MONTH_WORD})(?:,? \d{{4}})?"
        r"(?:,? (?:at )?\d{1,2}(?:[:.]\d\d)? ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?\.?$"
        # the comments under it: "Comments are closed.", "Comments have been disabled for this
        # story.", "Comments for this article are closed.", "Commenting is closed." (the notice
        # whole, to the line's end, a full stop, a dash or the blog's own "but trackbacks are
        # open": "Commenting is closed on the bridge plan, the planning office said." is news)
        rf"|{_COMMENTS_CLOSED}(?:[.!;]|\s[-–—]\s|,\s+but\s+(?:trackbacks|pingbacks|you)\b|\W*$)"
        r"|thanks?(?: you)? for reading\b[^.!?,]{0,40}[.!]?$"
        r"|thanks?(?: you)? for supporting (?:our|local|independent|quality) journalism\b"
        # what the page shows without its scripts or its reader's consent
        r"|this (?:content|video|embed|media|element|post) (?:is not|isn['’]t|is no longer)"
        r" available\b[^,]{0,60}$"
        # the template between paragraphs: "Article continues after advertisement.", "Scroll down
        # for video.", "Advertisement. Scroll to continue reading."
        r"|(?:the )?(?:article|story|content) continues (?:below|after (?:the |this )?(?:advertisement"
        r"|ad|video|break))\W*$"
        r"|(?:continue reading (?:the main story|below)|keep reading(?: below)?|scroll (?:down )?"
        r"(?:to (?:continue|read)(?: reading| more)?|for (?:video|more)))\W*$"
        # "Refresh this page for updates.", a page's notice on its age ("This article is more
        # than 5 years old") and on a post it embeds ("This content is imported from Twitter.")
        r"|refresh (?:this |the )?(?:page )?for (?:updates|the latest)\b"
        r"|this (?:article|story|content) is (?:more|over) than \w+ (?:years?|months?) old\W*$"
        r"|this content is (?:imported from|created and maintained by)\b"
        r"|(?:advertisement|ad)\W+scroll (?:down )?to continue\b"
        # an ad slot that did not load, saved as its notice: "This advertisement has not loaded
        # yet, but your article continues below.", "This ad failed to load."
        r"|this (?:advertisement|ad) (?:has not|hasn['’]t|did not|didn['’]t|failed to|could not"
        r"|couldn['’]t) (?:loaded|load)(?: yet)?(?:,? but (?:your|the) (?:article|story) continues"
        r" below)?\W*$"
        # its tools and forms: "Report an error.", "Copy this link.", "Sign in to comment."
        r"|(?:report an? (?:error|typo|correction)|suggest a correction|send us (?:your )?feedback"
        r"|copy (?:this |the )?link)\W*$"
        r"|(?:sign|log) in to (?:comment|leave a comment|post a comment|reply|join the)\b"
        r"|already have an account\?|create an? (?:free )?account to\b"
        r"|to continue reading\b[^.]{0,30}\b(?:subscribe|sign in|log in|register)\b"
        r"|(?:please note(?: that)?:? |note:\s*)?(?:reader )?comments are (?:moderated|reviewed)\b[^,]{0,60}$"
        # the comments' terms: "By posting a comment, you agree …", "We reserve the right to
        # close comments at any time."
        r"|by posting a comment\b(?=[^.]{0,60}\byou\b)|we reserve the right to (?:close|remove|delete|edit) comments\b"
        r"|please read our (?:commenting|community|comment) (?:guidelines|rules|policy|standards)\b"
        # its appeals: "Our journalism needs your support.", "Your support helps keep our …"
        r"|(?:our|your) (?:journalism|reporting|newsroom) (?:needs|relies on|depends on)"
        r" (?:your|readers?)\b|your support (?:helps|makes|keeps|allows|means)\b[^.]{0,40}\b"
        r"(?:journalism|reporting|newsroom)\b"
        r"|like this (?:story|article)\?|have (?:thoughts|questions?|a question|comments?|feedback)"
        r" (?:on|about) this (?:story|article)\?|have a question\? ask\b"
        r"|(?:want|need) to get in touch\?",
        _I,
    ),
    "promo": re.compile(
        # a prompt that only an imperative addressed to the reader opens
        r"(?:plus,? )?(?:check out|download (?:the|our|a|it|this|now|free)|subscribe|stay tuned|learn (?:more|how|why|what|about)"
        r"|find (?:out )?more|don['’]t miss|discover (?:more|how|why|what)|explore (?:more|our)"
        r"|want (?:more|to know more)|like us on)\b|more (?:from|on) [^:]{1,40}:\s"
        # a membership appeal, perhaps after a question to the reader: "Love the Harlow Herald?
        # Become a founding member today." ("become a member of" a club or a league is news)
        r"|(?:love|like|enjoy|enjoying|value) [^?]{1,40}\?\s+become a (?:founding |paying"
        r" |digital |premium )?(?:member|subscriber|supporter)\b"
        r"|become a (?:founding |paying |digital |premium )?(?:member|subscriber|supporter)\b"
        r"(?! of\b)"
        # the page asking for the reader's word: "What do you think? Tell us in the comments."
        r"|(?:what do you think|tell us what you think|join the (?:conversation|discussion)"
        r"|share your (?:thoughts|views|story)|let us know (?:in the comments|what you think))\b"
        # (as a label, over words to the reader: "Share your story: the library's project asks
        # older residents to record their memories." reports someone's call-out)
        r"(?!:\s(?![^.!?]{0,100}(?:\b(?:you|your|us|our|we|send|e-?mail|contact)\b|@)))"
        r"|(?:online|on the web|on twitter)\s*:\s"
        # "For the full story, check out this link.", "For more, visit the gallery."
        r"|for (?:the )?(?:full|complete|whole|latest|more)\b[^,]{0,40},\s*(?:check out|visit|see|read"
        r"|go to|click|head to|watch|follow)\b"
        # a site's offer of more of itself: "Catch up on the latest news.", "Get more from the
        # Harlow Herald.", "Get the Harlow Herald daily newsletter."
        r"|catch up on (?:the|all the|our) latest (?:news|headlines|stories|updates)\b[^,]{0,40}$"
        r"|get more (?:from|of) (?:the )?(?-i:[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and|&|the)){0,5})"
        r"[.!]?$"
        r"|(?:get|receive) (?:the|our) [^.!?,]{0,40}\bnewsletters?\b[^.!?,\"”]{0,30}[.!]?$"
        # a station's list of what it offers: "For the latest news, weather, sports, and
        # streaming video, head to Harlow 7 News."
        r"|for the latest (?:news|headlines|updates)(?:,? (?:and )?[\w ]{1,30}){1,5},\s*(?:check out"
        r"|visit|go to|head to|watch|download|stay with|tune in)\b"
        # an appeal to back the site: "Support The Harlow Herald!"
        r"|support (?:the |our |us\b)?[^.!?]{0,40}!$"
        # a short link to more of the page: "See the judges' comments about all winners." (a
        # pointer "below" or "above" is the page's only when it names an embed, see "video")
        r"|(?:see|view|browse|watch|listen to|read) (?:the|all|our|more|every)\b"
        r"(?![^.!?,\"“”]{0,60}\b(?:below|above)[.!]?$)[^.!?,\"“”]{0,60}[.!]?$"
        # a link the page's "here" stood for: "Follow my trip here.", "Read the ruling here:"
        r"|(?:you can )?(?:read|watch|see|follow|listen to|view|find|download|register|get|check)\b"
        r"[^.!?]{0,80}\bhere\s*[.!:]?$"
        # the page's own tip-line prompt to its reader under crime stories: "If you have any
        # information on the theft, call Harlow Crime Stoppers at 555-0100.", "Remember, you can
        # remain anonymous." (the police's appeal as reported, "Anyone with information is asked
        # to call …", is the story's)
        r"|if you (?:have|know|see) (?:any )?(?:information|info|tips?|anything)\b"
        r"(?=.{0,160}\b(?:call|contact|text|e-?mail|reach|submit)\b)"
        # the same prompt put to "anyone", then to the reader: "If anyone has information about
        # the crash you are asked to contact …" (the police's appeal quoted has no "you")
        r"|if anyone (?:has|knows|saw|sees) (?:any )?(?:information|info|anything)\b"
        r"(?=[^.!?]{0,120}\byou (?:are|can|should|may)\b)"
        r"|(?:remember,? )?you (?:can|may|will) (?:always )?(?:remain|stay) anonymous\b"
        # the page asking its readers for their stories: "Have you been affected by the
        # flooding? Email us.", "Do you have information about this story? Contact us."
        r"|we(?:['’]d| would)? (?:want|love|like) to hear from you\b"
        rf"(?![^.]{{0,80}}{words_pattern(SAYS | {'asked'})})"
        # the page placing its story in a series: "This article is part of our series on …"
        r"|this (?:article|story|report|piece|post) is (?:part|one) of (?:a|an|our)\b[^.]{0,60}"
        # (a series of the page's works: "… part of a series of audits by the state" is news)
        r"\b(?:coverage\b|(?:series|project|package)\b(?! of (?!(?:articles|stories|reports|pieces"
        r"|posts|features|investigations|profiles|explainers|essays|columns|episodes)\b"
        r"|(?:the )?(?-i:[A-Z]))))"
        r"|this is part of (?:a|an|our) (?:ongoing |special )?"
        r"(?:series|coverage)\b"
        r"|have you been (?:affected|impacted) by\b|do you have (?:information|photos?|videos?"
        r"|a story|more information)\b[^.!?]{0,60}\?"
        # a help line under a story of suicide or abuse: "If you or someone you know is
        # struggling, call …"
        r"|if you(?:['’]re| are)? or someone you know\b"
        # one that names the site, the story or the reader ("Stay with WBAL … this story")
        r"|(?:stay with|stick with|see|visit|read|watch|get|join|follow|find)\b"
        r"(?=.{0,160}\b(?:our|us|we|you|your|this (?:story|page|site)"
        r"|for (?:more|(?:live |the latest )?updates|developments)"
        r"|the (?:latest|full story|gallery)|\w+\.com)\b)"
        # the page's call-out box, each of its lines alone: "Tell us: have you been affected by
        # the floods?", "If you have been affected, you can contact us by filling in the form
        # below.", "You can send us your stories, photos and videos.", "Your responses are
        # secure as the form is encrypted."
        # (after the label, the box speaks to its reader: "Tell us: why did the pumps fail? That
        # was the question residents put to the board." and "Share your experiences: the
        # inquiry's website asked nurses …" report someone's question)
        r"|(?:tell us|share your (?:experiences?|stor(?:y|ies)|views|thoughts|photos?|videos?)):\s"
        r"(?=[^.!?]{0,100}(?:\b(?:you|your|us|our|we|send|e-?mail|contact)\b|@))"
        r"|if you(?: have been|['’]ve been| were| are) (?:personally )?(?:affected|impacted)\b"
        r"[^.!?]{0,80}?"
        r"\b(?:contact|tell|e-?mail|get in touch with|share with|send|message|write to) us\b"
        r"|(?:you can (?:also )?|please )?(?:send|share with|e-?mail|submit to|message) us (?:your "
        r"|any )?(?:own )?(?:stories|story|photos?|pictures?|videos?|news tips|tips?|experiences?"
        r"|views|thoughts|comments)\b"
        r"|your (?:responses?|submissions?|(?:contact |personal )?details|contributions?) (?:are|is"
        r"|will be) (?:kept )?"
        # (the form's note ends there: "Your details will be kept confidential under the new
        # whistleblower law, which takes effect in June." tells of a law)
        r"(?:secure|encrypted|confidential)\b[^.!?,]{0,60}[.!]?$"
        # the newsroom's appeal for money and its briefing's prompt: "We rely on readers to fund
        # our reporting.", "Donate today.", "Catch up on the day's news with our morning briefing."
        r"|we (?:rely|depend|count) on (?:the (?:support|generosity) of )?(?:our )?readers\b"
        r"|donate (?:today|now)\b"
        r"|catch up on\b[^.!?]{0,60}\bwith our (?:[\w'’-]+ ){0,2}(?:briefing|newsletter|podcast"
        r"|digest|round-?up|live blog)\b"
        # the newsroom telling its reader where its own people are: "Our reporters are on the
        # ground in Harlow.", "Our team is following the story." (a correspondent's report,
        # "Our correspondent says the road is shut", goes on with what was seen or said)
        r"|our (?:own )?(?:reporters?|correspondents?|journalists?|team|crews?)(?: (?:and|&)"
        r" (?:photographers?|camera crews?))? (?:is|are|will be|have been) (?:on the ground"
        r"|following (?:this|the story|events|developments)|covering (?:this|the story|events)"
        r"|bringing you|reporting live)\b[^.!?]{0,60}[.!]?$"
        # a live page's promises: "We'll bring you the latest as it happens.", "Scroll down for
        # the latest updates."
        r"|(?:we['’]ll|we will) (?:bring|keep) you (?:the latest|updated|posted|informed"
        r"|all the latest)\b|scroll (?:down|up) (?:for|to see|to read|to follow)\b"
        # its newsdesk and its address: "Contact our newsdesk on 01234 567890.", "Email
        # tips@harlowherald.com." (a police tip line is the story's appeal)
        r"|(?:please )?(?:contact|call|e-?mail|message|ring) (?:our|the) (?:news ?desk|newsroom"
        r"|news team)\b|(?:please )?e-?mail (?:us )?(?:at )?[\w.+-]+@[\w-]+\.[\w.]+[.!]?$"
        r"|visit (?:us (?:at|on) )?(?:www\.)?[\w-]+\.(?:com|org|net|co\.uk)\W*$"
        # what it costs, and the answers to its questions: "Our coverage is free to read, and
        # always will be.", "Share it with a friend.", "Give us a follow."
        # (not a "site": "This site is free to access on weekdays" is a park's or a ruin's)
        r"|(?:our|this) (?:coverage|journalism|article|story|reporting|website|content) is"
        r" (?:and (?:always )?will (?:always )?be )?free (?:to read|for (?:all|everyone)|to access)\b"
        r"|share (?:it|this(?: (?:article|story|post))?) with (?:a friend|your friends|friends"
        r"|someone)\b|give us a (?:follow|like|share)\b"
        # the writer's disclosure: "The author has no conflicts of interest to declare.", "Lee
        # Park does not work for, consult, own shares in or receive funding from any company …"
        r"|(?:the )?(?:authors?|writers?|columnists?) (?:has|have|declares?|reports?|disclose[sd]?)"
        r" no (?:relevant )?(?:competing interests?|conflicts? of interests?|financial (?:interests?"
        r"|relationships|disclosures?))\b[^.!?,]{0,50}[.!]?$"
        # the appeal for money and the subscription's steps: "Every contribution, however big or
        # small, makes a difference.", "Support us from as little as $1.", "Start your free
        # trial.", "You can unsubscribe at any time.", "We'll never share your email address.",
        # "Check your inbox to confirm your subscription.", "You're on the list."
        # (the appeal ends there: "Every contribution, however small, helps the museum buy back
        # its pieces" and "Every donation matters when the winter is this cold" are the story's)
        r"|every (?:contribution|donation|gift)\b[^.!?]{0,40}\b(?:makes a difference|matters"
        r"|counts|helps)(?: (?:us|to us|today))?[.!]?$"
        r"|(?:please )?support (?:us|our (?:journalism|reporting|newsroom|work)|(?:independent"
        r"|local) (?:journalism|news|reporting))\b"
        # (from someone else's list it is the story's advice: "You can unsubscribe from the
        # council's flood alerts by texting STOP.")
        r"|start your (?:free )?(?:\d+-day )?(?:trial|subscription)\b"
        r"|you (?:can|may) unsubscribe\b(?! from (?!(?:our|this|these|any|all|us)\b))"
        r"|we(?:['’]ll| will)? never share your (?:e-?mail|details|information|data)\b"
        # (not a message from someone else, nor a sentence going on: "Check your email for a
        # confirmation from the passport office." is the story's advice)
        r"|check your (?:inbox|e-?mail) (?:to|for) (?:confirm|verify|complete|activate"
        r"|a confirmation)\b(?![^.!?]*\bfrom (?!us\b|our\b))[^.!?,]{0,60}[.!]?$"
        r"|you['’]re (?:on the list|subscribed|signed up)\b"
        # its questions from readers and its note on the writer: "Ask our reporters.", "Submit
        # your question below.", "About the author: Lee Park has covered …"
        r"|ask our (?:reporters?|experts?|journalists?|team|newsroom|editors?)\b"
        # (to the page, by its form, or alone: "Submit your comments on the bypass plan to the
        # council by May 5." is a consultation the story reports)
        r"|submit your (?:questions?|stor(?:y|ies)|photos?|tips?|comments?|videos?)\b"
        r"(?=[^.!?]{0,80}\b(?:below|above|here|us|our|form)\b|\s*[.!]?$)"
        # (over a name: "About the author: police said she wrote the note …" is a review's)
        r"|about the (?:authors?|writers?|reporters?|contributors?)\s*:\s*(?=(?-i:[A-Z]))"
        # the site's app by its name, and the wire desk's stamp: "Get the Harlow Herald app for
        # iPhone and Android.", "Filed at 10:12 a.m."
        r"|(?:download|get|try) the (?-i:(?:[A-Z][\w'’&.-]* ){1,4})app\b"
        # (the stamp alone: "Filed at 4:50 p.m. on Friday, the lawsuit names three officers."
        # tells when a court paper was filed)
        r"|filed (?:at|on) \d[^,;!?]{0,30}$"
        # the print edition's stamp: "Published in print on March 5, 2026." (a date, and no
        # more: "Published in print in 1852, the novel was banned …" is a book's history)
        rf"|(?:this (?:article|story) was )?published in print (?:on|in) {_STAMP_DATE}\W*$",
        _I,
    ),
    "links": re.compile(
        # a link to another story under its label, whatever its length: "Related: Did …?",
        # "More: …", "READ MORE: …", "Read more about: Lee Park, Harlow"
        r"(?:related(?: (?:stories|story|coverage|articles?|content|links?|videos?|reading))?"
        r"|read (?:more|also|next)(?: about)?|also read|see also|more|also|further reading"
        r"|previously|recommended(?: reading)?|don['’]t miss|must read|top stories|trending(?: now)?"
        r"|more coverage|more on this(?: story)?|also on (?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}))\s*:\s"
        # (over a headline, in capitals: "More: the council said …" is a writer's colon)
        r"(?=(?-i:[A-Z0-9])|[\"“‘'])"
        # (these over a link's headline only: "Latest: the council voted …" and "Next up: the
        # council will vote …" are a writer's colons)
        r"|(?:also see|next up|up next|read next|what to read next|more stories|latest"
        r"|most (?:popular|read|viewed|shared|emailed))\s*:\s+(?=(?-i:[A-Z0-9\"“‘']))"
        # the heading of the site's other stories: "More from The Harlow Herald." (a list's word
        # before "from": "More Migrants From Africa Reach Italy" is a headline)
        r"|more (?:(?:stories|news|articles|videos|coverage|headlines|posts|top stories) )?from (?-i:(?:The |the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})\W*$"
        # an explainer's headline as a link, without a full stop: "What happened to the bridge?
        # What we know so far about the collapse", "Everything you need to know about the fair"
        r"|(?:[^.!?]{0,100}\?\s+)?(?:what we know|what you need to know|everything (?:we know"
        r"|you need to know)|here['’]s what (?:we know|you need to know))\b[^.!?]{0,100}$",
        _I,
    ),
    "contact": re.compile(
        # a credit in the passive: "Reporting was contributed by Sam Reyes."
        r"(?:additional )?reporting (?:was )?contributed by (?-i:[A-Z])"
        # the site asking for the reader's story or chat: "Got a story to share? Send it to us …",
        # "Chat with us in Facebook Messenger."
        # ("Got a story to tell? The Harlow museum wants to hear it" opens a feature)
        # ("Got a story? Contact our newsroom at …", "Have a news story? Email us.")
        r"|(?:got|have) a (?:news )?story(?: (?:to share|to tell))?\?\s*(?:$|[^.!?]{0,60}\b(?:us|we"
        r"|our)\b)"
        r"|chat with us (?:on|in|via)\b"
        # the comment box's rules: "Please keep comments civil and on topic.", "You must be
        # logged in to comment."
        r"|(?:please )?keep (?:your )?comments (?:civil|respectful|on[- ]topic|clean|polite)\b"
        # ("You must be logged in to comment on the consultation, which closes on Friday" is a
        # council's site)
        r"|you (?:must|need to) be (?:logged|signed) in to (?:comment|post a comment|reply)"
        r"(?: (?:on|to|below) (?:this|our) (?:article|story|page|post))?(?=[.!]|\s*$)"
        # the app's bidding and the page's audio: "Open this article in the app.", "This article
        # is also available as audio."
        r"|open (?:this (?:article|story|page) )?in (?:the|our) app\b[^.!?]{0,30}[.!]?$"
        r"|this (?:article|story) is (?:also )?available (?:as audio|in audio|as a podcast)\b"
        # its funder, of the coverage itself: "This coverage is supported by the Harlow Local
        # News Fund." ("This project was funded by the council" is a project's news); a series
        # only by a fund, a trust or a grant ("This series was sponsored by Harlow Motors" is a
        # cricket board's, "… funded by the Harlow Arts Council" a broadcaster's)
        r"|this (?:coverage|reporting|article|story) (?:is|was) (?:made possible|supported"
        r"|funded|sponsored|underwritten) (?:in part )?by\b[^.!?,;]{1,60}[.!]?$"
        r"|this series (?:is|was) (?:made possible|supported|funded|underwritten) (?:in part )?by\b"
        r"(?=[^.!?,;]{0,60}\b(?:funds?|foundation|trust|grants?|journalism|news|reporting"
        r"|philanthrop\w*|fellowships?)\b)[^.!?,;]{1,60}[.!]?$"
        # its terms of use, alone: "For personal use only.", "Not for redistribution.", "Used
        # with permission."
        r"|(?:for personal(?:,? non-commercial)? use only|not for (?:re)?distribution|(?:used"
        r"|reprinted|republished) with permission)[.!]?$"
        # the writer reached by name at an address or a number: "Reach Lee Park at 01632 960123
        # or follow her on X.", "Email Lee Park at lpark@harlowherald.example." ("Reach Harlow at
        # dawn" gives neither)
        rf"|(?:reach|e-?mail) (?-i:{person_name(1, 2)}) (?:at|on)"
        r" (?=[\w.+-]+@[\w-]+\.|\+?\d[\d ()-]{6,}\d)"
        # the page's note on reporting its own errors: "To report an error in this article,
        # email …", "Spotted a mistake? Email corrections@…" (a clerk's advice on a ballot's
        # error names neither the page nor an address, and "this report" may be an inquiry's:
        # "To report an error in this report, residents can write to the commission")
        r"|(?:to|if you (?:want|wish|would like) to) (?:report|flag|point out) an? (?:error|mistake"
        r"|typo|inaccuracy)\b(?=[^.!?]{0,30}\b(?:(?:this|our) (?:article|story|page)|our report)\b"
        r"|[^.!?]{0,80}@)"
        r"|(?:spotted|seen|found|noticed) an? (?:error|mistake|typo)\?"
        # its regulator: "The Harlow Herald is a member of the Independent Press Standards
        # Organisation.", "… is regulated by the …" (the note alone on its line: a paper in the news is told of further; a
        # regulating body, not a panel or a review: "Lee Park is a member of the Harlow press
        # complaints panel", "Harlow Council is part of the media standards review" are news)
        r"|(?:the )?(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,4} (?:is|are) (?:(?:a )?(?:members?"
        r"|signator(?:y|ies)) of|regulated by) (?:the )?[^.!?,;]{0,40}\b(?:press|news|media|editors['’]?)"
        r" (?:standards|complaints) (?:organi[sz]ation|commission|council|authority|board|body"
        r"|regulator|ombudsman|scheme)\b[^.!?,;]{0,40}[.!]?$"
        # its note on the checks the story passed: "Fact check: This article was reviewed by our
        # standards team on 3 October 2026." ("The report was reviewed by the regulator's
        # standards committee" is news)
        r"|(?:fact[- ]?check(?:ed)?\s*:\s*)?this (?:article|story|piece) (?:was|has been)"
        r" (?:fact[- ]?checked|reviewed|checked|verified) by (?:our|an?|the) (?:[\w'’-]+ ){0,2}"
        r"(?:standards|fact[- ]?check(?:ing|ers)?|editorial|verification) (?:team|desk|editors?"
        r"|unit)\b"
        r"|[^\s@]+@(?:[^\s@.]+\.)+[a-z]{2,}(?:\s+or\s+[\d() -]{7,})?$|(?:e-?mail|contact)\s*:"
        # (the reporter, a name or the page: "To reach the village, call the ferry" is news)
        r"|to reach (?:(?-i:[A-Z])|the (?:(?-i:[A-Z])[\w.'’-]* ){0,4}(?:reporters?|writers?|authors?"
        r"|newsroom|editors?|desk)\b|us\b|me\b)"
        r".{0,60}(?:call|e-?mail)\b"
        # (or the paper by its name, at an address: "To reach the Harlow Herald, email …@…")
        r"|to reach the (?-i:[A-Z])[^,.]{1,40},? e-?mail \S+@"
        r"|(?:e-?mail|write to|reach|contact) (?:us|me|him|her|them|the (?:newsroom|reporter|author"
        r"|writer|editors?|desk)) at \S+@"
        # (the pages to follow end the line: "Follow the money on X, investigators urged" is news)
        # (several pages named: "Follow Harlow Radio on Facebook, X and Instagram.")
        rf"|(?:you can )?follow .{{1,40}} on {_NETWORK}(?:(?:,| and|, and| or|, or| &) {_NETWORK})*"
        # (or the handle after a comma or a colon: "Follow Lee Park on Twitter, @leepark.")
        # (and what for, if said, is the page's: "… for the latest updates", "… to stay up to
        # date"; "Follow the trail on Twitter to see how the hoax spread." is the story's)
        r"(?: ?@[\w.]{1,30}| at @?[\w.]{1,30}| for (?:more|the latest|updates|breaking|news"
        r"|live|daily)\b[^,;]{0,50}| to (?:stay|keep|get|see) (?:up to date|up-to-date|informed"
        r"|updated|the latest|more|news|breaking news|alerts|updates)\b[^,;]{0,40}"
        r"|[,:] ?@[\w.]{1,30})?"
        # (and a second page's handle: "… @leepark and Instagram @leep.")
        rf"(?:,? (?:and|or) (?:on )?{_NETWORK}[:]? ?@[\w.]{{1,30}})?\W*$"
        # a prompt for tips: "Have a story idea? Email us at …", "Tips? Email us."
        r"|(?:have a (?:story|news) (?:idea|tip)|(?:news )?tips)\?"
        r"|contact (?-i:[A-Z])[\w.'’ -]{1,40} at \S+@"
        # (who, in capitals: "Reporting by the newspaper revealed the scandal." is news)
        r"|\(?(?:additional )?reporting by (?:the )?(?:(?-i:[A-Z])|staff(?=\W*$|\s*[;)]))|send us a (?:secure )?tip\b"
        r"|\(?(?:editing|writing) by (?:the )?(?-i:[A-Z])"
        r"|contributing:|with (?:additional )?(?:reports|reporting|files) from\b"
        r"|write to (?-i:[A-Z])[\w.'’ -]{1,40} at \S+@"
        # the credit for who reported where: "Lee Park reported from Harlow."
        rf"|(?-i:{PERSON_NAME}(?:,? and {PERSON_NAME})?"
        r" (?:reported from [A-Z][\w.'’-]*(?:,? (?:[A-Z][\w.'’-]*|de|da|del|la|le|el|al|of|upon|on|the"
        rf"|and))*(?:(?:,| and|, and) {PERSON_NAME} from [A-Z][\w.'’-]*"
        r"(?: [A-Z][\w.'’-]*)*)*|contributed reporting(?: from [^.]{1,40})?)\.?$)"
        r"|(?:please,? )?(?:donate|consider donating)\b"
        r"|(?:got|have) an? (?:confidential |news |story )+tip\?"
        # the agencies a desk drew on: "(With inputs from PTI)", "With agency inputs"
        r"|\(?with (?:inputs|input) from\b[^.]{0,40}\)?\.?$|\(?with agency inputs?\)?\.?$"
        # who made the report and who paid for it: "This story was reported by Lee Park and
        # written by Sam Reyes.", "This report was produced with support from the Harlow Fund."
        r"|this (?:story|article|report|piece) was (?:reported|written|edited)(?: and (?:written"
        r"|edited|produced))? by (?-i:[A-Z])"
        r"|this (?:story|article|report|project|coverage|series) (?:was|is) (?:produced|made possible"
        r"|supported|funded|published) (?:in part )?(?:(?:with|by|through) (?:the )?(?:support|a grant"
        r"|funding|a partnership)|in (?:partnership|collaboration) with)\b"
        # the writer's page: "Lee Park is on Twitter at @leepark."
        rf"|(?-i:{person_name(0, 2)}) is on (?:twitter|x|instagram|facebook"
        r"|threads|bluesky)(?: at)? @\w+"
        # a reporter's line for readers: "Contact Lee Park at 555-0100.", "Reach Sam Reyes at …"
        r"|(?:contact|reach|call|e-?mail) (?:(?:the )?(?:reporter|writer|author) )?(?-i:[A-Z])[\w.'’-]+"
        r"(?: (?-i:[A-Z])[\w.'’-]+){0,2} at (?:\S+@"
        r"|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|\d{3}[ .-]\d{4})"
        # the credits of the page's makers alone on a line: "Produced by Lee Park.", "Written by
        # Lee Park; editing by Sam Reyes" (a play "written by Lee Park" goes on into a sentence)
        r"|(?:(?:and |additional )?(?:produced|edited|editing|compiled|written|writing|designed"
        r"|design|graphics|photography|photos|video|illustrations?|research|fact[- ]checking"
        r"|data|development|interactive) by (?-i:[A-Z][\w.'’-]*(?:,? (?:[A-Z][\w.'’-]*|and|&))*)"
        r"(?: in (?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*))?[;,.]?\s*)+$"
        # a syndicate's or a reprint's note: "Distributed by Harlow Content Agency, LLC.",
        # "This article is republished from Harlow Herald under a Creative Commons license.",
        # "Reprinted with permission." ("The ruling was republished by forty sites" is news)
        r"|distributed by (?:the )?(?-i:[A-Z])[^.]{0,60}\b(?:agency|syndicat\w*|services?|features|writers group)\b"
        r"|(?:this (?:article|story|post|piece|essay|column) (?:is|was|has been) )?(?:republished"
        r"|reprinted|reproduced|syndicated) (?:here )?(?:from|with (?:the )?(?:kind )?permission"
        r"|by (?:special )?(?:arrangement|permission)|under)\b"
        # (not a clause before the story's subject: "Republished from a 1950 newspaper, the
        # cartoon caused outrage.")
        r"(?![^.]{0,80},\s+(?:the|an?|his|her|its|their)\s(?=[^.]{0,120}\b(?:[a-z]+ed|was|were|is|are"
        r"|has|had|will|would|can|could)\b))",
        _I,
    ),
}
#: Who a credit names, in capitals: "Jane Doe", "the Fennick Wire", "Harlow Studio and Sam Reyes"
#: ("the state auditor's office" is no credit).
_CREDITED = (
    r"(?:the )?(?-i:[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and|&|the)){0,6})"
    r"(?:,? and (?:the )?(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}))?"
)
#: Furniture that is a short line whole (tried with ``match`` on lines of at most
#: :data:`SHORT_LINE_WORDS` words only: a paragraph of story never needs trying).
SHORT_LINE_WORDS = 24
#: A consent banner's button, as its row is saved: "Reject all", "Accept all cookies", "Manage
#: options", "I agree".
_CONSENT_BUTTON = (
    r"(?:(?:reject|accept|allow|decline|refuse|deny)(?: all| necessary| essential)?(?: cookies)?"
    r"|(?:manage|customi[sz]e|set) (?:options|preferences|settings|choices|cookies)|more options"
    r"|(?:i )?(?:agree|do not agree|disagree)|cookie (?:settings|preferences)|necessary only"
    r"|privacy settings|learn more)"
)
#: No clause of its own in a phrase's sentence (up to its stop): a death notice's "Survived by
#: his wife, Ada, and two sons." has none; a story's "Survived by his wife, Ada Orrel had farmed
#: at Varnholt …" tells its subject's deed with an auxiliary.
_NO_CLAUSE = r"(?![^.!?]*\b(?:had|has|have|was|were|will|would)\b)"
_SHORT_LINES = (
    (
        "signup",
        # a consent banner's row of buttons, two or more, the whole line: "Reject all Accept all
        # Manage options", "Accept all cookies | Cookie settings"
        re.compile(rf"{_CONSENT_BUTTON}(?:\s*[|·•/]?\s*{_CONSENT_BUTTON})+\W*$", _I),
    ),
    (
        "share",
        # a social network's or a forum's rows around a post, each the whole line: the poster
        # and how close ("Priya Salcombe • 2nd"), the post's age ("3h • Edited •", "2h ·",
        # "Posted by u/kettle • 6 hr. ago"), its counts ("48 reactions • 6 comments", "214
        # points • 87 comments", "All reactions: 1.1K", "2.3K Followers · …"), its buttons
        # ("Like Comment Repost Send", "Reply Share Report Save Follow"), the forum's name
        # and a reply's place ("r/sorrelvalley", "level 1 · u/moorhen · 5 hr. ago"), a
        # platform's label ("Member-only story") and the share sheet's ("Shared from the
        # Clarion app")
        re.compile(
            rf"(?:(?-i:{PERSON_NAME})\s*[•·]\s*(?:1st|2nd|3rd\+?|following)"
            r"(?:\s*[•·].*)?"
            r"|\d{1,2}\s?(?:m|h|d|w|mo|y|min|hr|hrs)\.?(?: ago)?(?:\s*[•·]\s*(?:edited)?)*\s*[•·]"
            r"(?:\s*(?:edited\s*[•·]?)?)?"
            r"|(?:posted by )?u/[\w-]{2,30}(?:\s*[•·]\s*\d{1,2}\s?(?:m|h|d|hr|hrs|min|mins|hours?|days?)"
            r"\.?(?: ago)?)?"
            r"|r/[\w]{2,30}(?:\s*[•·]\s*.{0,40})?"
            r"|level \d{1,2}\s*[•·]\s*u/[\w-]{2,30}(?:\s*[•·]\s*.{0,30})?"
            r"|(?:all reactions:\s*\d[\d,.]*[KkMm]?|\d[\d,.]*[KkMm]|\d[\d,.]*[KkMm]? (?:reactions?|likes?"
            r"|points?|upvotes?|votes?|comments?|replies|shares|reposts?|followers|claps))"
            r"(?:\s*[•·]?\s*\d[\d,.]*[KkMm]?"
            r" (?:reactions?|likes?|points?|upvotes?|votes?|comments?|replies|shares|reposts?"
            r"|followers|claps))*(?:\s*[•·]\s*.{0,60})?"
            r"|(?:like|comment|repost|reply|share|send|report|save|follow|award)(?:\s+(?:like|comment"
            r"|repost|reply|share|send|report|save|follow|award)){1,6}"
            r"|member-only story|shared (?:from|via|with) (?:the )?.{1,40} app"
            # a blogging platform's line naming the publication, and the reading time with the
            # day: "Published in The Seismic Desk", "6 min read · Oct 15, 2026"
            r"|published in (?-i:(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})"
            r"|\d{1,2} min(?:ute)?s? read(?:\s*[•·|]\s*.{1,30})?"
            r")\W*$",
            _I,
        ),
    ),
    (
        "data",
        # a read-later export's metadata repeating the headline above it: "Full Title: …"
        re.compile(r"(?:[-*•]\s+)?(?:full|original) title:\s", _I),
    ),
    (
        "caption",
        re.compile(
            # a picture's credit by where it came from: "Staff photo by Lee Park", "Contributed
            # photo.", "Photo provided by Harlow Police", "Harlow Herald file photo by Lee Park",
            # and the New York Times's "Credit...Lee Park for The Harlow Herald"
            # (names only after "by": "Photos provided by the family show …" is a sentence)
            r"(?:(?:(?-i:[A-Z][\w.&'’-]*) ){0,3}(?:staff|file|contributed|submitted|courtesy|provided"
            r"|handout|supplied|special|family|pool|archive) (?:photo(?:graph)?|image|picture)s?"
            r"|(?:photo(?:graph)?|image|picture)s? (?:provided|submitted|supplied|contributed))"
            r"(?: (?:by|to|courtesy(?: of)?) (?:the )?(?-i:[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|the"
            r"|and|&))*))?\W*$|Credits?(?:\.{2,}|…)\s*(?-i:[A-Z])"
            # a photographer's credit alone on its line: "Lee Park for The Harlow Herald"
            rf"|(?-i:{person_name(1, 2)} for The [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,4}})$",
            _I,
        ),
    ),
    (
        "share",
        re.compile(
            # the page's buttons saved as lines: "Save for later.", "Gift this article.", "Tweet
            # this.", "Link copied to clipboard.", "Open in the app.", "Tap to expand.", "Email the
            # author.", "Show 12 comments.", "There are 12 comments on this story." (the whole line)
            r"(?:(?:save|bookmark|gift|give|tweet|pin|email|e-mail|print|follow|unfollow)"
            r"(?: (?:this|the))?(?: (?:article|story|post|page|link))?(?: for later)?"
            r"|add (?:this )?(?:to|as) (?:your )?(?:saved|favou?rite|bookmarked) (?:stories|articles|items)"
            r"|(?:link|url) copied(?: to (?:the )?clipboard)?|open (?:it )?in (?:the )?app"
            r"|(?:tap|click|swipe|scroll)(?: (?:here|image|photo))? (?:to|for) (?:expand|enlarge|zoom"
            r"|see more|view more|more (?:photos|images|pictures)|next (?:photo|image))"
            r"|(?:more|see more|view more|view all) (?:photos|images|pictures|videos)(?: (?:below|above))?"
            r"|(?:e-?mail|contact|message) (?:the )?(?:author|reporter|writer|editor|newsroom)"
            r"|(?:read|see|watch) this next|comment below|(?:post|leave|add) (?:a |your )?comment(?: below)?"
            # the answer of a call for the reader's story, its question a sentence apart
            r"|(?:please )?get in touch(?: with us)?"
            r"|(?:view|show|see|read|hide|load)(?: all| more)? (?:\d[\d,]* )?comments?(?: \(\d[\d,]*\))?"
            r"|there (?:are|is) (?:\d[\d,]*|no|one) comments? (?:on|to|for|about) this"
            r" (?:story|article|post)"
            r"|(?:please )?(?:log|sign) in to (?:view|see|read) (?:the )?comments)\W*$"
            # a player's or a page's error saved as text: "Something went wrong. Please try again.",
            # "This video is unavailable.", "We apologize, but this video has failed to load.",
            # "Sorry, this video is not available in your region." (whole line: "Something went
            # wrong with the pump, the pilot said" is the story's)
            r"|(?:(?:we['’]re |we are |we )?(?:sorry|apologi[sz]e)[,!.]? (?:but )?)?(?:"
            r"(?:something|an error|a problem) (?:went wrong|has occurred|occurred)"
            r"|(?:this|the) (?:video|audio|content|feature|player|media|page|service|map|graphic)"
            # (the page's error in the present: "The service was temporarily unavailable." is the
            # story's telling of an outage)
            r" (?:is|has been) (?:currently |temporarily |no longer )?(?:unavailable|not available"
            r"|unable to load)(?: in your (?:region|country|area|location))?"
            r"|(?:this|the) (?:video|audio|content|media|player) (?:has )?failed to load"
            r"|(?:this|the) (?:video|audio) (?:can ?not|cannot|could not|couldn['’]t) (?:be )?(?:played|loaded)"
            r")[.!]?(?: please (?:try again|refresh)(?: later)?[.!]?)?\W*$"
            r"|(?:please )?try again(?: later)?\W*$|you['’]re all set\W*$"
            r"|have something to say\?|(?:don['’]t forget to )?like and subscribe\b"
            r"|(?:get|download) the (?:free )?(?-i:[A-Z][\w.&'’ -]{1,40}) app\W*$"
            # more of its buttons and counts: "Become a member today.", "12 comments on this story.",
            # "Enjoy more audio and podcasts on iOS or Android."
            r"|(?:become|join (?:us )?as) an? (?:member|subscriber|supporter)(?: (?:today|now))?\W*$"
            r"|\d[\d,]* (?:comments?|responses?|replies) (?:on|to|for) this (?:story|article|post)\W*$"
            r"|(?:enjoy|get|hear) more (?:audio|podcasts|stories|news)\b[^.!?]{0,60}\b(?:ios|android"
            r"|the app)\W*$"
            # a stamp of the clock alone: "Updated 4:15 p.m. ET.", "Posted 4:15 PM, May 4, 2026, by
            # Lee Park."
            r"|(?:last )?(?:updated|posted|published|modified):? \d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?"
            r"(?: [A-Z]{2,4})?(?:,? (?:\w+day,? )?"
            rf"(?:{MONTH_WORD}\.? \d{{1,2}}|\d{{1,2}} {MONTH_WORD})(?:,? \d{{4}})?)?"
            r"(?:,? by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?\.?$"
            # the page's offers of its alerts and its audio: "Get breaking news alerts.", "NEW You
            # can now listen to Harlow Herald articles!"
            r"|(?:get|receive|sign up for|turn on) (?:the latest )?(?:(?:breaking[- ]news|news|e-?mail"
            r"|push|text|free|daily) )*(?:alerts|notifications)\b[^.!?]{0,40}[.!]?$"
            # (the page's own articles: "You can now listen to council meetings online, the clerk
            # said." is the story's)
            r"|(?:new[!:]? )?you can now listen to\b[^.!?]{0,60}\b(?:articles|stories)\W*$"
            # a paywall's lines: "Subscribers can read the full story in the e-edition.", "To read
            # the full story, subscribe.", "This is your last free article.", "This article is for
            # subscribers only."
            r"|(?:subscribers|members) can (?:read|access|view) (?:the|this) (?:full|entire|whole|rest"
            r" of the) (?:story|article)\b(?! of\b)"
            r"|to (?:read|access|view|see) (?:the|this) (?:full|entire|whole|rest of the) (?:story|article)"
            r",? (?:please )?(?:subscribe|sign in|log in|register)\b"
            r"|this is your (?:last|final) free (?:article|story)\b"
            r"|this (?:article|story|content) is (?:only )?for (?:paid |digital )?(?:subscribers|members)"
            r"(?: only)?\W*$"
            r"|(?:please )?support (?:our|local|independent|quality) journalism\W*$"
            # the comments' and the account's prompts, and the offers: "Be the first to comment.",
            # "No comments yet.", "Forgot your password?", "Log in with Facebook.", "Get 3 months for
            # $1.", "Limited time offer.", "Thank you for your support."
            r"|(?:be the first to comment|start the conversation|no comments(?: yet)?|(?:don['’]t|do not)"
            r" have an account|forgot (?:your )?password|(?:log|sign) in with (?:facebook|google|apple"
            r"|twitter|email)|continue with (?:facebook|google|apple|email)|limited[- ]time offer"
            r"|(?:get|try) \d+ (?:months?|weeks?|days?) (?:for|of) (?:\$\d[\d.]*|free|just \$\d[\d.]*)"
            r"|thank you for (?:your support|subscribing|signing up)|like [A-Z][\w.&'’ -]{1,40} on"
            r" facebook|want to (?:read|see) more\? subscribe(?: today| now)?"
            r"|(?:read more|continue reading|read the (?:rest|full story)) (?:at|on) (?:the )?"
            r"[A-Z\w][\w.&'’ -]{1,40})\W*$"
            # the clock a page stamps its story with, alone on a line: "12 minutes ago.", "Updated 2
            # hours ago", "Yesterday at 4:15 PM."
            r"|(?:(?:last )?(?:updated|posted|published|modified):? )?(?:\d+|an?|one) (?:seconds?|minutes?"
            r"|mins?|hours?|hrs?|days?|weeks?) ago\W*$"
            r"|(?:(?:updated|posted|published):? )?(?:yesterday|today),? at \d{1,2}(?:[:.]\d\d)?"
            r" ?[ap]\.?m\.?\W*$",
            _I,
        ),
    ),
    (
        "share",
        re.compile(
            # the page's prompts to its reader and its paywall's counts, each the whole line
            # (the page says them to "you" of its own things; credited to a speaker, an appeal
            # the story reports, :func:`someone_elses_words`, is the story's): a meter of free
            # articles, "You have read 3 of 5 free articles this month.", "You've reached your
            # article limit.", "Unlock this article.", "Log in or create an account to continue.",
            # "Subscribers only."
            r"(?:you(?: have|['’]ve)? (?:read|used|viewed) (?:\d+|\w+) (?:of|out of) (?:your )?"
            r"(?:\d+|\w+) free (?:articles|stories)(?: (?:this|per) (?:month|week))?"
            r"|you(?:['’]ve| have) (?:reached|hit) your (?:monthly |weekly )?(?:free )?(?:article|story"
            r"|reading) limit(?: (?:this|for the) (?:month|week))?"
            r"|unlock (?:this|the full) (?:article|story)"
            r"|you(?:['’]ve| have) (?:read|used|viewed) all(?: of)? your (?:free )?(?:articles"
            r"|stories)(?: (?:this|for the) (?:month|week))?"
            r"|(?:log|sign) in or (?:create|register for|sign up for) (?:an?|a free|your) account"
            r"(?: to (?:continue|keep reading|read (?:more|on|the full (?:story|article))))?"
            r"|(?:for )?subscribers only"
            # a plea for its money: "Our journalism depends on you.", "Please consider supporting
            # us.", "Support our work.", "Make a donation.", "If you value our reporting, please
            # consider subscribing."
            r"|our (?:journalism|reporting|newsroom|work) (?:depends|relies) on (?:you|readers"
            r"|readers like you|your support)"
            r"|our (?:journalism|reporting|newsroom|work) is (?:funded|supported|made possible) by"
            r" (?:readers|you|our readers|members|donors)(?: like you)?"
            r"|(?:if you (?:value|like|enjoy|appreciate) (?:our|this) (?:reporting|journalism|work"
            r"|article|story),? )?please consider (?:supporting us|supporting our (?:work|journalism)"
            r"|subscribing|donating|a donation|becoming a (?:member|subscriber|supporter))"
            r"(?: (?:today|now))?"
            r"|support (?:our|this) (?:work|reporting|newsroom)(?: (?:today|now))?"
            # "Consider supporting our work.", "Help us keep our journalism free."
            r"|consider supporting (?:us|our (?:work|journalism|reporting))(?: (?:today|now))?"
            r"|help us keep (?:our|this) (?:journalism|reporting|site|work) (?:free|open"
            r"|independent)(?: for (?:everyone|all))?"
            r"|(?:make|give) a (?:donation|gift)(?: (?:today|now))?"
            # a prompt to comment, to take its quiz or poll, or to send it the reader's story:
            # "Have your say in the comments.", "Report this comment.", "Take our quiz.", "Vote in
            # our poll below.", "Test your knowledge with our quiz.", "Play today's crossword.",
            # "Tell us your story.", "Share your experiences with us.", "Send us your photos."
            r"|have your say(?: (?:in the comments|below|here))?"
            r"|report (?:this|a) comment"
            r"|take (?:our|the|this) (?:quiz|poll|survey)(?: (?:below|above|here|now))?"
            r"|(?:vote|have your say) in (?:our|the|this) (?:poll|survey)(?: (?:below|above|here))?"
            r"|cast your vote(?: (?:below|above|here|now))?"
            r"|answer (?:our|the|this) (?:survey|poll|quiz)(?: (?:below|above|here))?"
            r"|test your knowledge(?: (?:of|about) [^.!?]{1,40})?(?: (?:with|in|by taking) (?:our"
            r"|the|this) (?:\w+ )?quiz)?"
            r"|play (?:our|the|today['’]s) (?:daily )?(?:crossword|puzzle|quiz|word game)s?"
            r"|tell us (?:your story|about your experiences?)"
            r"|share your (?:experiences?|stor(?:y|ies)|photos|videos|views|thoughts)(?: with us)?"
            r"|send us your (?:photos|pictures|videos|stories|tips)"
            # an interview's note on its own text: "This interview has been edited for length and
            # clarity.", "This conversation has been condensed and edited." (this one: "The
            # interview was edited before it aired, the network said" is the story's)
            # its prompts to keep following it: "Stay up to date with the latest news.", "Stay
            # informed with our free newsletter.", "Keep up with this story and more by
            # subscribing now.", "Find KXYZ on Facebook.", "Connect with us on Twitter.", "For the
            # latest news, download the KXYZ app.", "Watch KXYZ News at 6 p.m.", "Tune in to KXYZ
            # at 11 for more.", "More to come.", and its note closing a correction, "We regret the
            # error."
            r"|(?:stay|keep) (?:up to date|up-to-date|informed|connected|in the know|in the loop)"
            r"(?: (?:with|on|about)"
            r" (?:the latest|our|all|this)\b[^.!?]{0,50})?"
            r"|keep up (?:to date )?with (?:this story|the latest|all the latest|our)\b[^.!?]{0,60}"
            rf"|(?:find|connect with|join) (?:us|(?-i:[A-Z][\w&'’-]*)(?: (?-i:[A-Z0-9][\w&'’-]*)){{0,3}})"
            rf" on {_NETWORK}(?:(?:,| and|, and| or) {_NETWORK})*"
            r"|for (?:the latest|more|updates)(?: (?:news|updates|stories|coverage))?"
            r"(?: on [^,]{1,40})?,"
            r" (?:download|visit|follow|go to|sign up for|subscribe to)\b[^.!?]{0,60}"
            r"|(?:watch|tune in to|catch) (?-i:[A-Z][\w&'’-]*)(?: (?-i:[A-Z0-9][\w&'’-]*)){0,3}"
            r" (?:(?:news )?at \d{1,2}(?:[:.]\d\d)?(?: ?[ap]\.?m\.?)?|tonight|tomorrow)\b[^.!?]{0,30}"
            r"|(?:watch|stream it|tune in) live(?: (?:at|on) [\w.:&' -]{1,30}){1,2}"
            r"|more to (?:come|follow)|we regret (?:the|this|that|these|any) errors?"
            # the paper's own close of a correction: "The Herald regrets the error."
            r"|(?:the )?(?-i:[A-Z][\w&'’-]*)(?: (?-i:[A-Z][\w&'’-]*)){0,2} regrets (?:the|this"
            r"|these|that) errors?"
            r"|(?:this|the following) (?:interview|conversation|transcript|q&a|exchange) (?:has been"
            r"|was)"
            r" (?:lightly |slightly )?(?:edited|condensed)(?: and (?:lightly )?(?:edited|condensed))?"
            r"(?: for (?:length|clarity|brevity|space|style)(?: and (?:length|clarity|brevity"
            r"|space|style))?)?"
            # the same note on the answers or alone: "Answers have been edited for length.",
            # "Responses have been lightly edited for clarity.", "Edited for length and clarity."
            r"|(?:(?:answers|responses|quotes|remarks) (?:have been|were) )?(?:lightly |slightly )?"
            r"(?:edited|condensed)(?: and (?:lightly )?(?:edited|condensed))? for (?:length|clarity"
            r"|brevity|space|style)(?: and (?:length|clarity|brevity|space|style))?"
            r")\W*$"
            # a quiz's label over its question: "Quiz: How well do you know Harlow?", "Take the
            # quiz: …"
            r"|(?:take (?:our|the) )?quiz:\s",
            _I,
        ),
    ),
    (
        "contact",
        re.compile(
            # a byline with its stop, names only: "By Lee Park.", "By Lee Park, Staff Writer.",
            # "Lee Park and Sam Reyes, Associated Press.", "Lee Park, The Harlow Herald." (without
            # "By", the name and its outlet or role: "Harlow Bridge Reopens." may be a headline)
            rf"(?-i:(?:By {person_name(1, 2)}(?:,? and {person_name(1, 2)}"
            r")?(?:, (?:The )?[A-Z][\w.&'’-]+(?: (?:of |for |the )?[A-Z][\w.&'’-]+)"
            rf"{{0,4}})?|{person_name(1, 2)}(?:,? and {person_name(1, 2)}"
            r")?, (?:The )?[A-Z][\w.&'’-]+(?: (?:of |for |the )?[A-Z][\w.&'’-]+)"
            r"{0,4})\.$)"
            # a byline in capitals, and the page's other credits alone: "By LEE PARK FOR HARLOWONLINE.",
            # "Special to The Harlow Herald.", "Staff report.", "Compiled from staff and wire reports.",
            # "This report was compiled by Lee Park.", "Send tips to tips@harlowherald.example."
            r"|(?-i:By [A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}(?: (?:FOR|OF) [A-Z][\w.&'’ -]{1,40})?\.?$)"
            r"|special to (?:the )?(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})\W*$"
            r"|(?-i:(?:[A-Z][\w.&'’-]* ){0,4})staff reports?\W*$"
            # (names only after "by": "This report was compiled by the state auditor over two
            # years." and "Compiled by Harlow Statistics, the figures show …" are the story's)
            rf"|compiled (?:from (?:staff|wire|news service)[^.!?,]{{0,60}}|by {_CREDITED})\W*$"
            rf"|this (?:report|story|article) was compiled by {_CREDITED}\W*$"
            r"|send (?:your )?(?:news )?tips to\b"
            # a sponsor's copy: "This content was produced by Harlow Studio." (a story is produced
            # by a newsroom; "content" is an advertiser's)
            # (its maker named, and only that: "This post was created by a bot network, the
            # researchers said." is the story's)
            r"|this (?:content|post) (?:was|is) (?:produced|created|paid for|sponsored|brought to you)"
            rf" by {_CREDITED}(?: (?:in (?:partnership|association|collaboration) with|for) {_CREDITED})?"
            r"\W*$"
            # a paper's note on the wire copy it used: "Information from The Associated Press was used
            # in this report.", "This report includes material from Reuters.", "From staff and wire
            # reports.", "Fennick Wire contributed."
            r"|(?:information|material|reporting|reports) from\b[^.]{1,60}\b(?:was|were|has been"
            r"|have been) used in this (?:report|story|article)\W*$"
            # (the outlet named, and only that: "This report contains information from 40
            # hospitals across the country." tells of a report in the story)
            r"|this (?:report|story|article) (?:includes|contains|uses) (?:material|information"
            rf"|reporting|reports) from {_CREDITED}\W*$"
            r"|\W*(?:from )?(?:staff and (?:wire|news service)|wire and staff|news services? and staff)"
            r" reports\W*$"
            r"|(?-i:(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}) contributed\.?$"
            # the site's cookie and privacy notices
            r"|this (?:site|website|page) uses cookies\b|we (?:care about|value|respect) your privacy\W*$",
            _I,
        ),
    ),
    (
        "share",
        re.compile(
            # the messages of the platform a page is built on, saved with its text: a receipt of
            # the reader's settings ("Your notification has been saved.", "There was a problem
            # saving your notification."), a server's or a player's error ("Hmm, there was a
            # problem reaching the server. Try again?", "This video file cannot be played. (Error
            # Code: 224003)"), a check of the reader ("Please verify you're not a robot by
            # clicking the box.") and a social site's prompts ("Never miss a post.", "You can add
            # location information to your posts …"). Each is the whole line, and each names the
            # reader's or the page's things: "There was a problem with the pump." is the story's.
            # None is said by anyone ("There was a problem with the server, officials said." is
            # the story's) or goes on to what a thing was of ("… with this form of the vaccine").
            r"(?![^\n]*\b(?:said|says|told|tells|according to|admitted|added)\b)"
            r"(?:(?:(?:hmm|oops|sorry|uh oh)[,.!]* )?(?:there was|there['’]s been|we (?:had|encountered"
            r"|ran into)) (?:a|an|some) (?:problem|error|issue) (?:reaching|contacting|connecting to"
            r"|loading|saving|processing|submitting|with) (?:the server|your (?:notification|request"
            r"|subscription|submission|settings|preferences|comment|sign-?up)s?|this (?:page|video"
            r"|content|form))\b(?! of\b)[^.!?]{0,40}[.!]?(?: (?:please )?try again(?: later)?[.?!]?)?"
            r"|your (?:notification|subscription|preferences?|settings|changes|comment|submission"
            r"|e-?mail address)s? (?:has|have) been (?:saved|updated|received|submitted|confirmed"
            r"|sent)[.!]?"
            # (the page's own items: "Email notifications are sent when the river rises." tells
            # of a town's warnings)
            r"|e-?mail notifications are (?:only )?sent\b[^.!?]{0,80}\b(?:new|matching) (?:matching )?"
            r"(?:items|posts|comments|replies|stories|articles|results)\b[^.!?]{0,40}[.!]?"
            r"|(?:this|the) (?:video|audio)(?: file| clip| stream)? (?:can ?not|cannot|could not"
            r"|couldn['’]t) (?:be )?(?:played|loaded)[.!]?(?: \(?error(?: code)?:? ?[\w-]+\)?\.?)?"
            r"|(?:please )?(?:verify|confirm|prove|check) (?:that )?you(?:['’]re| are) (?:not a robot"
            r"|(?:a )?human)\b[^.!?]{0,40}[.!]?|i['’]m not a robot"
            r"|never miss (?:a|another) (?:tweet|post|story|update|moment|video)[.!]?"
            r"|you can add location information to your\b[^.!?]{0,120}[.!]?"
            # a blog platform's lines: "Sorry, your blog cannot share posts by email.", "This entry
            # was posted in News and tagged Harlow. Bookmark the permalink.", "Enter your email
            # address to subscribe to this blog …", "This site uses Akismet to reduce spam."
            r"|(?:sorry,? )?(?:your|this) (?:blog|site) (?:cannot|can['’]t|could not) share posts\b"
            r"[^.!?]{0,40}[.!]?"
            r"|this (?:entry|post) was posted (?:in|on|under)\b[^!?]{0,160}\bpermalink[.!]?"
            r"|bookmark the permalink[.!]?"
            r"|enter your e-?mail(?: address)? to (?:subscribe to|follow) this (?:blog|site)\b[^!?]{0,100}"
            r"|this (?:site|blog) uses [\w-]+ to reduce spam\b[^!?]{0,80}"
            # the page's notes on its comments, its gift articles and its voice: "To find out more
            # about Facebook commenting please read the Conversation Guidelines and FAQs", "As a
            # subscriber, you have 10 gift articles to give each month.", "Voiced by artificial
            # intelligence.", "Press play to listen to this article."
            r"|(?:to find out|for) more (?:about|on|information (?:about|on)) [\w -]{0,30}comment(?:ing|s)"
            r"\b[^.!?]{0,60}\b(?:guidelines|faqs?|policy|rules|standards)\b[^.!?]{0,20}"
            r"|we(?:['’]d| would) (?:like|love) to (?:hear|know) what you think (?:about|of) (?:this"
            r"|our)\b[^.!?]{0,40}\b(?:articles?|stories|story|coverage)[.!]?"
            r"|(?:as an? (?:subscriber|member),? )?you have (?:\d+|\w+) gift (?:articles|stories)\b"
            r"[^.!?]{0,40}[.!]?"
            r"|(?:(?:this|the) (?:article|story|audio) (?:is |was )?)?(?:voiced|narrated|read aloud)"
            r" by (?:artificial intelligence|an? (?:AI|automated|synthetic|computer-generated)"
            r"(?: voice)?|AI)[.!]?"
            # "Audio is generated by AI.", "This audio is auto-generated.", "Audio generated by
            # artificial intelligence" (in the present: "The audio was generated using AI." is a
            # story's sentence on a faked recording)
            r"|(?:(?:this|the) )?(?:audio|narration|voice(?:-| )?over)(?: is|(?<=this audio) has been)?"
            r" (?:auto-?generated|(?:automatically |computer-)?generated(?: using| with| by)?"
            r"(?: (?:generative )?(?:AI|artificial intelligence|an? (?:AI|automated|synthetic)"
            r" (?:voice|tool)))?)[.!]?"
            r"|(?:press|tap|click|hit) play to (?:listen|hear)(?: to)? (?:this|the) (?:article|story"
            r"|report)[.!]?)\W*$",
            _I,
        ),
    ),
    (
        "promo",
        # a live page's notes on itself, each the whole line: "This blog is now closed.", "We've
        # paused our live coverage for now.", "We're no longer updating this page.", "Good
        # morning and welcome to our live coverage of …", "Thanks for following along.",
        # "That's all from us for now.", "Refresh the page to see the latest updates." (a
        # story's "The page was closed", "The blog has been closed." or "Thanks to the
        # volunteers, …" goes on otherwise: the page speaks of "this" or "our" page, or of "the
        # live" one)
        re.compile(
            r"(?:(?:(?:(?:this|our) (?:live (?:blog|page|coverage|updates?)|blog|live|coverage|page)"
            r"|the live (?:blog|page|coverage|updates?))"
            r"(?: (?:of|on) [^.!?]{1,60})? (?:is|has|have|are)(?: now)?(?: been)?"
            r" (?:closed|ended|finished|paused|over|no longer (?:being )?updated)"
            r"|we(?:['’]ve| have|['’]re| are)? (?:now )?(?:paused|ended|closed|finished|wrapping up"
            r"|no longer updating|stopped updating)(?: (?:our|this|the))?(?: live)?"
            r" (?:coverage|blog|page|updates?)(?: (?:here|for (?:now|today|tonight|the day)))?"
            r"|(?:good (?:morning|afternoon|evening)|hello|hi)(?:,| and| everyone,?)? (?:and )?"
            r"welcome (?:back )?to (?:our|the|this|today['’]s) (?:live|rolling)\b[^.!?]{0,100}"
            r"|(?:thanks|thank you) (?:all )?for (?:following|reading|joining us|being with us)"
            r"(?: (?:along|our live coverage|today|us|this blog))?"
            r"|that['’]?s all (?:from (?:us|me)|for (?:now|today|tonight))(?: (?:for )?(?:now|today"
            r"|tonight))?"
            r"|refresh (?:the|this) page (?:to|for) (?:see |get )?(?:the )?(?:latest|new|more)"
            r" (?:updates?|posts?|entries)"
            # a developing story's notes: "This story is developing. Check back for updates.",
            # "More details to come."
            r"|this (?:story|article|report) is (?:still )?developing"
            r"|more (?:details|information|updates) (?:to come|to follow|will follow|soon)"
            # (its sentences after the first, short: "… has ended. You can read more below.")
            r")(?:[.!]\s+[^.!?]{1,60})?"
            # a share button's answer and the page's feedback box: "Copied!", "Was this article
            # helpful?", "Thanks for your feedback!"
            r"|(?:link )?copied(?: to (?:the )?clipboard)?!?|why (?:this|am i seeing this) ad\??"
            r"|was this (?:article|story|page|content|information) (?:helpful|useful)\??"
            r"|(?:thanks|thank you) for (?:your|the) (?:feedback|vote|rating)"
            # a poll's question under its label: "Poll: Should the ferry route be reopened?"
            r"|(?:poll|quick poll|vote|have your say):\s[^?]{5,120}\?"
            # a death notice's lines, without a subject: "Survived by his wife, Ada, and two
            # sons.", "In lieu of flowers, donations may be made to …", "Funeral arrangements
            # are being handled by …" ("He is survived by …" is the story's, and so is a sentence
            # whose subject comes after the phrase: "Survived by his wife, Ada Orrel had farmed
            # …", "In lieu of flowers, the family has asked …", and what was done: "Funeral
            # arrangements were made by the council, …")
            rf"|survived by (?:his|her|their) {_NO_CLAUSE}[^!?]{{3,160}}"
            rf"|in lieu of flowers,? {_NO_CLAUSE}[^!?]{{3,160}}"
            r"|(?:funeral|memorial) arrangements (?:are|have been) (?:being )?(?:handled|made"
            r"|entrusted) (?:by|to|with) [^!?]{3,100})\W*$",
            _I,
        ),
    ),
    (
        "caption",
        # a logo's text, as a saved page keeps the picture's description over its masthead:
        # "Tullow Sentinel logo", a name and the word in small letters, the whole line ("Port
        # unveils new logo" tells news, and so does a headline in title case, "Harlow Herald
        # Unveils New Logo"; "The logo", "A new logo" name no one's)
        re.compile(
            r"(?-i:(?!(?:A|An|The|This|That|Its|Our|Their|His|Her|New|Old) logo$)"
            r"(?:The )?[A-Z][\w.&'’-]*(?: (?:of |and |& |the )?[A-Z][\w.&'’-]*){0,5} logo)$"
        ),
    ),
)
#: Furniture anywhere in a line (tried with ``search``).
_INSIDE = {
    # the paper's note on its own mistake: "Correction: An earlier version of this story …"
    "correction": re.compile(
        r"^\W*(?:corrections?|clarifications?)(?: (?:&|and) amplifications?)?\b\s*(?:\([^()]{0,40}\))?"
        r"\s*[:—–-]"
        r"|\b(?:an earlier|a previous|the original) version of this (?:story|article|report|post)\b"
        r"|\bthis (?:story|article|post|report|item) (?:has been|was) (?:corrected|amended|clarified)\b"
        # the wire's form, what it set right named: "This version corrects the spelling of the
        # mayor's name.", "This story corrects the day the bridge reopened." ("This version
        # corrects the battery fault of the first model" is a product's; so is what it set right
        # named with another noun, "the spelling errors", "the date problem", or a report's
        # figure told on, "the total reported by the ministry"; and what someone said it does)
        r"|^this (?:version|story|article|item|report) corrects (?:the |a |an |an earlier |a previous )?"
        r"(?:(?:first |last |family )?(?:spelling|name|title|age|day|date|year|number|figure|headline"
        r"|caption|photo caption|quote|quotation|attribution|location|amount|time|cost|total|percentage"
        r"|affiliation|gender|party|dateline|byline|misspelling)s?"
        r"(?=[.;:]|$| (?:of|in|on|at|to|for|from|when|that|which|the|an?|his|her|its|their)\b"
        r"|['’]s?\b| (?-i:[A-Z\d]))"
        r"|to (?:show|say|reflect|clarify|note|remove|restore|include)\b|that\b)"
        rf"(?!.*,[^,]{{0,40}}\b(?:{'|'.join(sorted(SAYS))}|urged|argued|according)\b)",
        _I,
    ),
    "caption": re.compile(
        r"\(AP Photos?\b|\bAP Photo/|\bMedia caption\b|\b(?:toggle|hide|show) caption\b"
        r"|\bImage \d+ of\b|\bCaption Close\b|\bFull size image\b"
        r"|\bin this (?:(?:undated|handout|file|aerial|still|[A-Z][a-z]+\.?|\d{1,4},?) ){0,4}"
        r"(?:image|photo|picture|photograph|video (?:grab|still)|frame grab)\b"
        rf"|\bPhotos?: {person_name(0, 3)}\s*$"
        # a picture's description for readers who cannot see it, under its label
        r"|^(?:image|photo|picture) description:\s|^alt(?:ernative)? text:\s"
        # the page's note on its pictures: "All photos by Lee Park unless otherwise noted."
        r"|^(?:all )?(?:photos?|photographs?|images?|pictures?)\b[^.!?]{0,60}\bunless (?:otherwise )?"
        r"(?:noted|stated|credited|indicated)\b",
        _I,
    ),
    "video": re.compile(
        # a video's description stamped as a news site's player shows it
        r"\(Published (?:\w+day,? )?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\)\s*$|"
        r"please enable javascript|\bwatch (?:the|this) video (?:above|below|here)\b"
        # a player's note when it cannot play: "To play this video you need to enable JavaScript
        # in your browser." (the note opens its sentence, unquoted: "Visitors saw a page saying
        # you need to enable JavaScript, the researchers said" is news)
        r"|(?:^|[.!?] )(?:to [^,.!?\"“”]{1,40}?,? )?(?:please |you (?:need|have|must) to )?"
        r"enable javascript(?: (?:in|on) your (?:browser|device)\b| (?:to|and) (?:watch|view|play|see"
        r"|read|use|continue|reload|refresh)\b|[.!]?$)[^,\"“”]{0,60}$"
        r"|\bMUST WATCH\b|\bReplay More Videos\b"
        r"|\bclick here to watch\b|\bin the (?:video|player|clip) (?:above|below)\b",
        _I,
    ),
    "tweet": re.compile(
        r"pic\.twitter\.com/|https?://t\.co/"
        rf"|[—–-]\s*[^()—–]{{1,60}}\(@\w{{1,30}}\)\s*(?:{MONTH_WORD}\s*\d{{1,2}},\s*|\d{{1,2}} {MONTH_WORD} )\d{{4}}\s*$"
        r"|\bA (?:photo|video|post) shared by\b.{0,80}\(@[\w.]{1,30}\)"
        # a Facebook post's signature: "Posted by Harlow Police on Monday, May 4, 2026"
        rf"|\bPosted by [^.]{{1,60}} on (?:\w+day, )?{MONTH_WORD} \d{{1,2}}, \d{{4}}",
        _I,
    ),
    "markup": re.compile(
        r"runtime:[a-z]+|</?[a-z][a-z0-9]*(?:\s[^<>]*)?>|\[/?(?:caption|embed|related)\b"
        r"|&(?:nbsp|amp|quot);",
        _I,
    ),
    "wire": re.compile(
        r"\bAssociated Press Writers?\b(?!.*\bcontributed\b)"
        # an insertion note: "The plane, 5th graf pvs. (gm)", "Stepinac was, 5th graf, pvs."
        r"|\b\d+(?:st|nd|rd|th) graf\b|\bgraf,? pvs\b",
        _I,
    ),
    "share": re.compile(
        r"\badd .{1,60} as an interest\b|\bread more\s*$"
        rf"|\b(?:posted|updated|published): (?:\w+day,? )?(?:\d|{MONTH_WORD} \d)"
        # the comments' notice glued after the story's last sentence: "… the council said.
        # Comments are closed." (closing the line: "Comments are closed until May, the
        # council said." is news)
        rf"|(?<=[.!?\"”’)] ){_COMMENTS_CLOSED}\W*$",
        _I,
    ),
    "signup": re.compile(
        r"\bthanks? (?:you )?for subscribing\b|\byou are now subscribed\b|\binvalid email\b"
        # the call to sign up or subscribe, an imperative ("Readers who subscribe to the Herald
        # …", "Thousands of runners sign up for the marathon" are news)
        r"|\b(?:sign up|subscribe) (?:now|here|today)\b|(?:^|[.!?:]\s+|\b(?:please|here to|now to"
        r"|today to|sure to|click to|tap to)\s+)(?:sign up|subscribe) (?:for|to)\b|\bnewsletters?\b.{0,40}"
        r"\b(?:inbox|sign up|subscribe)\b|\b(?:delivered|directly|straight) to your inbox\b"
        r"|\bin your inbox\b|\bterms of use and privacy policy\b|\bwill not share your email\b"
        # a newsletter's blurb: "The news and stories that matter, delivered weekday mornings."
        # (the blurb's comma or "that matter", and its end: "Investors have had bad news
        # delivered every week since March" is news)
        r"|\b(?:news|stories|headlines)(?: that matters?,?|,) delivered (?:to you )?(?:(?:every|each)"
        r" )?(?:weekdays?|days?|mornings?|evenings?|weeks?|daily)\b[\w ]{0,20}[.!]?$"
        r"|\bget (?:the|our) .{1,30} in your inbox\b"
        # the site's cookie notice, its opinion and affiliate-link disclaimers
        # (a court ruling on "the use of cookies" or a firm's "cookie settings" is news)
        r"|\b(?:we use|our use of|accept all) cookies\b"
        r"|^cookie (?:policy|settings|preferences)$"
        # (the page's request, whole or with what for: "Enable JavaScript only for sites you
        # trust." is advice in a story)
        r"|^(?:please )?(?:enable|turn on|allow) (?:javascript|cookies)(?=\W*$|,? (?:to|and|in|on|or"
        r"|if (?:it is|it's) (?:disabled|off)|for (?:this|the best|full|a better))\b)"
        r"|^by (?:clicking|submitting|signing up|subscribing|continuing|registering)\b[^.]{0,80}"
        r"\byou (?:agree|accept|consent)\b"
        r"|\b(?:our|manage your|update your) cookie (?:policy|settings|preferences)\b"
        r"|\b(?:views|opinions) expressed (?:in this (?:article|column|piece|post|commentary|op-ed"
        r"|essay|blog(?: post)?|letter) |here(?:in)? |above )?"
        r"are (?:solely )?(?:those of )?the (?:author|writer|contributor)"
        r"|\b(?:views|opinions) expressed by (?:our |the )?(?:contributors|columnists|authors?|writers?"
        r"|guest (?:writers|contributors|columnists)) are (?:their|his|her|the author['’]s) own\b"
        r"|\b(?:this (?:article|post|story|page) (?:contains|may contain|includes) affiliate links"
        r"|(?:we|the site) may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of sales"
        r"|affiliate commission))\b"
        # (compensation for the site's links: "We may receive compensation for the flood damage"
        # is a victim's)
        r"|\b(?:we|the site) may (?:earn|receive|get) compensation (?:(?:when|if) you|from (?:the |some"
        r" )?(?:companies|brands|retailers|partners|advertisers|merchants)|(?:through|via|for|from)"
        r" (?:affiliate |some |the )?(?:links|purchases|clicks|products))\b"
        r"|\b(?:buy|purchase|click|shop)\b[^.!?\"”]{0,60}\b(?:we|the site) may (?:earn|receive|get)"
        r" compensation\b"
        # the site's app and its pages elsewhere: "Stay up to date with our free app.", "For the
        # latest updates, download our app.", "Make sure to follow us on social media.", "Get the
        # latest news sent to your phone."
        # (the line ending there: "'Pay with our app,' the chief executive said" is news)
        # ("by downloading our app" offers it; "complained about downloading our app" is news)
        r"|\b(?:download|get|try|by (?:downloading|getting|trying)) our (?:free )?(?:news )?app\b"
        r"[^\"”’',]{0,40}$"
        r"|\b(?:with|on|using) our (?:free )?(?:news )?app[.!]?$"
        r"|\bfollow us on (?:social media|facebook|twitter|instagram|tiktok|x)\b[^\"”’',]{0,40}$"
        # (the site's offer: "Emergency alerts sent to your phone by the county …" is news)
        r"|(?:^|[.!?:] )(?:get|receive|have) (?:the )?(?:latest )?(?:breaking )?(?:news|headlines"
        r"|updates|alerts) (?:sent|delivered) (?:straight |right |directly )?to your (?:phone|device)\b"
        # a site's notes to its visitors: its standards, its ad-blocker and cookie notices
        r"|^our standards:|^privacy notice:|\btrust principles\b|\bad[- ]?blocker\b|\bwhitelist (?:us|our site)\b"
        # a broadcaster's note on its transcripts and on the sites it links to: "Transcripts are
        # created on a rush deadline …", "This text may not be in its final form …", "Harlow
        # Radio is not responsible for the content of external sites."
        r"|\btranscripts? (?:is|are) (?:created|produced|prepared) on a rush deadline\b"
        r"|\bthis (?:text|transcript) may not be in its final form\b"
        r"|\bis not responsible for the content of external (?:sites|websites|links)\b"
        # a blog platform's note on its contributors' posts, and a player's note on its ad
        r"|\bthis post was published on the now-closed\b|\bthe video player is currently playing an ad\b"
        # a consent banner's own words: "We and our 843 partners store and access information on
        # your device …", the banner's words on cookies, devices or data in the sentence ("Our
        # partners and we agreed …", a release's "We and our partners restored water to 4,000
        # homes" are a firm's news)
        r"|^we and our (?:\d[\d,]* )?(?:partners|vendors|advertising partners)\b(?=[^.]{0,120}\b(?:cookies?"
        r"|(?:your|a|their) device|personal data|your data|personali[sz]ed (?:ads|content|advertising)"
        r"|precise geolocation)\b)"
        r"|\bstore and(?:/or)? access information on (?:a|your) device\b"
        # the paywall's count of the reader's free pages, and the page's note that the rest is
        # for subscribers ("You have read 3 of 3 free articles this month.", "This is a
        # subscriber-only story.")
        r"|\byou(?:['’]ve| have) read \d{1,3} (?:of|out of) (?:your )?\d{1,3} free (?:articles|stories"
        r"|pages)\b"
        r"|^this (?:is an?|article is an?|story is an?) (?:subscriber|member|premium)[- ](?:only|exclusive)"
        r" (?:story|article|feature|piece|content)\W*$"
        # a translation's notes: who translated it, how, and the link to the original
        # ("Translated from the Dutch by Mara Veld.", "This article was translated with the help
        # of machine translation …", "Read the original article in Dutch."; a story telling of a
        # book "translated from the Dutch by" its translator goes on past the note, and "this
        # report was translated into six languages" is news of a report)
        rf"|^translated from (?:the )?(?-i:[A-Z][a-z]+)(?: by (?-i:{person_name(0, 3)}))?"
        r"[.]?$"
        r"|^this (?:article|story|piece|text) (?:was|has been) (?:machine[- ]|automatically )?"
        r"translated (?:from|into|with|using|by (?:machine|software|an? (?:AI|machine|automated)))\b"
        r"|^read the original (?:article|story|version|text|piece)(?: in (?-i:[A-Z][a-z]+))?[.!]?$"
        # a broadcaster's warning on its transcript, opening its line: "This transcript was
        # produced by a contractor and may contain errors." (a court story's "the court
        # transcript was typed from a damaged tape and may contain errors" is news)
        r"|^(?:this |these |our )?(?:(?:rush|automated|machine|unedited|computer-generated) )?transcripts?"
        r" (?:was|is|were|are|has been|have been) (?:[\w-]+ ){1,8}(?:and )?may contain"
        r" (?:errors|mistakes|inaccuracies)\b"
        # a newsletter's own lines in a saved e-mail: why it came and its greeting ("You are
        # receiving this email because you signed up for …", "Good morning, and welcome to the
        # Morning Briefing."; "Welcome to the Harlow Marathon" names no letter)
        # (not an alert a story quotes: "… read: \"You are receiving this message because you
        # live near the river\"")
        r"|^[^\"“”]*?\byou(?:['’]re| are) receiving this (?:(?:e-?mail|newsletter)\b|message"
        r" because you(?:['’]ve| have)? (?:signed up|subscribed|registered|opted in|are (?:a )?subscri))"
        r"|^(?:good (?:morning|afternoon|evening)|hello|hi)\b[,!.]? (?:and )?welcome to (?:the |our |this"
        r" |today['’]s )?(?:[\w'’-]+ ){0,3}(?:newsletter|briefing|digest|round-?up|bulletin|edition"
        r"|dispatch|update)\b[^.!?]{0,40}[.!]?$"
        # a digest's greeting over its items: "Good morning. Here is what you need to know
        # today.", "Here are today's top stories:"
        r"|^(?:(?:good (?:morning|afternoon|evening)|hello|hi)\b[,!.]? )?(?:and )?here(?: is|['’]s"
        r"| are) (?:what you need to know|what (?:you|we)['’]re (?:watching|following)|(?:the"
        r"|today['’]s|this (?:morning|evening|week)['’]s) (?:latest |top |biggest |main )?(?:news"
        # (not the news a sentence goes on to tell: "Here is the news that stunned the village.",
        # "Here are the stories of two survivors.")
        r"|stories|headlines))\b(?! (?:that|which|who|whom|whose|of)\b)[^.!?\"“”]{0,30}[.!:]?$",
        _I,
    ),
    "promo": re.compile(
        r"\bour (?:fundraiser|fund drive|pledge drive)\b|\bplease,? (?:consider )?donat"
        # the tip line's promise ("… and you may be eligible for a cash reward")
        r"|\byou (?:may|could|might) be eligible for a (?:cash )?reward\b"
        # the site promising more of itself: "We will have more on the eclipse here at Harlow.com."
        r"|\b(?:more|updates?|coverage)\b.{0,60}\bhere (?:at|on) (?:[A-Z][\w-]*\.)?[\w-]+\.(?:com|org|net)\b"
        r"|\b(?:delivered|sent) (?:right |straight |directly )?to your inbox\b"
        # the page's call for its readers' stories after a question to them: "Did you witness
        # the crash? Get in touch.", "Have you been affected? Share your experience." (a
        # question the story asks, then its answer, is the story's)
        r"|\?\s+(?:get in touch|share your (?:experiences?|stor(?:y|ies)|views|thoughts|photos?"
        r"|videos?|pictures?)|tell us (?:about it|your story|more)|contact us|e-?mail us|let us know)"
        r"\b[^.!?\"”,]{0,60}[.!]?$"
        # the call-out form's note and a writer's disclosure, wherever they sit in the line:
        # "Your responses are secure as the form is encrypted.", "Lee Park does not work for,
        # consult, own shares in or receive funding from any company …" (the page's other
        # call-out, appeal and subscription lines open a line: see _AT_START)
        r"|\bthe form is encrypted\b"
        r"|\bdoes not work for, consult, own shares in or receive funding from\b",
        _I,
    ),
    "contact": re.compile(
        # (at an address or a number: "The minister can be reached at his office" is news)
        r"\b(?:can|may) be (?:reached|contacted|e-?mailed) at (?=[^.!?]{0,40}(?:@|[(\[]at[)\]]|\d{3}[ .-]\d{4}))|\bfollow (?:us )?@\w+"
        # who else reported: "Associated Press writer Lee Park contributed to this story.",
        # "Harlow News' Sam Reyes contributed." (a name and its outlet or role, then the verb)
        r"|\bcontributed (?:reporting )?to this (?:report|story|article)\b"
        r"|^(?-i:(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}(?:['’]s?| writers?| reporters?"
        rf"| correspondents?| staff(?: writers?)?) (?:[a-z]+ ){{0,2}}{NAME_WORD}(?:,? (?:and )?"
        rf"{NAME_WORD}){{0,7}}(?: in [A-Z][\w.'’ -]{{1,40}})? contributed(?: reporting)?\.?)$"
        # a reprint's note on where the story first ran (a study "first published in" a journal
        # is the story's)
        r"|\bthis (?:article|story|post) (?:was )?(?:originally|first) (?:published|appeared|ran)"
        r" (?:on|in|at|by)\b"
        # "A version of this story appeared in the Harlow Herald." (the whole line)
        r"|^an? (?:earlier |longer |shorter )?version of this (?:article|story|post|piece|column"
        r"|essay|report) (?:originally |first )?(?:appeared|ran|was published) (?:on|in) [^,;]{1,60}$"
        # a reprint's credit, the whole line: "Syndicated from the Harlow Herald.", "Content
        # provided by Kestrel Wire.", "Article courtesy of the Harlow Herald."
        r"|^(?:syndicated (?:from|by)|(?:content|story|article) (?:provided by|courtesy of))"
        r" (?:the )?(?-i:[A-Z])[\w.&'’ -]{1,50}$"
        # or with its stamp: "This story was originally published May 4, 2026 6:32 PM."
        rf"|^this (?:article|story|post) was (?:originally|first) published {MONTH_WORD} \d"
        # (the stamp ends the line: "… published May 4, 2026, in the Herald and won" is news)
        r"[^a-z]*(?:[ap]\.?m\.?[^a-z]*)?$"
        # a syndicator's note: "This story was produced by Fennick Wire and reviewed and
        # distributed by Harlow Herald.", "This story was produced by Fennick Wire, a nonprofit
        # newsroom." (its maker named as a newsroom: "This film was produced by a nonprofit" is news)
        r"|^this (?:article|story) was produced by .{1,60} and reviewed and distributed by\b"
        rf"|^this (?:article|story|report) was (?:produced|reported|published) by {_CREDITED},?"
        r" an? (?:independent,? )?(?:nonprofit|non-profit)\b,?(?: [\w-]+,?){0,3}?"
        r" (?:news(?:room)?|journalism|media|reporting|investigative)\b"
        r"(?!.*,\s*(?:and|but|which|who|where|on|in|last|this|after|before)\b)"
        # alone, the note is the whole line ("First published in 1922, the novel …" is news)
        r"|^(?:was )?(?:originally|first) (?:published|appeared) (?:on|in|at|by)\b[^,;]{1,80}$"
        r"|\bcontact us at\b|(?:^|[.!?]\s+)" + _POLITE + r"follow me on (?:twitter|facebook"
        r"|instagram)\b"
        # the writer asking for the reader's word: "If you have a suggestion, drop me a line."
        r"|\bdrop (?:me|us) a (?:line|note)\b"
        # a hat tip to where the story was found: "(h/t Harlow Herald)"
        r"|\(h/t\b|^h/t\b|\bhat tip to\b"
        # the magazine's note on its printed issue: "This article appears in the May 2026 issue of …"
        r"|\bthis (?:article|story|piece|essay) (?:originally )?appear(?:s|ed) in the\b"
        # the wire's terms under its copyright: "This material may not be published, broadcast, …"
        r"|\bmay not be (?:re)?published, broadcast\b"
        # a newspaper's note on its printed edition: "A version of this article appears in print …"
        r"|\ba version of this (?:article|story|review|report) (?:appears?|appeared|ran) in print\b"
        r"|\b(?:reach|e-?mail) (?:him|her|them|the (?:author|reporter|writer)) at\b"
        # (the page's prompt opens its sentence: "Fans follow her on Instagram." is news)
        r"|(?:^|[.!?]\s+)" + _POLITE + r"follow (?:him|her|them|us|the author) on"
        r" (?:twitter|facebook|instagram)\b"
        r"|\bsend us a (?:secure )?tip\b|\b(?:have|got) a (?:news )?tip\b"
        # the call for the reader's story glued after the story's last sentence: "… said. Got
        # a story to share? Email us." (closing the line, and speaking to the reader)
        # (its answer as short as a prompt's, :data:`PROMPT_ANSWER_WORDS`: "Come in and our
        # volunteers will write it down." is the story's)
        r"|(?<=[.!?\"”’] )(?:got|have) a story (?:to share|to tell)\?(?:\s+(?=[^.!?]*\b(?:us|we"
        r"|our)\b)[^\s.!?]+(?:\s+[^\s.!?]+){0,5}[.!]?)?\s*$"
        r"|\blegally licensed through\b|\b(?:the )?(?:publisher|parent company|owner) of this"
        r" (?:report|website|site|newspaper|article|station)\b|^\(?disclosure:"
        # a wire's note on who funds its coverage: "The Associated Press receives support from
        # the Harlow Fund for … The AP is solely responsible for all content."
        r"|\bis solely responsible for (?:all|this|the) content\b"
        r"|\bstandards for working with philanthropies\b"
        r"|^(?:the )?(?:associated press|ap)(?:['’]s?(?: [\w-]+){0,3} coverage)? receives?"
        r" (?:financial )?support\b"
        # the site suspending its comments
        r"|\b(?:we are|we['’]re) (?:temporarily )?(?:suspending|disabling|closing) (?:article )?"
        r"comment(?:ing|s)(?: on (?:this|our|all) (?:article|story|stories|site)s?)?\W*$",
        _I,
    ),
}
#: Words each ``_INSIDE`` pattern needs (lower case): most lines skip the regex.
_HINTS = {
    "caption": ("photo", "caption", "image", "picture", "grab", "video still", "alt text",
                "alternative text"),  # "image" finds "Full size image"
    "video": ("javascript", "video", "watch", "(published", "in the clip", "in the player"),
    "tweet": ("twitter", "t.co/", "(@", "posted by"),
    "markup": ("runtime:", "<", "[", "&"),
    "wire": ("associated press writer", "graf"),
    "share": ("as an interest", "read more", "posted:", "updated:", "published:", "comment"),
    "correction": ("correct", "clarif", "version of this", "amended"),
    "signup": ("subscri", "sign up", "inbox", "newsletter", "terms of use", "share your email",
               "invalid email", "standards:", "principles", "blocker", "whitelist", "cookie",
               # (each note's first sentence: the paragraph it opens goes with it)
               ", delivered", "matter delivered", "matters delivered",
               "compensation", "share of sales", "our app", "our free app", "our news app",
               "our free news app",
               "follow us on", "to your phone", "to your device", "rush deadline", "final form",
               "content of external", "now-closed", "playing an ad",
               "we and our", "access information on", "free articles", "free stories",
               "free pages", "member-only", "member only", "member-exclusive", "member exclusive",
               "premium",
               "translated", "read the original", "transcript",
               "views expressed", "opinions expressed", "affiliate", "may earn", "may receive",
               "may get", "javascript",
               "you agree", "you accept", "you consent", "privacy notice", "receiving this",
               "welcome to",
               # a digest's greeting: "here is", "here's" or "here are" and what it announces
               # (not "there is", "where is")
               *(f"{here} {what}" for here in ("here is", "here's", "here’s", "here are")
                 for what in ("what", "the", "today", "this"))),
    "promo": ("fund", "pledge drive", "donat", "inbox", "reward", "here at", "here on",
              "get in touch", "share your", "tell us", "contact us", "email us", "e-mail us",
              "let us know", "encrypted", "own shares"),
    "contact": ("reached at", "contacted at", "mailed at", "contributed", "originally", "first published", "first appeared",
                "follow ", "reach ", "mail ", "send us",
                "a tip", "news tip", "a story to", "licensed through", "contact us", "broadcast", "in print",
                "h/t", "hat tip", "appears in the", "appeared in the", "drop ", "reviewed and distributed", "nonprofit", "non-profit",
                "publisher of", "parent company of", "owner of this", "disclosure",
                "version of this", "syndicated", "provided by", "courtesy of", "first ran",
                "solely responsible", "philanthrop", "receives support", "receive support",
                "receives financial", "receive financial", "suspending comment", "disabling comment",
                "closing comment", "suspending article", "disabling article", "closing article"),
}  # fmt: skip
#: The kinds, in the order they are tried (then "caption" from a credit, "data" for a data
#: sheet and "links" for a click prompt).
KINDS = (
    "caption", "video", "tweet", "markup", "wire", "share", "signup", "correction", "links",
    "contact", "promo",
)  # fmt: skip
#: Each kind as :func:`furniture_kind` tries it: its patterns (None where it has none) and
#: its hints; and all the hints of every kind, each once.
_TRIED = tuple(
    (kind, _AT_START.get(kind), _INSIDE.get(kind), frozenset(_HINTS.get(kind, ())))
    for kind in KINDS
)
_ALL_HINTS = tuple(dict.fromkeys(hint for hints in _HINTS.values() for hint in hints))
#: A line ending in a photo credit in brackets: "… in Paris. (Ricky Carioti/The Washington Post)".
_CREDIT_AT_END = re.compile(
    r"\((?:[A-Z][^()/]{0,60}/[^()]{1,60}|[^()]*\b(?:Photo|Getty|AFP|Reuters|Associated Press|Pressphoto"
    r"|Images?|WireImage|Shutterstock)\b[^()]*)\)\s*$"
    # a video's or picture's outlet alone after its description: "… on Monday. (The Harlow Post)"
    # a handout's credit as agencies print it, and a picture's label: "… (Harlow Police via AP)",
    # "… (Picture: Lee Park)"
    r"|\([^()]{2,60} via (?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|Shutterstock)\)\s*$"
    r"|\((?:Picture|Pictures|Photograph|Photographs):[^()]{2,60}\)\s*$"
    r"|(?<=[.!?…\"”’] )\((?:The )?(?:[A-Z][\w.&'’-]* ){0,3}(?:Post|Times|News|Journal|Herald|Tribune"
    r"|Press|Telegraph|Guardian|Globe|Mail|Star|Sun|Chronicle|CNN|BBC|NBC|CBS|ABC|AP|EPA)\)\s*$"
)
#: A photo credit closing a line without brackets, as agencies' captions end:
#: "… in Seoul, January 17, 2018. REUTERS/Kim Hong-Ji", "… Handout via REUTERS".
_BARE_CREDIT_AT_END = re.compile(
    r"(?:\bREUTERS/[A-Z][\w.'’ -]{1,40}|\b(?:Handout )?via (?:REUTERS|Reuters|AFP|AP|Getty Images)"
    r"|/(?:Handout|File Photo)|\b(?:AFP|AP) Photo/[A-Z][\w.'’ -]{1,40}"
    r"|[a-z] ?/ ?(?:AFP|Getty Images|Reuters|AP|EPA|Shutterstock)(?: for [A-Z][\w ]{1,20})?"
    r"|\b(?:Photograph|Photo|Picture|Image|Credit|Illustration)s?: [A-Z][^()]{1,60}"
    # a newspaper's credit without a colon, after the caption's last sentence: "… on Monday.
    # Credit Lee Park for The Harlow Herald", "… Credit Sam Reyes/Associated Press"
    rf"|(?<=[.!?\"”’] )Credits? (?:{NAME_WORD} ){{1,3}}?{NAME_WORD}"
    r"(?:/[A-Z][\w.'’ -]{1,40}| for (?:The )?[A-Z][\w.'’ ]{1,40})?)\s*$"
)
#: A credit closing a caption after its last sentence, without brackets or a label's colon:
#: "… on Monday. Lee Park/Harlow Herald", "… LEE PARK/HARLOW HERALD", "… AFP PHOTO / LEE PARK",
#: "… | Lee Park/Harlow Herald", "… Lee Park for The Harlow Herald", "… (Harlow Herald photo)",
#: "… Photo courtesy of Harlow Council", "… (Courtesy Harlow Council)", "… Photo by Lee Park.",
#: "… Image copyright Harlow Council". A sentence of the story ends in none of them.
_CREDIT_AFTER_CAPTION = re.compile(
    r"(?<=[.!?\"”’)] )(?:\|\s*)?(?:"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?/ ?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}"
    r"(?: ?/ ?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})*"
    rf"|{person_name(1, 2)} for The [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,3}}"
    r"|\(?(?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:staff |file )?(?:photo|photograph|image)s?"
    # (names after "by", not a sentence going on in lower case: "… played. Photos by Sam Ortiz
    # show the river bursting its banks." is the story's)
    r"|(?:Photo|Image|Picture)s? (?:courtesy (?:of )?|by (?![^()]*?\b(?!(?:for|via|of|the|and"
    r"|on|at|in|courtesy|by|staff|file|photographer|contributor)\b)[a-z]{2,}\b))[A-Z][^()]{1,50}"
    r"|Courtesy (?:of )?[A-Z][^()]{1,50}|Image copyright [A-Z][^()]{1,50})\)?\.?"
    r")\s*$"
)
#: Marks of such a credit (a line without any is not searched).
_CREDIT_AFTER_HINTS = ("/", "hoto", "ourtesy", "Image", " for The ")
#: A credit line of names joined by slashes ("NASA/VILLANUEVA/MUMMA/GALLAGHER ET AL.").
_SLASHED_CREDIT = re.compile(r"^[A-Z][\w.&'’ -]{1,30}(?:/[A-Z][\w.&'’ -]{1,30}){2,}\.?$")
#: A credit opening a line, then the caption: "Bill Ingalls/NASA A supermoon behind …",
#: "Luigi Garlaschelli / Via youtube.com A screengrab …", "Maryellen McGrath/ABC".
_CREDIT_AT_START = re.compile(
    rf"(?!(?:The|In|A|An|On|At|For|As|By|If|Of)\b){PERSON_NAME} ?/ ?"
    r"(?:[A-Z][\w.&'’-]*|[Vv]ia)\b"
)
#: A caption under a label, as some sites print them: "Taking aim: As the others laugh, the
#: driver points the pistol at a photographer" (no full stop: a sentence would have one).
_LABELLED_CAPTION = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}: [A-Z‘'\"“][^:]{10,}[\w’')]$")
#: Two labelled captions or more saved as one line, the second glued to the first's last
#: word: "Gun drama: The driver aims the pistol at a photographer Retail therapy: Pippa …".
_GLUED_CAPTIONS = re.compile(
    r"[A-Z][a-z]+(?: [a-z]+){0,2}: [A-Z‘'\"“][^:]{10,}?[a-z)’'] [A-Z][a-z]+(?: [a-z]+){0,2}:"
    r" [A-Z‘'\"“]"
)
GLUED_CAPTIONS_WORDS = 150
#: A data sheet pasted into the text ("Release Date: … Running Length: … Cast: …"): three
#: labelled fields or more on one line.
_DATA_FIELD = re.compile(r"(?:^|\s)[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}: \S")
DATA_FIELDS = 3
#: Present-tense verbs that open a photo's description ("… Trump signs autographs …").
_CAPTION_VERB = re.compile(
    r"\b(?:waves|speaks|poses|looks|stands|arrives|leaves|walks|signs|listens|gestures|holds"
    r"|answers|attends|sits|smiles|talks|prays|addresses|departs|greets|enters|exits|reacts"
    r"|watches|delivers|lies|lay|rides|carries|kneels|shakes|hugs|testifies|wears|marches"
    r"|cheers|chants|protests|is seen|are seen|is shown|are shown"
    r"|carry|walk|sit|wait|gather|react|prepare|pray|mourn)\b"
)
#: A subheading that quotes someone: "'A tragic accident'", "‘NOT THE TIME’" (no sentence inside).
_QUOTED_HEADING = re.compile(r"[‘'\"“][^.!?‘’'\"“”]{2,60}[’'\"”]")
#: A teaser cut short with its link: "Harlow council looks for a new clerk; several... More."
_TEASER_LINK = re.compile(
    r"(?:\.\.\.|…)\s*(?:more|read more|continue reading|full story)\s*[.»›]?$", re.IGNORECASE
)
#: A teaser cut short, its link gone: "His ...", "Harlow council weighs a new…".
_CUT_TEASER = re.compile(r".{1,60}?\s?(?:\.\.\.|…)$")
TEASER_WORDS = 6
#: A review's box of credits: "Drama. Starring … Directed by … (R. 104 minutes.)".
_REVIEW_BOX = re.compile(
    r"\bStarring\b.{0,200}\b(?:Directed by|Rated|minutes)\b"
    r"|\((?:Rated )?(?:G|PG|PG-13|R|NC-17|Not rated|Unrated)[.,;]? \d{2,3} (?:minutes|min)\.?\)"
)
#: The most words a review's box of credits holds.
REVIEW_BOX_WORDS = 60


def review_credits(line: str) -> bool:
    """Is ``line`` a review's box of credits ("Drama. Starring Lee Park. Directed by Dana
    Whitlow. (R. 104 minutes.)"): a line that states who made and who plays in the film the
    review is about? A caption, a byline or a reader's comment naming the same people is none."""
    text = line.strip()
    return len(text.split()) <= REVIEW_BOX_WORDS and _REVIEW_BOX.search(text) is not None


#: A review's verdict and its film's rating as a wire service closes its reviews, each its
#: own line: "Three stars out of four.", "2 1/2 stars out of 5.", '"The Ferryman," a Harlow
#: Pictures release, is rated R by the Motion Picture Association of America for "violence."'
#: (a guide's stars in a sentence go on: "Three stars out of five went to the inn, the guide
#: said.")
_REVIEW_RATING = re.compile(
    r"(?:(?:zero|one|two|three|four|five|\d)(?:½|(?: and)? (?:a half|1/2|½))?|\d\.5|half a)"
    r" (?:stars? \(?(?:out )?of (?:four|five|4|5)\)?|out of (?:four|five|4|5) stars)\.?$"
    # the rating alone: "Rated PG-13 for language and some violence."
    # (a clause after a comma is a sentence's: "Rated R for violence, the film opened …")
    r"|Rated (?:G|PG|PG-13|R|NC-17) for (?:[^.;,]|,(?! (?:the|a|an|its?|he|she|they|we)\b))"
    r"{1,100}\.?$"
    r"|[\"“][^\"“”]{1,80}[\"”],? an? [^,]{1,60} release,? is rated (?:G|PG|PG-13|R|NC-17)"
    r" by the Motion Picture Association of America\b",
    re.IGNORECASE,
)
#: Where the people in a photo stand: "Lee Park (left) and …", "Dana Whitlow, right, greets …".
_POSITION = re.compile(
    r"\((?:left|right|center|centre|top|bottom|above|inset|L|R|C|far left|far right"
    r"|second (?:from )?(?:left|right)|front|back|rear)\)"
    r"|, (?:left|right|center|centre|far left|far right)(?:,| and\b)|\b(?:from left|L-R|left to right"
    r"|clockwise from)\b|^(?:On|At|To) the (?:far )?(?:left|right)\b|\b(?:is|are) pictured\b"
)
#: Words one of :data:`_POSITION`'s needs (lower case): most lines skip the pattern.
_PLACE_HINTS = (
    "left", "right", "pictured", "clockwise", "(cent", ", cent", "(top", "(bottom", "(above", "(inset",
    "(front", "(back", "(rear", "(c)", "(l)", "(r)",
)  # fmt: skip
CAPTION_PLACES_WORDS = 50
#: A heading has at most this many words (as ingest reads them); a longer line is a sentence.
HEADING_WORDS = 14
#: A link in headline case behind an imperative: "See the Ten Best Bridges of the Year".
_LINK_VERB = re.compile(r"(?:See|Watch|Read|Explore|Meet|Listen to|View|Browse|Discover)\s")
#: Of the six words after the imperative, how many in upper case make a link's headline.
LINK_CAPITALS = 4
#: A writer's signature closing the page: "— Lee Park", "--Sam Reyes".
_SIGNATURE = re.compile(rf"[—–-]+\s*{person_name(0, 3)}\.?$")
#: A writer's note closing the page: "Lee Park is a contributing editor at the Harlow Herald."
_WRITER_NOTE = re.compile(
    # an opinion piece's note on its writer, unnamed: "The writer is a professor of hydrology
    # at Fennick University."
    # A note is in the present, one plain clause: a review's or an obituary's sentence on its
    # author tells more or tells the past ("The author was a lifelong smoker and died in 1998.",
    # "The author is a nurse who spent a decade in field hospitals, and it shows.", "The author
    # is the first woman to win the prize.")
    r"(?:The|This) (?:writer|author|columnist)s? (?:is|are) (?![^.!?]*[,;]|[^.!?]*\bwho\b)"
    r"(?:a|an|the) (?!(?:first|only|last|\w+est)\b)"
    # (the writer's handle after the name: "Lee Park (@leepark) is a reporter …"; a name, not
    # an institution's "The …": "The Labor Department reports on jobless claims every Thursday.")
    rf"|[—–-]*\s*(?!The |This ){PERSON_NAME}(?: \(@\w{{1,30}}\))?"
    # (or the outlet's own name as the article: "Lee Park is Harlow Herald's arts correspondent.")
    r" (?:(?:is|was) (?:a|an|the|(?:[A-Z][\w.&-]*\s){1,4}?[A-Z][\w.&-]*['’]s) (?:[\w'’-]+ ){0,4}"
    r"(?:writer|reporter|editor|correspondent|columnist|critic|contributor|producer|author"
    # (a beat, not an area counted out: "Oren Malik covers the whole county with a staff of 300
    # firefighters." is a fire chief's)
    r"|journalist|blogger)\b|(?:contributes|writes (?:about|for))\b|covers\b(?![^.!?]*\d)"
    # (for the outlet named: "Statistics Canada reports on retail sales next week." and "Mayor
    # Lena Ruiz reports on her first 100 days to the council." are news; a reporter's credit for
    # the place: "Lee Park reported from Harlow for the Harlow Herald.")
    r"|(?:reports (?:on|about)|reported from) [^.!?,]{1,60}? (?:for|at|with) (?:the |The )?"
    r"[A-Z][\w.&'’-]*"
    r"(?: (?:[A-Z][\w.&'’-]*|of|and|&))*\.?$"
    r"|(?:has|have) (?:covered|written about|reported on)\b)"
)
WRITER_NOTE_WORDS = 40
#: The unnamed writer's note ("The writer is a professor of law."), and what a story about an
#: author or a book says elsewhere: a review's or a profile's last line on "the author" ("The
#: author is a former police officer.") goes on telling of the one its story is about.
_UNNAMED_WRITER = re.compile(r"(?:The|This) (?:writer|author|columnist)s? ")
_OF_AN_AUTHOR = re.compile(
    r"\b(?:authors?|writers?|novelists?|poets?|columnists?|novels?|books?|memoirs?|biograph(?:y|ies)"
    r"|essays?|letters?|poems?|manuscripts?|diar(?:y|ies))\b",
    _I,
)
#: What befell the writer a sentence names, the news of a story about a journalist: "Lee Park
#: is a reporter for the Harlow Herald who was arrested on Monday.", "… and she was fired on
#: Friday." (a writer's box tells what the writer does, not what was done to them)
_BEFELL = re.compile(
    r"\b(?:who|and (?:he|she|they)|and) (?:was|were|has been|have been|had been|is being|remains)"
    r" (?:\w+ )?(?:arrested|detained|jailed|imprisoned|held|killed|shot|murdered|kidnapped|abducted"
    r"|freed|released|charged|sentenced|convicted|expelled|deported|fired|sacked|dismissed"
    r"|suspended|injured|wounded|attacked|beaten|threatened|banned|sued|missing|found dead)\b",
    _I,
)
#: At the top of the page, the writer's box is one short sentence that ends in the outlet's
#: name ("Lee Park is a reporter covering city hall for The Harlow Herald."); a story that
#: opens on a reporter tells more.
TOP_WRITER_NOTE_WORDS = 20
#: Words from which a line ending in a stop above it is the story's first paragraph (a
#: headline or a byline is shorter or has no stop).
LEDE_SENTENCE_WORDS = 8
_AT_AN_OUTLET = re.compile(
    # (or in the city the writer works from: "Tobin Ashe is a senior correspondent based in
    # Vellmouth.")
    r"\b(?:(?:for|at|with) (?:the |The )?|based in )[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and|&))*"
    # (the box may close on how to reach the writer: "… for the Harlow Herald. Contact her at
    # lpark@harlowherald.example.", "… Follow him on X @leepark.")
    r"(?:\.?$|\. (?:Contact|Email|E-mail|Reach|Follow) (?:her|him|them)\b[^!?]{0,60}$)"
)
#: How many of an article's last lines may hold its writer's note.
CLOSING_LINES = 3
#: "Click here" is a prompt on a line this short; a longer one may report a scam's link.
SHORT_PROMPT_WORDS = 20
#: ("Click to read more" only as the page's own bidding, opening the line or after "please":
#: "Victims were told to click to view a fake invoice, police said." reports a scam)
_CLICK = re.compile(
    r"\b(?:click|tap) (?:here|the link|below)\b|(?:^|\bplease )(?:click|tap) to (?:read|see|view"
    r"|watch|continue|expand|enlarge|subscribe|sign up|download|learn|find out)\b"
    # a gallery's or a graphic's bidding: "Tap the image to enlarge it.", "Click on the arrows to
    # see more pictures." (opening the line: "Users who clicked the image to see it were …"; and
    # ending soon after, where a story's sentence goes on to what it did: "Tap the button to open
    # the doors, and the train waits for 30 seconds.")
    r"|^(?:please )?(?:click|tap|swipe)(?: on)? (?:the |an? |any )?(?:images?|pictures?|photos?"
    r"|arrows?|buttons?|icons?|gallery|graphics?|maps?|charts?|thumbnails?)\b[^.!?]{0,30}\bto"
    r" (?:see|view|enlarge|expand|zoom|open|play|browse|read)\b[^.!?;,]{0,40}(?:[.!?]|$)"
    # (or to swipe or scroll for more of them: "Swipe left to see more photos.", "Use the arrows
    # to scroll through the gallery.")
    r"|^(?:please )?(?:swipe|scroll)(?: (?:left|right|up|down|across))? to (?:see|view|browse)"
    r" (?:more|all|the next|other) (?:photos|pictures|images|slides)\b"
    # (of the gallery, or nothing more: "Use the arrows to move into the right-hand lane, signs
    # on the bypass tell drivers" is a road's)
    r"|^(?:please )?use the arrows(?: (?:above|below|on (?:the|either) sides?))? to (?:scroll|see"
    r"|view|browse|move)\b(?:[.!]?$|(?=[^.!?,;]{0,40}"
    r"\b(?:galler(?:y|ies)|photos?|pictures?|images?|slides?|slideshow|next|previous)\b))",
    re.IGNORECASE,
)
#: A prompt to the reader is a line or two; a longer paragraph that opens with "See" or
#: "Read" is the story's own.
PROMPT_WORDS = 40
#: A source line under a story cites its study or data; a longer line is story.
CITATION_WORDS = 40
#: Wire desk notes ("Eds: UPDATES with …", "2nd graf, pvs") end a paragraph of story too;
#: only a line this short is all note.
WIRE_TAG_WORDS = 20
#: Words after which a caption verb ("talks", "signs", "waves") is a noun.
_NOT_BEFORE_A_VERB = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "and",
        "or",
        "to",
        "by",
        "from",
        "his",
        "her",
        "their",
        "its",
        "our",
        "new",
        "peace",
    ]
)
#: A post's hashtags: a line opening with one, or holding this many, is the post itself.
_HASHTAG = re.compile(r"(?<![\w&#])#[A-Za-z]\w+")
HASHTAGS = 3
#: Someone's words reported (:data:`.saying.SAYS`): no caption or credit line has them.
_SPEAKS = re.compile(words_pattern(SAYS))
#: ...nor a poll's or a survey's findings, which a credit line after a slash never tells.
_SPEAKS_OR_POLLS = re.compile(words_pattern(SAYS | {"poll", "survey"}))
_HIGHLIGHTS = re.compile(r"^Story highlights\b", re.IGNORECASE)
#: A line that is only a tweet's signature, its text on the line above.
_TWEET_SIGNATURE = re.compile(r"\s*[—–-]\s*[^()—–]{1,60}\(@\w{1,30}\)")
#: The full date a photo's description gives ("…, Saturday, Oct. 3, 2015.", "on March 25,
#: 2015."): with a caption's present tense, it marks a caption anywhere in the article.
_CAPTION_DATE = re.compile(rf"\b{MONTH_WORD} \d{{1,2}}, (?:19|20)\d\d\b", re.IGNORECASE)
#: The wire photo's own stamp, its weekday after a comma where a story says "on": "…, Tuesday,
#: May 5, 2026." or "…, Tuesday, May 5, 2026, in Harlow."
_CAPTION_DAY = re.compile(
    rf", {WEEKDAY_WORD}, {MONTH_WORD} \d{{1,2}}, (?:19|20)\d\d\b(?:,? in [^.!?]{{1,40}})?\.?$",
    re.IGNORECASE,
)
#: A stamped sentence telling what is to come in the present tense, never a picture's.
_SCHEDULED = re.compile(
    r"\b(?:will|begins?|starts?|(?:re)?opens?|closes?|ends?|runs?|resumes?|returns?|expires?"
    r"|takes? effect|airs?|premieres?|debuts?|launch(?:es)?|kicks? off|goes on sale|go on sale"
    r"|(?:is|are) (?:scheduled|expected|due|set|to)|deadline"
    # or what stays as it is: "Harlow remains under a flood warning", "The toll stands at 12"
    r"|remains?|stands? at (?:about |nearly |more than )?[$£€]?\d[\d,.]*)\b",
    re.IGNORECASE,
)
CAPTION_DAY_WORDS = 45
#: A line this short that is all credit ("NASA/JPL", "Lee Park/Getty Images") may have its
#: caption, of at most CAPTION_WORDS words, on the line above, whatever its tense.
CREDIT_WORDS = 12
CAPTION_WORDS = 30
_FIRST_SENTENCE = re.compile(r"(.{12,300}?[a-z]{3}[.!?])\s+(?=[A-Z])")  # not "St." or "Dr."
_DATE_PREFIX = re.compile(rf"^{MONTH_WORD} \d{{1,2}}, (?:19|20)\d\d\s+", re.IGNORECASE)
#: A pull quote or a highlight repeats words of a longer line; shorter repeats are common
#: phrases, and longer pages are not searched (each line is looked for in the whole text).
PULL_QUOTE_WORDS = (8, 60)
PULL_QUOTE_CHARS = 200_000
#: A run of word characters: a line folded for :func:`_pull_quotes` is its runs, one space apart.
_WORD_RUN = re.compile(r"\w+")
#: How far (in lines) from the top a caption without a credit is looked for.
TOP_LINES = 3


#: A label of the page's template saved glued to the story's next sentence, as copying a page
#: loses the break around it: "… said. Advertisement The mayor …", "Continue reading the main
#: story The council …". Only labels that no sentence of a story opens with.
_GLUED_LABEL = re.compile(
    r"(?:^|(?<=[.!?\"”’)] ))(?:ADVERTISEMENT|Advertisement|Continue reading (?:the main story|below)"
    r"|(?:Story|Article|Content) continues (?:below|after)(?: (?:this |the )?advertisement)?"
    r"|Scroll (?:down )?to continue(?: with content| reading)?|Skip (?:Ad|to main content)"
    r"|AdChoices|Sponsored Content|Paid Post|Report an error|Scroll down for (?:video|more)"
    # the page's headings over its other stories and its sharing, and a picture's source
    r"|Related (?:Stories|Articles|Videos|Coverage|Content|Links)|More (?:Top )?(?:Stories|Videos)"
    r"|Trending Now|Most (?:Popular|Read|Viewed)|Recommended (?:Stories|for You|Videos)"
    r"|Sponsored Stories|Share this (?:article|story)|Skip to (?:main )?content"
    # the player over the page's audio: "Listen to this article", "Listen to this story 4 min"
    r"|Listen to this (?:article|story)(?: \d{1,2}(?::\d\d)? ?min(?:utes?|s)?)?"
    r"|Getty Images" + _NOT_GETTYS_OWN + r")\s+(?=[A-Z\"“‘'])"
)
_GLUED_HINTS = ("dvertisement", "ADVERTISEMENT", "ontinue", "Skip ", "AdChoices", "Sponsored", "Scroll",
                "Paid Post", "Report an error", "Related", "More ", "Most ", "Trending",
                "Recommended", "Share this", "Getty", "Listen to this")  # fmt: skip


#: A wire desk's initials, or its "MORE", glued after a paragraph's last sentence: "… he
#: said. vj/mae", "… the king's hospitalization. str-mae-vj", "… cast ballots. MORE" (alone on
#: their line, in brackets, they are the "wire" kind).
#: Or in brackets: "… found frozen to death in a Warsaw park. (ms-aet)", "(tc-pfg-dkt)".
_DESK_TAG_AT_END = re.compile(
    r"(?<=[.!?\"”’)])\s+(?:[a-z]{1,4}(?:[-/][a-z]{1,4}){1,3}|MORE|\([a-z]{1,4}(?:[-/][a-z]{1,4}){1,3}\))"
    r"\s*$"
)


def without_desk_tag(line: str) -> str:
    """The paragraph without a wire desk's tag glued after its last sentence (:data:`_DESK_TAG_AT_END`)."""
    end = line.rstrip()[-2:]
    if not (end[-1:].islower() or end[-1:] == "E" or (end[-1:] == ")" and end[:1].islower())):
        return line
    return _DESK_TAG_AT_END.sub("", line)


#: A wire desk's initials alone, glued after the last sentence of a story: "… for a
#: pilgrimage to Mecca. kl", "… in the springboard contest. jl". Inside a story two or three
#: lower-case letters after a full stop may be anything; closing it, they are the desk's.
_DESK_INITIALS_AT_END = re.compile(r"(?<=[.!?\"”’)])\s+[a-z]{2,3}\s*$")


def without_closing_desk_tag(line: str) -> str:
    """A story's last paragraph without its desk's initials (:data:`_DESK_INITIALS_AT_END`)."""
    if not line.rstrip()[-1:].islower():
        return line
    return _DESK_INITIALS_AT_END.sub("", line)


#: The label a page puts before news it added later: "Update: …", "UPDATE 2: …", "Updated,
#: 4:15 p.m.: …", "[UPDATE May 4, 2026] …". The news after it is the story's, as a dateline's
#: sentence is; the label is the page's.
_UPDATE_LABEL = re.compile(
    r"(?:\[(?:UPDATE|Update)[Dd]?\b[^\[\]]{0,40}\]|(?:UPDATE|Update)[Dd]?(?: \d{1,2})?"
    # or in brackets: "UPDATE (6:32 p.m.): …"
    rf"(?: \((?:\d|(?i:{MONTH_WORD}|{WEEKDAY_WORD})\b)[^()\n]{{0,30}}\))?"
    # when it was added, if said: a clock time or a date ("Update your app: …" is a prompt)
    rf"(?:,? (?:at )?(?:\d|(?i:{MONTH_WORD}|{WEEKDAY_WORD})\b)[^\n]{{0,30}}?)?:)"
    r"\s+(?=[A-Z\"“‘'])"
)


#: A wire's guide to saying a name, in brackets after it, its stressed syllable in capitals
#: and marked: "Dzhokhar Tsarnaev (joh-HAHR' tsahr-NEYE'-ehv)", "Carlos (KAHR'-lohs)". A
#: bracket of the story's ("(D-N.Y.)", "(AP-NORC)", "(ALL-CAPS)") has no such mark, and a
#: name quoted in capitals opens its quote ("(nicknamed 'BIG-MAC' by fans)"): a guide's marks
#: only close a syllable.
_PRONUNCIATION = re.compile(
    r" \((?=[^()]*-)(?=[^()]*[A-Z]{2,}['’][ -])(?=[^()]*[a-z])(?![^()]*(?<![A-Za-z])['‘])"
    r"(?![^()]*\b(?:the|an?|and|or|of|to|in|for)\b)[A-Za-z][A-Za-z'’ -]{2,59}\)"
    r"(?=[\s,.;:!?)”\"’]|$)"
)


def without_pronunciation(line: str) -> str:
    """The paragraph without a wire's guide to saying a name (:data:`_PRONUNCIATION`)."""
    if "'" not in line and "’" not in line:
        return line
    return _PRONUNCIATION.sub("", line)


def without_update_label(line: str) -> str:
    """The paragraph without the label of an update opening it (:data:`_UPDATE_LABEL`)."""
    if not line.lstrip("[").startswith(("Update", "UPDATE")):
        return line
    return _UPDATE_LABEL.sub("", line, count=1) if _UPDATE_LABEL.match(line) else line


@lru_cache(maxsize=1 << 14)
def without_glued_labels(line: str) -> str:
    """The line without the template's labels glued to its sentences (:data:`_GLUED_LABEL`)."""
    if not any(map(line.__contains__, _GLUED_HINTS)):
        return line
    return _GLUED_LABEL.sub("", line)


#: A short line that is a credit or a source by its label: "Courtesy …", "Photo credit: …".
_CREDIT_LABEL = re.compile(r"Courtesy\b|(?:Photo |Image )?(?:Credit|Source)s?:", _I)
#: A study's citation under its label: "Source: Abdelsattar Z, Wong S, et al. …".
_SOURCE_LABEL_AT_START = re.compile(r"Sources?:\s", _I)


#: The kinds by which a page speaks to its reader: prompts, appeals, notes and credits. The
#: page never credits its own words to a speaker, so a sentence of one of these forms that
#: does (:data:`_CREDITED_TO_A_SPEAKER`) is someone's words reported: "Get in touch with your
#: local council, officials urged.", "Donate to the relief fund, the president urged
#: citizens.", "This story was updated for the stage in 1999, the director said."
_PROMPT_KINDS = frozenset(("promo", "contact", "share", "signup", "video", "links"))
#: The verbs a story credits an appeal or a statement with, after its speaker.
_APPEALS = REPORTS | frozenset((
    "urged", "urges", "advised", "advises", "warned", "warns", "asked", "asks", "explained",
    "admitted", "chanted", "shouted", "noted", "demanded", "pleaded", "invites", "invited",
    "found", "urge", "warn", "advise", "ask", "heard", "promised", "promises", "pledged",
    "pledges", "assured", "assures", "claim", "claims", "claimed", "suggests", "suggested",
    "pleads", "joked", "jokes", "insist", "insists",
))  # fmt: skip
#: A speaker credited after a clause of the sentence: ", the detective said", '," the leader
#: told supporters', "? The union says". The speaker is a few words in the third person,
#: not the page's own "we" or "you", nor a clause's "who" or "which" ("Editor's note: a
#: statement from the family, who asked …" is the page's).
_CREDITED_TO_A_SPEAKER = re.compile(
    # (the speaker perhaps with a title between commas: ", its editor, Jo Park, said")
    r"[,?!][\"”’]?\s+(?:(?:(?!(?:we|you|our|your|i|us|who|whom|which|that|as|if|when|where"
    r"|while)\b)[\w'’.-]+,?\s){1,6}?"
    rf"{words_pattern(_APPEALS)}"
    # the verb before its speaker: ", said Mara Lind, the magazine's publisher.", ", urged
    # Senator Dana Whitlow"; or the credit without a verb: ", according to the shelter's manager."
    rf"|(?:{alternatives(SAYS | {'urged', 'urges', 'added', 'wrote', 'pleaded', 'pleads', 'warned'} | {'admitted', 'advises', 'advised', 'insisted', 'explained'})})"
    r"\s+(?!(?:we|you|us|our|your|more|the (?:latest|full|story|article))\b)[\w'’.-]+"
    r"|according to\b"
    # "…, read the sign taped to the door."
    r"|read\s+(?:the|a|an)\s+(?:[\w'’-]+\s){0,2}(?:sign|message|text|poster|banner|placard|letter"
    r"|note|leaflet|flyer|advert|headline|e-?mail)s?\b"
    # a sign's or a message's words: ", the scam text message read, with a link …"
    r"|(?:[\w'’.-]+\s){0,4}(?:message|sign|text|poster|banner|placard|e-?mail|letter|note|leaflet"
    r"|flyer|advert|headline)s? read\b)"
    r"(?:\s[^.!?\"“”]{0,80})?(?:[.!,]|$)",
    _I,
)


#: A prompt's words named as words, the subject of a sentence about them: "Like us on Facebook
#: was the slogan of the campaign.", "Stay tuned is the name of the station's new show."
_NAMED_AS_WORDS = re.compile(
    r"^[^.!?]{2,60}? (?:is|was|became|remains|remained) (?:the|a|an|its|their|his|her)"
    r" (?:[\w'’-]+ ){0,2}(?:name|slogan|title|theme|motto|catchphrase|promise|tagline|headline"
    r"|refrain|rallying cry|message|subject|advice|appeal|plea|instruction)\b",
    _I,
)


#: A prompt credited to the page itself, a newsroom noun or a name the prompt already holds:
#: "Download the KXYZ app for alerts, the station said.", "…, KXYZ said." (its own words)
_BY_THE_PAGE = re.compile(
    r"[,?!][\"”’]?\s+(?:the (?:[\w'’.-]+ )?(?:station|channel|network|paper|newspaper|site"
    r"|website|magazine|broadcaster|outlet|newsroom|publication|blog|podcast)"
    r"|(?P<name>(?:the )?(?-i:[A-Z][\w'’.&-]*)(?: (?-i:[A-Z0-9][\w'’.&-]*)){0,3}))"
    rf"\s+{words_pattern(_APPEALS)}\W*$",
    _I,
)


def _credited_to_the_page(text: str) -> bool:
    """Whether a prompt's credit names the page itself (:data:`_BY_THE_PAGE`)."""
    found = _BY_THE_PAGE.search(text)
    if not found:
        return False
    name = found.group("name")
    if name is None:
        return True
    bare = name.removeprefix("the ").removeprefix("The ")
    return bool(re.search(rf"\b{re.escape(bare)}\b", text[: found.start()]))


#: A label opening a line: "Related: …", "WATCH: …", "More from Harlow Herald: …".
_OPENING_LABEL = re.compile(r"[^:.!?\"“”]{1,40}:\s")


def credited_to_a_speaker(text: str) -> bool:
    """Whether a line of the page's forms is credited to a speaker
    (:data:`_CREDITED_TO_A_SPEAKER`), each of its prompts: the line is then someone's words,
    reported."""
    if not _CREDITED_TO_A_SPEAKER.search(text):
        return False  # (most lines)
    if _credited_to_the_page(text):
        return False  # the page's own prompt, told as its own: "…, the station said."
    if not text.endswith(SENTENCE_FINAL) or _OPENING_LABEL.match(text):
        # a headline, credited as headlines are, under a link's or a player's label or
        # without a stop: "Related: Bridge closed after crash, police say", "What we know
        # about the collapse, officials say"
        return False
    cuts = [
        found.end()
        for found in _SENTENCE_MEETS.finditer(text)
        if not _ABBREVIATION_BEFORE.search(text, max(0, found.start() - 6), found.start())
    ]
    sentences = [text[a:b].strip() for a, b in itertools.pairwise([0, *cuts, len(text)])]
    if len(sentences) == 1:
        return True
    # each prompt of the line credited, or a question the story answers: "Tips? Waiters say
    # they now earn less." (the page's own answer speaks to its reader: "Tips? Email us.")
    return all(
        _CREDITED_TO_A_SPEAKER.search(sentence)
        or (
            sentence.endswith("?")
            and following
            and _kind(following) is None
            and not _READER.search(following)
        )
        for sentence, following in zip(sentences, [*sentences[1:], ""], strict=True)
        if _kind(sentence) in _PROMPT_KINDS
    )


def someone_elses_words(text: str) -> bool:
    """Whether a line in a prompt's or a page note's words is someone's words the story
    reports (:func:`credited_to_a_speaker`) or names (:data:`_NAMED_AS_WORDS`)."""
    return bool(_NAMED_AS_WORDS.search(text)) or credited_to_a_speaker(text)


@lru_cache(maxsize=1 << 16)
def furniture_kind(line: str) -> str | None:
    """What kind of page furniture a line is, or None when it may be story.

    Cached: copies of a wire story repeat their lines, and sentences are asked again.
    """
    kind = _kind(line)
    if kind in _PROMPT_KINDS and someone_elses_words(line.strip()):
        return None
    if kind is None and (bare := _without_the_pages_credit(line.strip())) is not None:
        # the page's own prompt told as its own: "Follow KXYZ on Facebook, the station said."
        # is "Follow KXYZ on Facebook." (the credit closing the line kept the prompt's form from
        # reaching the line's end)
        found = _kind(bare)
        return found if found in _PROMPT_KINDS else None
    return kind


def _without_the_pages_credit(text: str) -> str | None:
    """A line without the credit to the page that closes it ("…, the station said."), or
    None when it closes with none (:func:`_credited_to_the_page`)."""
    last = text.rstrip(' .!"”’').rsplit(" ", 1)[-1].lower()
    if last not in _APPEALS or ", " not in text or not _credited_to_the_page(text):
        return None  # (most lines: a credit's verb does not close them)
    found = _BY_THE_PAGE.search(text)
    return None if found is None else text[: found.start()].rstrip(" ,") + "."


@lru_cache(maxsize=1 << 16)
def _kind(line: str) -> str | None:
    """What kind of page furniture a line is by its own forms (see :func:`furniture_kind`)."""
    text = line.strip()
    low = text.lower()
    words = len(text.split())
    # every kind's hints looked for at once: most lines hold none, and skip every _INSIDE
    hinted = set(filter(low.__contains__, _ALL_HINTS))
    for kind, start, inside, hints in _TRIED:
        opens = start and start.match(text) and (kind != "promo" or words <= PROMPT_WORDS)
        found = opens or (
            inside and hinted and not hints.isdisjoint(hinted) and inside.search(text)
        )
        if found and (kind != "wire" or words <= WIRE_TAG_WORDS):
            return kind
    if text[:1] == "[" and _bracketed_whole(text):
        # a line the page wrote in square brackets whole: a link to another of its stories
        # ("[Harlow floods: what we know so far]"), an editor's note ("[Editor's note: …]").
        # A story's own brackets stand inside a sentence ("[He] said the bridge …").
        return "markup"
    if words <= SHORT_LINE_WORDS:
        for kind, pattern in _SHORT_LINES:
            if pattern.match(text):
                return kind
    # the credit patterns are tried only on lines with a credit's marks (most lines have none)
    slash, colon = "/" in text, ": " in text
    if words <= 60 and (
        (text.endswith(")") and _CREDIT_AT_END.search(text))
        or (
            (slash or colon or "via " in text or "Credit" in text)
            and _BARE_CREDIT_AT_END.search(text)
        )
    ):
        return "caption"
    if (
        words <= 60
        and any(map(text.__contains__, _CREDIT_AFTER_HINTS))
        and _CREDIT_AFTER_CAPTION.search(text)
    ):
        return "caption"
    if slash and words <= 40 and _CREDIT_AT_START.match(text) and not _SPEAKS_OR_POLLS.search(text):
        return "caption"
    if (
        colon
        and words <= 45
        and _LABELLED_CAPTION.match(text)
        and _sentence_case(text.split(": ", 1)[1])
        and not _HEADLINE_FIELD.match(text)
    ):
        return "caption"
    if (
        colon
        and LONG_CAPTION_WORDS <= words <= 45
        and _LABELLED_CAPTION.match(text)
        and not _SPEAKS.search(text)
        and _lower_case_words(text.split(": ", 1)[1]) >= CAPTION_LOWER_WORDS
    ):
        return "caption"  # too long for a heading, without a stop: a caption full of names
    if colon and words <= GLUED_CAPTIONS_WORDS and _GLUED_CAPTIONS.match(text):
        return "caption"
    if (text[:1].isdigit() or text[:1] in "PISG") and _gallery_caption(text):
        return "caption"
    if words <= 12 and _SLASHED_CREDIT.match(text):
        return "caption"
    # (a label before what a source says is a writer's: "Sources: two officials told the paper
    # the minister would resign.")
    if words <= 8 and _CREDIT_LABEL.match(text) and not _SPEAKS.search(text):
        return "caption"
    if words <= CITATION_WORDS and _SOURCE_LABEL_AT_START.match(text) and not _SPEAKS.search(text):
        return "contact"  # the study cited: "Source: Abdelsattar Z, Wong S, et al. Cancer, 2016."
    if colon and text.count(": ") >= DATA_FIELDS and len(_DATA_FIELD.findall(text)) >= DATA_FIELDS:
        return "data"
    if (
        ("click" in low or "tap " in low or "swipe" in low or "scroll" in low or "arrows" in low)
        and _CLICK.search(text)
        and len(text.split()) <= SHORT_PROMPT_WORDS
    ):
        return "links"
    if words <= 8 and text[:1] in "‘'\"“" and _QUOTED_HEADING.fullmatch(text):
        return "heading"
    if ("..." in text or "…" in text) and (
        (words <= TEASER_WORDS and _CUT_TEASER.fullmatch(text)) or _TEASER_LINK.search(text)
    ):
        return "links"
    if ("Starring" in text or "minutes" in low) and review_credits(text):
        return "data"
    if (
        words <= 40
        and (" stars" in low or " star " in low or "rated" in low)
        and (_REVIEW_RATING.match(text))
    ):
        return "data"
    if words <= CAPTION_PLACES_WORDS and _places_people(text, low):
        return "caption"
    if (
        words <= CAPTION_DAY_WORDS
        and "day, " in low
        and (", 19" in text or ", 20" in text)
        and _stamped_scene(text)
    ):
        return "caption"
    if _LINK_VERB.match(text) and sum(w[:1].isupper() for w in text.split()[1:7]) >= LINK_CAPITALS:
        return "links"
    if words <= 5 and _SIGNATURE.match(text):
        return "contact"
    if "#" in text and (text.startswith("#") or len(_HASHTAG.findall(text)) >= HASHTAGS):
        return "tweet"  # "#breaking A horror film come to life in #harlow …"
    return None


def _bracketed_whole(text: str) -> bool:
    """Whether a line opening with "[" is in those brackets whole: they close at its end (a
    stop after them allowed) and nowhere before."""
    body = text.rstrip(" .")
    if not body.endswith("]"):
        return False
    depth = 0
    for at, char in enumerate(body):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0 and at < len(body) - 1:
                return False
    return depth == 0


#: The field a saved message, a feed item or a clipping gives its headline in: "Subject: …",
#: "Title: …", "Headline: …" (the headline, never a picture's caption).
_HEADLINE_FIELD = re.compile(r"(?:Subject|(?:Full |Original )?Title|Headline):\s")


#: A headline under its source's label ("Sheriff: Boy's death was a ‘tragic accident’") reads
#: as a labelled caption; on the page's first line, this short, it is the headline.
LABELLED_HEADLINE_WORDS = 14
#: The labels a headline names its source or its kind by; a caption's label describes its
#: picture ("Taking aim:", "Decadent:").
_SOURCE_LABEL = re.compile(
    r"(?:Officials?|Police|Sheriff|Cops|Feds|Prosecutors?|Court|Judge|Jury|Lawsuit|Suit|Report"
    r"|Study|Survey|Poll|Sources?|Witness(?:es)?|Family|Mayor|Governor|President|Experts?"
    r"|Scientists|Researchers|Authorities|Investigators|Lawyers?|Attorneys?|Coroner|Company"
    r"|Analysis|Exclusive|Documents?|Records?|Data|Audit|Review"
    # a news page's kickers: "Breaking: …", "Opinion: …", "Explainer: …"
    r"|Breaking|Update[ds]?|Opinion|Editorial|Explainer|Explained|Interview|Obituary"
    r"|Investigation|Revealed|Profile|Factbox|Timeline):\s"
)


#: Articles ("a", "an", "the") a headline under its label has at most: headlines leave them
#: out ("Bridge collapse: Carrowgate span falls into Tessel, two dead"), a caption describing
#: its picture has them ("Decadent: The partygoers pose around the throne with Pippa").
HEADLINE_ARTICLES = 1
_ARTICLE_WORD = re.compile(r"\b(?:a|an|the)\b", re.IGNORECASE)
#: Labels of a page's pictures, players and links, never a headline's: "Photo: Lee Park/…",
#: "File photo: …", "Above: …", "Pictured left: …".
_MEDIA_LABEL = re.compile(
    r"(?:(?:\w+ )?(?:Photo|Photos|Image|Picture|Screenshot|Screengrab|Still|Footage)|Pictured"
    r"(?: \w+)?|Video|Watch|Slideshow|Gallery|Audio|Listen|Credit|Caption|Related|More|Read more"
    r"|See also|Also read|Pictures|Graphic|Map|Chart|Above|Below|Inset|(?:Top |Bottom )?(?:Left"
    r"|Right)|Top|Bottom):\s",
    re.IGNORECASE,
)
#: A quotation mark, not an apostrophe inside a word ("Doolin’s"): a speaker's label quotes.
_QUOTATION_MARK = re.compile(r"[“”\"]|‘|’(?!\w)|(?<!\w)’")


def labelled_headline(line: str) -> bool:
    """Whether a line that reads as a labelled caption may be a headline: short, under its
    source's label, quoting someone, or in headlines' clipped style (:data:`HEADLINE_ARTICLES`)."""
    text = line.strip()
    return (
        len(text.split()) <= LABELLED_HEADLINE_WORDS
        and bool(_LABELLED_CAPTION.match(text))
        and not _GLUED_CAPTIONS.match(text)
        and not _MEDIA_LABEL.match(text)
        and (
            bool(_SOURCE_LABEL.match(text))
            or bool(_QUOTATION_MARK.search(text))
            or (
                "/" not in text
                and len(_ARTICLE_WORD.findall(text.split(": ", 1)[1])) <= HEADLINE_ARTICLES
            )
        )
    )


def _places_people(text: str, low: str) -> bool:
    """A photo's caption saying where its people stand ("Lee Park (left) and Sam Reyes").

    A story sentence may place someone ("Her husband (left) was charged."); a caption
    places two, has no full stop, or describes the picture in the present tense.
    """
    if not any(map(low.__contains__, _PLACE_HINTS)) or _SPEAKS.search(text):
        return False
    places = _POSITION.findall(text)
    return bool(places) and (
        len(places) >= 2
        or not text.endswith(SENTENCE_FINAL)
        or _reads_as_caption(text)
        or _dated_scene(text)
    )


def _stamped_scene(text: str) -> bool:
    """A wire photo's caption, stamped with its weekday after a comma: one sentence in the
    present tense ("Firefighters battle a blaze at a warehouse in Harlow, Tuesday, May 5,
    2026."), what is to come aside ("Voting ends at 8 p.m., Tuesday, May 5, 2026."), as are
    what was said and what had happened."""
    stamp = _CAPTION_DAY.search(text)
    if stamp is None or any(q in text for q in '“”"'):
        return False
    body = text[: stamp.start()]
    if _NEXT_SENTENCE.search(body) or _SPEAKS.search(text) or _PERSONAL.search(text):
        return False
    return not _SCHEDULED.search(text) and not tells_the_past(_POSITION.sub(" ", text))


def _dated_scene(text: str) -> bool:
    """A wire photo's caption in its own form: one sentence in the present tense, its full
    date with the year ("Mayor Lena Ruiz, center, cuts the ribbon at the bridge on Monday,
    May 4, 2026."). A story's sentence placing someone tells of the past ("The firm he left,
    Harlow Motors, filed for bankruptcy on May 4, 2026.") or of what is to come or stays ("Lee
    Park, center, remains in custody since his arrest on May 4, 2026.")."""
    if not _CAPTION_DATE.search(text) or _NEXT_SENTENCE.search(text.rstrip()[:-1]):
        return False
    return not _SCHEDULED.search(text) and not tells_the_past(_POSITION.sub(" ", text))


#: A labelled line this long, without a closing stop, is longer than any heading: a caption,
#: whatever its names' capitals ("Reunited: Lee Park with Sam Reyes and Dana Whitlow at the
#: Harlow Bridge Opening Ceremony in the Town Centre"), unless in title case (a long headline).
LONG_CAPTION_WORDS = 15
#: Words in lower case, besides a title's small words, that a caption's description has and a
#: headline in title case has not.
CAPTION_LOWER_WORDS = 1
#: Words a headline in title case may leave in lower case ("Mayor Quits Over Bridge Deal",
#: "Harlow Bridge to Reopen in May").
TITLE_SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "per", "the", "to", "up", "upon", "via", "vs", "with",
))  # fmt: skip


def _lower_case_words(text: str) -> int:
    """The words of ``text`` in lower case that a title in title case would capitalise."""
    return sum(
        word[:1].islower() and word.isalpha() and word not in TITLE_SMALL_WORDS
        for word in text.split()
    )


def _sentence_case(text: str) -> bool:
    """Eight words or more, most of them in lower case: a caption, not a headline in Title Case."""
    words = text.split()
    return len(words) >= 8 and sum(w[:1].isupper() for w in words) < 0.5 * len(words)


def _bare_credit(line: str) -> bool:
    """Only names: "NASA/VILLANUEVA/MUMMA", "AFP", "Lee Park/Getty Images" (not a sentence)."""
    words = line.replace("/", " / ").split()
    return 0 < len(words) <= CREDIT_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w in ("/", "via", "and", "for", "of") for w in words
    )


#: A credit line by its label: "Photo: Lee Park/Harlow Herald", "Credit: Harlow Council".
_LABELLED_CREDIT = re.compile(
    r"\(?(?:Photo(?:graph)?|Image|Picture|Credit|Illustration)s?(?: credit)?:\s*[A-Z][^.!?]{1,60}\)?$",
    re.IGNORECASE,
)


#: A caption naming who is pictured and where, without a verb: "Mayor Lena Ruiz at the opening
#: of the bridge on Monday.", "Lee Park, left, with Sam Reyes in Harlow." (a story's sentence
#: under a credit, "A statement from the board raises …", has a verb after its subject).
_NAMED_AT = re.compile(
    r"(?:[A-Z][\w.'’-]*\s){1,6}(?:\((?:left|right|center|centre)\)\s|,\s(?:left|right|center|centre),\s)?"
    r"(?:at|in|on|during|with|outside|inside|near|after|before|beside|alongside|and)\s"
)


def _credit_line(line: str) -> bool:
    """Only a picture's credit: names (:func:`_bare_credit`) or a labelled credit."""
    return _bare_credit(line) or bool(_LABELLED_CREDIT.match(line.strip()))


#: Words that report what someone said, in the writer's voice: no caption has them; a
#: paragraph that has them ends a transcript's answer (:mod:`.segment`).
REPORTED_SPEECH = re.compile(words_pattern(SAYS | {ACCORDING_TO}))
#: Where a caption's next sentence opens: a stop, a space and a capital.
_NEXT_SENTENCE = re.compile(r"[.!?] [A-Z]")
#: A word's stop with more text after it (the line's last character left out): a line of
#: more than one sentence.
_SENTENCE_GOES_ON = re.compile(r"[a-z]{2}[.!?]\s")


def _describes_a_picture(line: str) -> bool:
    """One short sentence, no quotation, no one speaking: what a caption above its credit is."""
    words = line.split()
    return (
        3 <= len(words) <= CAPTION_WORDS
        and line.rstrip().endswith((".", ")"))  # a headline above a credit has no full stop
        and not any(q in line for q in '“”"')
        and len(_NEXT_SENTENCE.findall(line)) == 0
        and not REPORTED_SPEECH.search(line)
    )


def split_caption_from_lede(line: str) -> tuple[str, str] | None:
    """A photo's caption and the story's first sentence saved as one paragraph.

    Pages saved as text often glue the top picture's caption to the lede: "A
    woman waves the flag during a protest in Cairo. European Union foreign
    policy chief … said Tuesday …". The caption is the first sentence when it
    reads as one (present tense, nobody speaking); a date line the gallery
    prints before it ("July 31, 2013 A woman waves …") goes with it.
    """
    found = _FIRST_SENTENCE.match(line)
    if not found:
        return None
    caption, rest = found.group(1), line[found.end() :]
    if len(rest.split()) < 8 or not _reads_as_caption(_DATE_PREFIX.sub("", caption)):
        return None
    return caption, rest


def _opens_the_story(line: str) -> bool:
    """The story's first paragraph: LEDE_SENTENCE_WORDS words or more ending in a stop, of
    two sentences or more, or of one that does not read as a photo's description."""
    text = line.rstrip()
    if len(text.split()) < LEDE_SENTENCE_WORDS or not text.endswith(SENTENCE_FINAL):
        return False
    return _SECOND_SENTENCE.search(text) is not None or not _reads_as_caption(line)


#: Where a second sentence starts: a stop, perhaps a closing quote, a space and a capital.
_SECOND_SENTENCE = re.compile(r"[.!?][\"”’]? [A-Z]")


#: A clause telling what had happened before ("… had been closed since a barge struck …"): a
#: story's background, not what a picture shows, beside a caption as anywhere.
_TOLD_BEFORE = re.compile(r"\bhad (?:been |not |never |already |just )?\w+(?:ed|en|t)\b")


#: A gallery's counter opening a picture's caption: "1 of 12 Rescue crews stand by …", "Photo
#: 3 of 12: …", "Slide 2/9 – …" (the label, when there is one, before the counter).
_GALLERY_COUNTER = re.compile(
    r"(?:(?P<label>Photo|Image|Picture|Slide|Gallery)s? )?(?P<at>\d{1,3}) ?(?:of|/) ?(?P<of>\d{1,3})"
    r"(?: ?[:.)|–—-])? (?=[A-Z\"“‘'])"
)


def _gallery_caption(text: str) -> bool:
    """Whether a line is a gallery's picture caption under its counter: with a picture's label
    ("Photo 3 of 12: Crews …") whatever follows; without one, a caption by its own form (one
    sentence in the present, nobody speaking: "1 of 12 Rescue crews stand by the crane."), so
    that "3 of 12 Fennick cranes failed the test, records show." stays a sentence."""
    found = _GALLERY_COUNTER.match(text)
    if not found or not 1 <= int(found.group("at")) <= int(found.group("of")):
        return False
    return bool(found.group("label")) or _reads_as_caption(text[found.end() :])


@lru_cache(maxsize=1 << 14)
def _reads_as_caption(line: str) -> bool:
    """A photo's description: one short sentence, no quotation, its verb in the present tense."""
    words = line.split()
    if not 3 <= len(words) <= 45 or any(q in line for q in '“”"'):
        return False
    if not line.rstrip().endswith((".", ")")):
        return False  # a headline ("Families wait on riverbank…") has no full stop
    head = " ".join(words[:14])
    if len(_NEXT_SENTENCE.findall(line)) > 1:
        return False  # a caption is one sentence, perhaps with a date after it
    if re.search(r"\b(?:said|says|told)\b", line):
        return False
    for verb in _CAPTION_VERB.finditer(head):
        before = head[: verb.start()].split()
        # "The talks come…", "opened talks with…": the word is a noun there
        if (
            before
            and before[-1].lower() not in _NOT_BEFORE_A_VERB
            and not any(word.lower().endswith("ed") for word in before)
        ):
            return True
    return False


#: What a picture shows its people doing, each verb in its present forms ("stands" and
#: "stand"): what they are seen doing, never what they said or decided ("meets", "votes",
#: "says" tell news in the present tense).
_SCENE_VERB_LEMMAS = (
    "stand", "sit", "walk", "wait", "gather", "look", "kneel", "lie", "pray", "mourn", "march",
    "cheer", "chant", "wave", "pose", "search", "carry", "hold", "ride", "queue", "line",
    "wade", "clear", "inspect", "survey", "sift", "dig", "comb", "embrace", "hug", "greet",
    "watch", "rest", "sleep", "shelter", "work", "sort", "unload", "load", "repair", "patrol",
    "light", "lay", "place", "leave", "arrive", "view", "play", "celebrate", "react", "climb",
    "cross", "pass", "push", "pull", "guard", "block", "fill", "remove", "stack", "hang", "fly",
    "float", "burn", "smoulder", "smolder", "sweep", "scrub", "speak", "listen", "gesture",
    "talk", "attend", "shake", "evacuate", "rescue", "help", "tend", "treat", "comfort",
    "console", "protest", "stage", "participate", "prepare", "weep",
)  # fmt: skip


def _present_forms(lemma: str) -> tuple[str, ...]:
    """A verb's present forms: "stand", "stands"; "search", "searches"; "carry", "carries"."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma, f"{lemma[:-1]}ies"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma, f"{lemma}es"
    return lemma, f"{lemma}s"


#: What a picture shows its people doing, each verb in its present forms ("stands" and
#: "stand"): what they are seen doing, never what they said or decided ("meets", "votes",
#: "says" tell news in the present tense).
_SCENE_VERBS = frozenset(form for lemma in _SCENE_VERB_LEMMAS for form in _present_forms(lemma))
#: Words that open a clause or a scene-setting phrase, not a caption's subject ("In the hall
#: volunteers sit…", "When crews arrive…").
_NOT_A_SUBJECT = frozenset((
    "in", "at", "on", "as", "when", "while", "if", "after", "before", "inside", "outside",
    "here", "there", "now", "today", "tonight", "every", "each", "once", "then", "still",
    "where", "whenever", "until", "since", "because", "though", "although", "instead",
    "only", "often", "sometimes", "usually", "many", "most", "some", "few", "all", "both",
))  # fmt: skip
#: The first or second person: a writer or a speaker, never a caption.
_PERSONAL = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b")
#: The words opening a place in a caption: "*outside* the Harlow courthouse", "*beside* the bridge".
_PLACE_WORDS = (
    "in|at|on|outside|inside|near|along|across|beside|by|off|over|under|through|from"
    "|around|behind|below|above|into|onto|among|amid"
)
#: A caption's closing place or day: "… outside the Harlow courthouse.", "… on Friday.",
#: "… in Harlow, Tuesday, May 4, 2026." (a phrase without a verb after its preposition).
_PLACE_OR_DATE_AT_END = re.compile(
    rf"(?:\b(?:{_PLACE_WORDS})\s[^,;:]{{2,60}}"
    rf"|,?\s(?:{WEEKDAY_WORD}|{MONTH_WORD} \d{{1,2}}|\d{{4}}))"
    rf"(?:,\s(?:{WEEKDAY_WORD}|{MONTH_WORD} \d{{1,2}}(?:, \d{{4}})?|[A-Z][\w.'’ -]{{1,40}}))*\.$",
    re.IGNORECASE,
)
#: Words a scene's caption has at most, and before its verb (its subject: "Police officers",
#: "Mayor Lena Ruiz", "Rescue workers from the county fire service").
SCENE_CAPTION_WORDS = 35
SCENE_SUBJECT_WORDS = 8


#: Scene verbs that tell as well an act a present-tense headline reports, a body's, a team's or
#: the weather's ("Senate passes the budget in a late vote on Friday", "Rovers play the final
#: at home on Sunday", "Storm leaves a trail of damage across Kelby on Sunday"): without a full
#: stop, nothing else tells such a line from a picture's description.
_NEWS_ACT_LEMMAS = (
    "pass", "hold", "stage", "play", "attend", "leave", "celebrate", "protest", "participate",
    "prepare", "clear", "fill", "remove", "block", "evacuate", "rescue", "help", "treat",
    "speak", "talk", "react", "view", "arrive", "shake", "work", "fly", "burn", "cross",
)  # fmt: skip
#: The scene verbs a line without a full stop is read as a caption by: what people in a
#: picture are seen doing ("carry", "search", "inspect", "sort", "wait").
_PICTURED_VERBS = _SCENE_VERBS - {
    form for lemma in _NEWS_ACT_LEMMAS for form in _present_forms(lemma)
}
#: A picture's description set without a full stop, as a page saved as text keeps it over the
#: story, told as a caption tells it: who is seen, a verb of what the picture shows in the
#: present (:data:`_PICTURED_VERBS`) followed by an article a headline leaves out, and when: a
#: day set apart by a comma, as captions date their pictures ("Volunteers search the slopes of
#: Harrowgate Fell, Thursday, March 5"), or "on" a day after where, a place after its
#: preposition ("Rescuers carry a climber down from Harrowgate Fell on Friday"). A headline's
#: verb is followed by its object bare ("Families wait on riverbank for news", "Divers search
#: Tessel for missing driver"), and a headline told with an article and "on" a day names no
#: place ("Senate passes the budget on Friday", "Workers repair the bridge on Monday").
_UNSTOPPED_SCENE = re.compile(
    r"^(?P<subject>[A-Z][\w'’-]*(?: [\w'’-]+){0,3}?)"
    rf" (?P<verb>{'|'.join(sorted(_PICTURED_VERBS))})"
    rf" (?:{'|'.join(sorted(DETERMINERS - {'this', 'that', 'these', 'those'}))})"
    rf" [^.!?:;\"“”]{{1,60}}?(?: (?:{_PLACE_WORDS}) [^.!?:;\"“”]{{2,60}} on|,)"
    rf" (?i:{WEEKDAY_WORD})(?:,? (?i:{MONTH_WORD}) \d{{1,2}}"
    r"(?:, \d{4})?)?(?: (?:morning|afternoon|evening|night))?$"
)


#: People a picture shows, as a caption without a verb names them: a plural of someone who
#: does something ("volunteers", "mourners", "residents", "cyclists") or a word for people.
_PICTURED_PEOPLE = (
    r"[a-z]+(?:ers|ors|ists|ians|ents|ants|ees|ours)"
    r"|people|police|crowds|families|children|fans|troops|women|men|pupils|crews|staff"
    r"|relatives|survivors"
)
#: One person a picture shows, as a caption without a verb names them after "A" or "An": a
#: word for someone at work or at the scene ("A climber", "A police officer", "A lone diver"),
#: not any noun ending as one does ("A paper", "A winter").
_PICTURED_PERSON = (
    r"climber|hiker|walker|diver|swimmer|surfer|rescuer|firefighter|worker|volunteer|officer"
    r"|soldier|resident|mourner|protester|protestor|demonstrator|commuter|passenger|driver"
    r"|cyclist|pedestrian|pilot|nurse|doctor|medic|paramedic|farmer|fisherman|tourist|visitor"
    r"|student|pupil|engineer|builder|fan|supporter|voter|shopper|child|boy|girl|man|woman"
    r"|survivor|witness|guard|policeman|policewoman"
)
#: Things a picture shows at a scene, as a caption without a verb names them ("Cars at the
#: foot of the slope", "A lifeboat beside the stranded ferry"): vehicles, craft, wreckage and
#: the tokens left at a memorial.
_PICTURED_THINGS = (
    r"cars|boats|lifeboats|ships|ferries|vehicles|trucks|lorries|buses|trains|diggers|tractors"
    r"|helicopters|tents|flowers|wreaths|candles|sandbags|barriers"
)
_PICTURED_THING = (
    r"car|boat|lifeboat|ship|ferry|vehicle|truck|lorry|bus|train|digger|tractor|helicopter"
    r"|tent|wreath|barrier|crane"
)
#: A place's noun that makes a phrase a headline's idiom, not where people stand ("Workers in
#: the dark over pay", "Fans at the heart of the club's revival", "Villagers on the brink").
_IDIOM_PLACES = (
    "dark|brink|heart|centre|center|forefront|mercy|helm|mend|rise|run|running|move|ropes"
    "|verge|cusp|hook|loose|receiving|wrong|right|way|end|crossroads|limit|limits|top"
    "|mission|front|frontline|line|spot|job|case|ball|go|fence|horizon|map|menu|table|agenda"
    "|record|cards|rocks|spotlight|hot seat|firing line|road to"
)
#: A picture's description without a verb or a full stop: who is seen, then where, a place
#: after its preposition and an article ("Volunteers at the foot of Harrowgate Fell",
#: "Mourners outside the church in Kestra", "Rescue workers on the banks of the Orran"). A
#: headline without a verb says what happened ("Four climbers alive after two days on the
#: fell", "Residents in shock after bridge collapse") or uses a place as an idiom.
_UNSTOPPED_PLACE = re.compile(
    rf"^(?=[A-Z])(?:(?:[\w'’-]+ ){{0,2}}(?i:{_PICTURED_PEOPLE}|{_PICTURED_THINGS})"
    # (what the people wear or hold, told by a participle: "Passengers wrapped in blankets on
    # the quay", "Children covered in mud outside the school")
    r"(?P<dressed> [a-z]+(?:ed|en|wn) (?:in|with|under) (?:[a-z]+ )?[a-z]+)?"
    # (or one person or thing, after "A" or "An": "A climber at the foot of Harrowgate Fell",
    # "A lifeboat beside the stranded ferry")
    rf"|(?:A|An) (?:[\w'’-]+ )?(?i:{_PICTURED_PERSON}|{_PICTURED_THING})"
    # (or a craft or a vehicle named, after "The" and a participle telling its state: "The
    # stranded Marigold on the sandbank", "The wrecked ferry off the Point"; a headline names
    # its subject bare: "The man behind the plan", "The Beatles at the BBC")
    rf"|The (?P<state>[a-z]+(?:ed|en|wn)) (?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?|{_PICTURED_THING}))"
    rf" (?:{_PLACE_WORDS}) (?:the|a|an) (?!(?:{_IDIOM_PLACES})\b)[^.!?:;,\"“”]{{2,60}}$"
)
#: A participle set as an adjective after an article, which tells no act of the line's own:
#: "beside the fallen footbridge", "outside the flooded station".
_PARTICIPLE_AFTER_ARTICLE = re.compile(
    r"\b(?P<article>(?:the|a|an) )[a-z]+(?:ed|en|wn)\b(?= [a-z])"
)
#: Words a headline adds to a place: what happened there, and to whom or why.
_NEWS_AFTER_PLACE = re.compile(
    r"\b(?:after|over|about|for|with|amid|as|to|despite|against|until|since|because)\b"
)
#: The moment a caption dates its picture by, closing it: "… after the rescue on Tuesday" (a
#: headline tells what happened after its place undated: "Cars on the causeway after the storm").
_DATED_MOMENT = re.compile(
    rf" after (?:the|a|an) [a-z][\w'’-]*(?: [a-z][\w'’-]*)? on (?:{WEEKDAY_NAME})$"
)
#: A verbless caption (:data:`_UNSTOPPED_PLACE`) has this many words at most.
PLACE_CAPTION_WORDS = 18


def _unstopped_place_caption(line: str) -> bool:
    """Whether a line is a picture's description without a verb (:data:`_UNSTOPPED_PLACE`):
    no word of it, names aside ("Harrowgate Fell") and a participle telling what the people
    wear or the craft's state, tells an act, and nothing after its place tells what happened
    there (:data:`_NEWS_AFTER_PLACE`) but the moment the picture is dated by
    (:data:`_DATED_MOMENT`)."""
    if len(line.split()) > PLACE_CAPTION_WORDS:
        return False
    found = _UNSTOPPED_PLACE.match(line)
    if not found:
        return False
    for part in ("dressed", "state"):
        if found[part]:
            line = line[: found.start(part)] + line[found.end(part) :]
    line = _DATED_MOMENT.sub("", line)
    lower = " ".join(word for word in line.split()[1:] if not word[:1].isupper())
    lower = _PARTICIPLE_AFTER_ARTICLE.sub(r"\g<article>", lower)
    return not has_verb(lower) and not _NEWS_AFTER_PLACE.search(lower)


#: A machine or a craft at work in a picture, told in the present without a day: "A digger
#: clears mud from the road above Tamsford", "A crane lifts wreckage from the river". What it
#: moves is named bare and where after an article; a headline's thing does something newsworthy
#: ("A lorry crashes into the bridge") or names its object with an article.
_MACHINE_AT_WORK = re.compile(
    rf"^(?:A|An) (?:[a-z]+ )?(?:{_PICTURED_THING}|excavator|bulldozer|tug)"
    rf" (?:{'|'.join(sorted(form for form in _SCENE_VERBS if form.endswith('s')))})"
    rf" (?!(?:the|a|an|{_PLACE_WORDS}) )[a-z]+(?: (?!(?:the|a|an) )[a-z]+)?"
    rf" (?:{_PLACE_WORDS}) (?:the|a|an) [^.!?:;,\"“”]{{2,60}}$"
)


def unstopped_scene_caption(line: str) -> bool:
    """Whether a line without a full stop at the top of a page is a picture's description
    (:data:`_UNSTOPPED_SCENE`, or one without a verb: :func:`_unstopped_place_caption`), no
    headline: never one told in the first or second person, nor one whose verb is a plan or
    a forecast ("Firm to repair the bridge over the Tessel on Monday", "Crews will clear the
    road into Kelby on Friday")."""
    line = line.strip()
    if (
        _unstopped_place_caption(line)
        or (len(line.split()) <= PLACE_CAPTION_WORDS and _MACHINE_AT_WORK.match(line))
    ) and not _PERSONAL.search(line):
        return True
    found = _UNSTOPPED_SCENE.match(line)
    if not found:
        return False
    subject = found["subject"]
    return (
        subject.split()[0].lower() not in _NOT_A_SUBJECT
        and "to" not in subject.lower().split()
        and not has_verb(subject, ing=False)
        and not _PERSONAL.search(line)
    )


#: A habit, told in the present: "Protesters march through the capital every Friday.",
#: "Ferries usually dock at the east pier." (a caption tells of one moment).
_HABIT = re.compile(
    rf"\b(?:every|each) (?:other )?(?:{'|'.join(HABIT_PERIODS)}|{WEEKDAY_WORD})\b"
    rf"|\b(?:never|{'|'.join(HABIT_ADVERBS)})\b",
    _I,
)


def _shows_a_scene(line: str) -> bool:
    """A photo's caption on its own, without a credit beside it: one sentence telling, in the
    present tense, what the people in the picture do and where or when ("Police officers
    stand guard outside the Harlow courthouse.", "Rescue workers search the rubble of the
    collapsed bridge on Friday.").

    A story's sentence in the present tense reports someone's words ("Police say …"), says
    what will happen ("The council meets on Tuesday to vote."), sets its scene with a phrase
    before its subject ("Inside, volunteers sit …") or tells of something over (a past tense,
    an auxiliary): none of these is read as a caption, nor any quotation or first person.
    """
    text = line.strip()
    if not text.endswith(".") or text.count(" ") >= SCENE_CAPTION_WORDS * 2:
        return False  # (a quick bound before the words are counted: most lines are longer)
    words = text.split()
    if not 4 <= len(words) <= SCENE_CAPTION_WORDS:
        return False
    verb = next(
        (n for n, word in enumerate(words[: SCENE_SUBJECT_WORDS + 1]) if word in _SCENE_VERBS),
        0,
    )
    if not verb:
        return False  # no verb of a scene where a caption has it, as in nearly every line
    if words[verb + 1 : verb + 2] == ["of"]:
        # a noun, not the verb: "An aerial view of the site shows the hull …", "A long line of
        # lorries waits …" (what a view or a crowd shows, told in the story as often as under
        # a picture; a caption's verb found after the noun would make captions of story
        # sentences read as none before: "The rest of the crew wait at the harbour in …")
        return False
    if any(q in text for q in '“”"‘;:') or _SENTENCE_GOES_ON.search(text[:-1]):
        return False  # a quotation, or more than one sentence
    if not words[0][:1].isupper() or words[0].rstrip(",").lower() in _NOT_A_SUBJECT:
        return False
    if _PERSONAL.search(text) or REPORTED_SPEECH.search(text):
        return False
    subject = words[:verb]
    if (
        not subject
        or any(word.endswith(",") for word in subject)
        or subject[-1].lower() in _NOT_BEFORE_A_VERB
    ):
        return False
    if _HABIT.search(text):
        return False  # what the people do every week is the story's: a picture shows one moment
    after = len(" ".join(words[: verb + 1]))
    # (a participle describing the subject is no past: "Passengers wrapped in blankets wait …",
    # "Residents trapped by the flood wave …")
    told = _SUBJECTS_PARTICIPLE.sub(" ", " ".join(subject)) + " " + " ".join(words[verb:])
    # (the place or the moment closes the last clause, not a clause after it: "Rescuers prepare
    # for a third night at sea as hopes fade for the 12 still missing." is the story's, "Mourners
    # weep as coffins pass through Vellmouth on Monday." a picture's)
    last_clause = max((found.end() for found in _CLAUSE_OPENS.finditer(text, after)), default=after)
    return (
        not tells_the_past(told)
        and bool(_PLACE_OR_DATE_AT_END.search(text, last_clause))
        and not _DEADLINE_AT_END.search(text)
    )


#: Words of the present tense a story's sentence tells with, beside a scene's verbs: an
#: auxiliary of the present and the verbs of saying in it ("the toll *is* 40", "officials
#: *say*").
_PRESENT_WORDS = re.compile(r"\b(?:is|are|has|have|does|do|says|say|tells|tell)\b", _I)
#: Words a paragraph told in the present has at least.
PRESENT_WORDS = 6


def _told_in_the_present(line: str) -> bool:
    """Whether a paragraph tells in the present, with no past nor modal in it: "The toll
    rises to 40 as rescuers dig through a second night, the governor says.", "Families wait
    outside the school." (a scene's sentence), where "The toll rose …", "… the governor
    said." or "… will be served …" do not."""
    text = line.strip()
    words = text.split()
    if len(words) < PRESENT_WORDS or not text.endswith(SENTENCE_FINAL):
        return False
    if tells_the_past(_PRESENT_WORDS.sub(" ", text)):
        return False
    low = [w.strip("\"“”‘’'.,:;!?").lower() for w in words]
    return (
        _PRESENT_WORDS.search(text) is not None
        or any(w in _SCENE_VERBS for w in low)
        or tells_with_a_verb_in_s(words)
    )


def _in_a_story_told_in_the_present(lines: Sequence[str], i: int, found: dict[int, str]) -> bool:
    """Whether line ``i`` stands between two paragraphs told in the present
    (:func:`_told_in_the_present`, no furniture found), in a run of such paragraphs one at
    least of which is no scene (:func:`_shows_a_scene`): a story told in the present ("…
    the governor says." / "Rescuers search the rubble in Kestra on Sunday." / "Families wait
    outside the school."), where a scene is the story's sentence, not a caption. Captions
    between paragraphs told in the past, or beside a picture's credit or a gallery's
    counter, stand in no such run. Asked only of a scene's line (rare): the run is read
    from it outwards."""

    def told(k: int) -> bool:
        return 0 <= k < len(lines) and k not in found and _told_in_the_present(lines[k])

    if not (told(i - 1) and told(i + 1)):
        return False
    run = [i]
    for step in (-1, 1):
        k = i + step
        while told(k):
            run.append(k)
            k += step
    return any(not _shows_a_scene(lines[k]) for k in run)


#: A conjunction opening a clause after a caption's verb, its own place or moment to close
#: ("after", "before", "until" open a phrase as often: "wait at the harbour after the rescue.")
_CLAUSE_OPENS = re.compile(r"\s(?:as|while|because|whereas)\s")
#: A date that is a deadline, not the moment a picture shows: "… predicting another 80 mm by
#: Wednesday.", "… to finish the repairs by March 3."
_DEADLINE_AT_END = re.compile(
    rf"\b(?:by|until|till) (?:(?:next |this )?(?:{WEEKDAY_WORD})|(?:{MONTH_WORD})(?: \d{{1,2}})?"
    r"(?:,? \d{4})?|\d{4}|the end of (?:the |this |next )?\w+)\.$",
    re.IGNORECASE,
)


#: A participle after a caption's subject noun, with its phrase's preposition: "wrapped in",
#: "trapped by", "dressed as".
_SUBJECTS_PARTICIPLE = re.compile(
    r"(?<=[a-z] )[a-z]{3,}ed (?:in|by|with|as|from|on|at|under|after)\b(?= )"
)


#: A picture named by a noun phrase opening a caption: "An official product shot of the
#: console, …", "A screengrab from the council's video", "This undated photo of Lee Park".
#: A "shot" is a picture only with a word saying which ("a product shot of"): "A shot from
#: 25 yards deflected …", "A shot of adrenaline …" are a match's and a story's.
_PICTURE_PHRASE = re.compile(
    r"(?:An?|The|This|These)\s(?:(?:[\w'’-]+\s){0,3}?(?:photo|photograph|picture|image|screenshot"
    r"|screengrab|screen grab|still|rendering|illustration|depiction|impression|portrait|mugshot"
    r"|selfie|graphic|aerial view)|(?:[\w'’-]+\s){1,3}?shot)s?\s(?:of|from|showing)\s"
)
#: Words that make a sentence of a picture's noun phrase ("A photo of the suspect was released").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shall|should|must|did"
    rf"|does|do|{alternatives(SAYS)}|shows|showed)\b"
)


def _names_a_picture(line: str) -> bool:
    """A caption that names its picture without a verb: "An official product shot of Kinect,
    formally known as Project Natal, the new motion-control system from Microsoft." (its
    other sentences, if any, tell more of the picture)."""
    if not _PICTURE_PHRASE.match(line) or len(line.split()) > CAPTION_WORDS + 15:
        return False
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line, maxsplit=1)[0]
    return not _FINITE.search(first)


def _names_a_picture_alone(line: str) -> bool:
    """A picture's name as its own short paragraph, without a verb: "An aerial view of the
    flooded quay." (:func:`_names_a_picture`, one sentence, nothing of the past in it)."""
    text = line.strip()
    return (
        text.endswith(".")
        and _PICTURE_PHRASE.match(text) is not None
        and len(text.split()) <= CAPTION_WORDS
        and _names_a_picture(text)
        and not _SENTENCE_GOES_ON.search(text[:-1])
        and not any(q in text for q in '“”"')
        # (what happened there, told in a clause of the place, is the picture's: "An aerial
        # view of the harbour wall where the ferry struck rocks.")
        and not tells_the_past(_PLACES_CLAUSE.split(text, maxsplit=1)[0])
    )


#: Where a clause about a picture's place or thing opens: "… the wall where the ferry struck".
_PLACES_CLAUSE = re.compile(r"\s(?:where|which|that|when)\s")
#: A caption naming whom or what it shows and when, without a verb: "Tobin Ashe, the ferry's
#: captain, pictured in 2019.", "The Marisol, seen here in 2022." (the line ends there; a
#: sentence going on, "The ferry, seen here in 2022, was built in 1998.", is the story's).
_PICTURED_AT_END = re.compile(
    r"^[A-Z][^.!?\"“”]{2,120},? (?:pictured|seen|shown|photographed)(?: here| above| below)?"
    r"(?: (?:in|on|at|during|with|outside|inside|last|earlier|before|after|left|right)\b"
    r"[^.!?]{0,60})?\.$"
)


_PICTURED_HINTS = ("pictured", " seen", "shown", "photographed")


def _pictured_alone(line: str) -> bool:
    """A caption saying whom it shows and when (:data:`_PICTURED_AT_END`), with no verb before
    its "pictured"."""
    text = line.strip()
    if not text.endswith(".") or not any(map(text.__contains__, _PICTURED_HINTS)):
        return False  # (a quick look first: most lines hold none of the words)
    found = _PICTURED_AT_END.match(text)
    if found is None or len(text.split()) > CAPTION_WORDS:
        return False
    rest = re.sub(r"\b(?:pictured|seen|shown|photographed)\b", " ", text)
    return not has_verb(rest, ing=False) and not _PERSONAL.search(text)


#: A sentence whose subject is a picture: "The image of the burning mill became …", "This
#: photo, taken from the bank, shows …". Not a video or its footage: the page shows a still
#: under a credit, and what a video shows is the story's ("The video, recorded by a
#: neighbour, shows two officers kicking a man").
_PICTURE_SUBJECT = re.compile(
    r"(?:The|This|That|These|An?)\s(?:[\w'’-]+\s){0,2}?(?:photo|photograph|picture|image|still"
    r"|screenshot|screengrab|aerial view)s?\b"
)


def _about_a_picture(line: str) -> bool:
    """A caption told as a sentence about its picture, without a caption's present tense (a
    picture's credit on the next or the previous line says it is one)."""
    return (
        bool(_PICTURE_SUBJECT.match(line))
        and len(line.split()) <= CAPTION_WORDS + 15
        and not any(q in line for q in '“”"')
    )


@lru_cache(maxsize=1 << 14)
def _folded(line: str) -> str:
    """The line in lower case, its words one space apart, without punctuation."""
    return " ".join(_WORD_RUN.findall(line.lower()))


def _pull_quotes(lines: Sequence[str], found: dict[int, str]) -> list[int]:
    """Lines whose words a longer line of the article holds: pull quotes and highlights.

    A page prints a striking sentence again in large type ("The kind of pushback I'm
    seeing reminds me …", quoted in full further down) or lists highlights the story
    then tells; the longer line, not furniture itself, keeps the words.
    """
    low, high = PULL_QUOTE_WORDS
    if sum(map(len, lines)) > PULL_QUOTE_CHARS:
        return []
    folded = [_folded(line) for line in lines]
    text = "\n".join(f for i, f in enumerate(folded) if i not in found)
    repeats = []
    for i, line in enumerate(folded):
        if i in found or not low <= line.count(" ") + 1 <= high:
            continue
        if i < TOP_LINES and not lines[i].rstrip().endswith(SENTENCE_FINAL):
            continue  # a headline the page repeats above its story is the title, found later
        # the line itself and its exact copies are found too; a longer line holds one more
        if text.count(line) > folded.count(line):
            repeats.append(i)
    return repeats


#: A writer's note on a series is this short: "Hiking the Fennick Way: I set out in April on
#: a three-month walk. I'll be filing dispatches every week. Follow my journey here."
SERIES_NOTE_WORDS = 60
#: The writer speaking in the first person.
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:ll|m|ve|d)|[Mm]y)\b")
#: Prompts a note may close with (by their opening words, :data:`_AT_START`).
_NOTE_PROMPTS = frozenset(("promo", "links", "signup", "contact"))
#: A note's prompt is to follow the series on the page: "Follow my journey here.", "Follow
#: along here.", "Read all the dispatches here." ("Read more: Fennick Mills to close" glued after
#: a column's paragraph in the first person is a link's headline, "Read her answer here." a link
#: to one piece, and the paragraph the story's).
_FOLLOWS_SERIES = re.compile(
    r"^(?:follow\b|.*\b(?:series|journey|dispatch(?:es)?|installments?|diary|all (?:the |my |our )?"
    r"\w+)\b).*\bhere\W*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def _writers_series_note(line: str) -> str | None:
    """The kind of the prompt closing a writer's note on the series, in the first person,
    before the story: "I set out in April on a three-month walk. I'll be filing dispatches
    every week. Follow my journey here." The note and its prompt are the page's, not the
    story's; a paragraph in the first person ending in no prompt is a column's and stays, and
    one quoting someone is the story's."""
    if len(line.split()) > SERIES_NOTE_WORDS or not _FIRST_PERSON.search(line):
        return None
    cuts = [
        found.end()
        for found in _SENTENCE_MEETS.finditer(line)
        if not _ABBREVIATION_BEFORE.search(line, max(0, found.start() - 6), found.start())
    ]
    if not cuts:
        return None
    last, before = line[cuts[-1] :].strip(), line[: cuts[-1]]
    kind = furniture_kind(last)
    if (
        kind not in _NOTE_PROMPTS
        or not _FOLLOWS_SERIES.match(last)
        or not _FIRST_PERSON.search(before)
        # someone quoted in the first person ("“I was scared,” she said. Read more: …") is
        # the story's
        or any(mark in before for mark in '"“”')
        or _SPEAKS.search(before)
    ):
        return None
    return kind


#: A stub at the page's foot ("Up next", "Related Topics", "Sign in to save", a tags line, the
#: headlines of a "More from …" block): words without a stop, a link's or a heading's, as long
#: as a heading inside the page may be (ingest's HEADING_WORDS), which does not count among its
#: closing lines.
FOOT_STUB_WORDS = 14


def _closing_lines(lines: Sequence[str], found: dict[int, str]) -> list[int]:
    """The page's last CLOSING_LINES lines of text, where its writer's note stands: counted
    from its end over the furniture found and the stubs of its foot (:data:`FOOT_STUB_WORDS`),
    so that "Lee Park is the Harlow Herald's climate editor." above "Follow Lee on X", "Read
    next: …" and "Up next" is still read as the writer's note."""
    closing: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if len(closing) == CLOSING_LINES:
            break
        text = lines[i].strip()
        if i in found or (
            len(text.split()) <= FOOT_STUB_WORDS and not text.endswith(SENTENCE_FINAL)
        ):
            continue
        closing.append(i)
    return closing[::-1]


#: A caption tells what its picture shows in the present or without a verb ("Lifeboats at the
#: harbour wall on Monday."); a sentence telling what was done in the past with an auxiliary
#: ("All 46 passengers were pulled from the water within an hour.", "The ferry had left at 7
#: a.m.") is the story's paragraph the page's picture, its caption lost, came after.
_AUXILIARY_PAST = re.compile(
    r"\b(?:was|were|had|has been|have been|had been)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|left|"
    r"held|kept|sent|told|found|brought|taken|given|put|set|cut|hit|shot|caught|built|lost|paid|"
    r"sold|spent|struck|thrown|torn)\b"
)


def _tells_a_story_above_a_credit(line: str) -> bool:
    """Whether a short sentence above a picture's credit is the story's, not the picture's
    caption: it tells what was done, in the past with an auxiliary (:data:`_AUXILIARY_PAST`),
    and reads as no caption otherwise (no verb of a scene in the present)."""
    return bool(_AUXILIARY_PAST.search(line)) and not _reads_as_caption(line)


#: A press release's end mark, alone on its line ("###", "# # #", "-ENDS-", "ENDS"), and the
#: heading of its notes to editors: what follows is for journalists, not the release's story.
_RELEASE_END = re.compile(r"(?:#\s?#\s?#|-+\s?ENDS?\s?-+|ENDS)\W*$")
#: The one end mark a feature also draws between its parts: "###", "# # #".
_DIVIDER = re.compile(r"#\s?#\s?#\W*$")
_NOTES_TO_EDITORS = re.compile(r"(?:notes?|information) (?:to|for) editors\W*$", _I)
#: A release's heading over its boilerplate on who issued it: "About Brackwell Water", "About
#: the Vessary Seismic Observatory" (its name, a few capitalised words).
_ABOUT_HEADING = re.compile(
    r"About (?P<name>(?:the )?[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and|&|for|the)){0,6})\W*$"
)
#: How far from the end (in lines) a release's boilerplate heading is looked for.
RELEASE_ABOUT_LINES = 6
#: Characters a release's end mark, its notes' heading or its boilerplate's heading has at most.
RELEASE_MARK_CHARS = 80


def _release_notes(lines: Sequence[str]) -> list[int]:
    """Lines of a press release for journalists only: everything after its end mark or the
    heading of its notes to editors, and its boilerplate on who issued it near its end (the
    heading "About Brackwell Water" and the paragraph under it that opens with that name and
    reports no one's words: "… said its engineers found no cracks" is a story's paragraph).

    A page's "###" ends it only when it is the page's one such line and fewer lines follow
    it than stand above it: a feature's section dividers ("###" between its parts) come
    several to a page or with the story's longer part after them."""
    notes: list[int] = []
    dividers = sum(1 for line in lines if "#" in line and _DIVIDER.match(line.strip()))
    for i, line in enumerate(lines):
        text = line.strip()
        if len(text) > RELEASE_MARK_CHARS:
            continue  # (every mark, heading and boilerplate heading is short)
        if _DIVIDER.match(text) and (dividers > 1 or len(lines) - i - 1 >= i):
            continue
        if _RELEASE_END.match(text) or _NOTES_TO_EDITORS.match(text):
            return [*notes, *range(i, len(lines))]
        if i >= len(lines) - RELEASE_ABOUT_LINES and _boilerplate_name(lines, i):
            notes += [i, i + 1]
    return notes


def _boilerplate_name(lines: Sequence[str], i: int) -> str | None:
    """The name of a release's boilerplate heading at line ``i`` ("About Brackwell Water"),
    when the line under it opens with that name and reports no one's words; None otherwise."""
    about = _ABOUT_HEADING.match(lines[i].strip()) if i + 1 < len(lines) else None
    if not about:
        return None
    name = about.group("name").removeprefix("the ")
    under = lines[i + 1].lstrip()
    if under.removeprefix("The ").startswith(name) and not _SAID.search(under):
        return name
    return None


#: A page's label of itself as a release, alone on one of its first lines: "FOR IMMEDIATE
#: RELEASE", "PRESS RELEASE", "News release", "Media statement".
_RELEASE_LABEL = re.compile(
    r"(?:for immediate release|(?:press|news|media) release|(?:press|media) statement)\W*$", _I
)
#: How many of a page's first lines may hold its label as a release.
RELEASE_LABEL_LINES = 3


def release_issuer(lines: Sequence[str]) -> str | None:
    """The body a press release names as its issuer in its boilerplate near its end (the
    heading "About Brackwell Water" over a paragraph opening "Brackwell Water supplies …"),
    on a page that says it is a release: its label among its first lines ("FOR IMMEDIATE
    RELEASE") or its end mark ("###", "-ENDS-") closing it (:func:`_closes_release`). A story's
    closing box about a body, on a page with neither, names none."""
    lines = [line.strip() for line in lines if line.strip()]
    labelled = any(_RELEASE_LABEL.match(line) for line in lines[:RELEASE_LABEL_LINES])
    for i in range(max(0, len(lines) - RELEASE_ABOUT_LINES), len(lines)):
        if len(lines[i]) <= RELEASE_MARK_CHARS and (name := _boilerplate_name(lines, i)):
            if labelled or any(
                len(line) <= RELEASE_MARK_CHARS
                and _RELEASE_END.match(line)
                and _closes_release(lines, j, i)
                for j, line in enumerate(lines)
            ):
                return name
            return None
    return None


def _closes_release(lines: Sequence[str], end: int, about: int) -> bool:
    """Whether the end mark at line ``end`` closes the release whose boilerplate heading is at
    line ``about``: it stands after the heading, or only short lines (contacts) or notes to
    editors come between the two. A "###" drawn between a feature's parts, the story going on
    under it, closes none."""
    if end > about:
        return True
    between = lines[end + 1 : about]
    return any(_NOTES_TO_EDITORS.match(line) for line in between) or all(
        len(line) <= RELEASE_MARK_CHARS for line in between
    )


#: A speaker's label opening a line of a broadcast's transcript: "ALMA REED, PRESENTER: …",
#: "TOBY HALE (CORRESPONDENT): …", "REPORTER: …", "PT: …" (a name, initials or a role in
#: capitals, then a colon).
_SPEAKER_LABEL = re.compile(
    r"(?P<label>(?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z.'’-]+(?:,? \(?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}"
    r"\)?)?):\s+(?=[A-Z“\"‘'])"
)
#: The roles of a broadcaster's own staff in a transcript's labels: their lines are the
#: outlet's report, as an article's paragraphs are; a guest's (a name alone) are the guest's
#: words and keep the label that says whose.
_STAFF_ROLES = frozenset((
    "PRESENTER", "REPORTER", "CORRESPONDENT", "ANCHOR", "HOST", "NEWSREADER", "NARRATOR",
    "CO-HOST", "CO-ANCHOR",
))  # fmt: skip
#: Lines a transcript opens with a speaker's label at least: one such line is a heading's.
SPEAKER_LINES = 2


def without_speaker_labels(lines: Sequence[str]) -> list[str]:
    """A broadcast transcript's lines without the label of its own staff opening them ("ALMA
    REED, PRESENTER: A magnitude 5.4 earthquake …", "REPORTER: …": :data:`_STAFF_ROLES`); only
    a page with several labelled lines is a transcript (:data:`SPEAKER_LINES`), and a guest's
    label stays."""
    found = [_SPEAKER_LABEL.match(line) for line in lines]
    if sum(map(bool, found)) < SPEAKER_LINES:
        return list(lines)
    return [
        line[match.end() :]
        if match and not _STAFF_ROLES.isdisjoint(re.findall(r"[A-Z][A-Z-]+", match.group("label")))
        else line
        for line, match in zip(lines, found, strict=True)
    ]


#: A read-later export's link after each highlight: "… drinking water. ([View Highlight](…))",
#: its address gone once the Markdown is read: "… drinking water. (View Highlight)".
_HIGHLIGHT_LINK_AT_END = re.compile(r"(?<=[.!?\"”’])\s*\((?:View|Open) (?:Highlight|Note)\)\s*$")


def without_highlight_link(line: str) -> str:
    """The paragraph without a read-later export's link to its highlight closing it."""
    return _HIGHLIGHT_LINK_AT_END.sub("", line) if line.endswith(")") else line


#: The poster and how close to the reader, over a social network's post: "Priya Salcombe • 2nd".
_POSTERS_DEGREE = re.compile(rf"{PERSON_NAME}\s*[•·]\s*(?:1st|2nd|3rd\+?)\b", _I)
#: Words the poster's job under the poster's name has at most.
POSTERS_JOB_WORDS = 12
#: Two tags or more closing a line: a post's words, never a story's sentence.
_CLOSING_HASHTAGS = re.compile(r"(?:\s#[A-Za-z]\w*){2,}\s*$")


def furniture_lines(lines: Sequence[str]) -> dict[int, str]:
    """Indices of the furniture lines of an article, in reading order, with their kind.

    A line is furniture by itself (:func:`furniture_kind`), or it reads as a
    photo caption and sits at the top of the article or right next to a
    caption or credit (a caption whose credit is on its own line).
    """
    found = {i: kind for i, line in enumerate(lines) if (kind := furniture_kind(line))}
    for i, line in enumerate(lines):
        if i not in found and (kind := _writers_series_note(line)):
            found[i] = kind
    if found.get(0) == "caption" and labelled_headline(lines[0]):
        del found[0]  # the page's first line: a headline under a speaker's label
    captions = {i for i, kind in found.items() if kind == "caption"}
    for i in [i for i, kind in found.items() if kind == "tweet"]:
        # a tweet's signature on its own line ("— Name (@handle) May 4, 2026"): its text is above
        above = lines[i - 1] if i > 0 and i - 1 not in found else ""
        if above and _TWEET_SIGNATURE.match(lines[i]) and len(above.split()) <= 60:
            found[i - 1] = "tweet"
    for i in _release_notes(lines):
        found.setdefault(i, "contact")
    for i, line in enumerate(lines[:-1]):
        # the poster's job under the poster's name on a social network's post: "Water
        # Resilience Lead at Fenwold Utilities" under "Priya Salcombe • 2nd"
        if ("•" in line or "·" in line) and _POSTERS_DEGREE.match(line.strip()):
            after = lines[i + 1].strip()
            if len(after.split()) <= POSTERS_JOB_WORDS and not after.endswith(SENTENCE_FINAL):
                found[i + 1] = "share"
    for i, line in enumerate(lines):
        # a post's words closed by its tags: "… far too little. #water #pipes"
        if i not in found and "#" in line and _CLOSING_HASHTAGS.search(line):
            found[i] = "tweet"
    for i, line in enumerate(lines):
        if _HIGHLIGHTS.match(line):  # the highlights run until the story's first sentence
            for j in range(i + 1, min(i + 6, len(lines))):
                if lines[j].rstrip().endswith(SENTENCE_FINAL):
                    break
                found[j] = "share"
    for i in _closing_lines(lines, found):
        line = lines[i]
        if (
            i not in found
            and len(line.split()) <= WRITER_NOTE_WORDS
            and _WRITER_NOTE.match(line)
            and not (
                _UNNAMED_WRITER.match(line)
                and any(
                    _OF_AN_AUTHOR.search(other)
                    for j, other in enumerate(lines)
                    if j != i
                    and j not in found
                    and not _WRITER_NOTE.match(other)
                    and not _UNNAMED_WRITER.match(other)
                )
            )
            # (a closing sentence saying what someone said or was told is the story's: "Sam
            # Reyes writes for the Fennick Courier and has been held since March, his editor said.")
            and not REPORTED_SPEECH.search(line)
            and not _BEFELL.search(line)
        ):
            found[i] = "contact"  # "Lee Park is a contributing editor at the Harlow Herald."
    for i, line in enumerate(lines[:TOP_LINES]):
        words = len(line.split())
        if (
            i not in found
            and words <= TOP_WRITER_NOTE_WORDS
            and _WRITER_NOTE.match(line)
            and _AT_AN_OUTLET.search(line)
            and not _BEFELL.search(line)
        ):
            found[i] = "contact"  # the writer's box under the headline, ending in the outlet
        elif (
            i not in found
            and words >= LEDE_SENTENCE_WORDS
            and line.rstrip().endswith(SENTENCE_FINAL)
        ):
            break  # (under the story's first paragraph, "Jane Doe is a reporter for The Harlow
            # Herald." tells who the story is about)
    found.update(dict.fromkeys(_pull_quotes(lines, found), "pull quote"))
    credits = {i for i in captions if _bare_credit(lines[i])}
    for i, line in enumerate(lines):
        if (
            i not in found
            and (i + 1) in credits
            and _describes_a_picture(line)
            and not _tells_a_story_above_a_credit(line)
        ):
            found[i] = "caption"  # "An ancient sea once covered …" above "NASA/VILLANUEVA/…"
    for i, line in enumerate(lines):
        if (
            i not in found
            and {i - 1, i + 1} <= captions
            and not _CAPTION_TOGGLE.search(lines[i - 1])
            and _describes_a_picture(line)
            and not _tells_a_story_above_a_credit(line)
        ):
            # a gallery's picture between its controls: "Pickets at the main gate on Monday."
            # under "Enlarge this image" or "Image 1 of 6" and over "Hide caption" (under a
            # picture's "Hide caption", the story goes on: "Some 300 homes are without power.")
            found[i] = "caption"
    for i, line in enumerate(lines):
        if (
            i not in found
            and (i - 1) in captions
            and _credit_line(lines[i - 1])
            and _describes_a_picture(line)
            and _NAMED_AT.match(line)
            and not has_verb(line, ing=False)
        ):
            found[i] = "caption"  # "Lee Park at the bridge on Monday." under "Photo: Sam Reyes/…"
    for i, line in enumerate(lines):
        if i in found or not (i - 1 in captions or i + 1 in captions) or not _about_a_picture(line):
            continue
        found[i] = "caption"  # "The photo, taken from the bank, shows the mill in flames."
    # a caption without a credit is looked for at the top of the page; one known only by its
    # verb in the present tense, above the story's first paragraph: under it, "The bridge
    # carries 30,000 vehicles a day." is the story's
    lede = next(
        (
            i
            for i, line in enumerate(lines[:TOP_LINES])
            if i not in found and _opens_the_story(line)
        ),
        TOP_LINES,
    )
    for i, line in enumerate(lines):
        if i in found or not (_reads_as_caption(line) or _names_a_picture(line)):
            continue
        if (
            i < (TOP_LINES if _names_a_picture(line) else lede)
            or (((i - 1) in captions or (i + 1) in captions) and not _TOLD_BEFORE.search(line))
            or _CAPTION_DATE.search(line)
        ):
            found[i] = "caption"
    for i, line in enumerate(lines):
        if i not in found and (
            (
                _shows_a_scene(line)
                and not (lede < i and _in_a_story_told_in_the_present(lines, i, found))
            )
            or _names_a_picture_alone(line)
            or _pictured_alone(line)
        ):
            found[i] = "caption"  # "Police officers stand guard outside the Harlow courthouse."
    for i in _listing_fields(lines):
        found.setdefault(i, "promo")  # "When: Saturday, May 9, 7 p.m." under "What: Barn ceilidh"
    labelled = {
        i
        for i, kind in found.items()
        if kind == "caption"
        and (_LABELLED_CAPTION.match(lines[i]) or _GLUED_CAPTIONS.match(lines[i]))
    }
    for i, line in enumerate(lines):
        if i not in found and _unfinished_caption(line, i - 1 in labelled or i + 1 in labelled):
            found[i] = "caption"  # "Lee Park, pictured at the back of the group, was said to …"
    return found


#: A gallery's button that shows or hides the caption above it: the line under it is no longer
#: that picture's.
_CAPTION_TOGGLE = re.compile(r"\b(?:toggle|hide|show|close) caption\b|\bcaption close\b", _I)
#: The labels an event's listing opens its lines with: "What: Barn appeal ceilidh", "When:
#: Saturday, May 9, 7 p.m.", "Where: Ellerby village hall", "Tickets: £10 at the door".
_LISTING_FIELD = re.compile(
    r"(?:What|When|Where|Who|Date|Dates|Time|Times|Venue|Place|Cost|Price|Prices|Tickets"
    r"|Admission|Entry|Info|Information|Details|Contact|RSVP|Register|Booking|Bookings):\s+(?P<value>\S.*)"
)
#: Lines of listing fields in a row that make a listing: one "When: …" line may be a
#: transcript's or a list's. (A fact box's field telling a deed is the story's: "What: Charged
#: with manslaughter over the sinking.", "When: The slope gave way at 7.40 a.m.")
LISTING_FIELDS = 2
#: A listing's field is a short line.
LISTING_FIELD_WORDS = 16


def _listing_fields(lines: Sequence[str]) -> list[int]:
    """Indices of the lines of an event's listing printed with a story (a benefit concert, a
    vigil, a meeting): :data:`LISTING_FIELDS` or more short lines in a row, each opened by a
    listing's label (:data:`_LISTING_FIELD`) and naming, not telling: no verb after the label."""
    fields = [
        (field := _LISTING_FIELD.match(line)) is not None
        and len(line.split()) <= LISTING_FIELD_WORDS
        and not tells_the_past(field["value"])
        for line in lines
    ]
    found: list[int] = []
    for is_field, run in itertools.groupby(range(len(lines)), key=fields.__getitem__):
        indices = list(run)
        if is_field and len(indices) >= LISTING_FIELDS:
            found.extend(indices)
    return found


#: Where a paragraph's sentences meet: a stop, then a capital, a figure or a quotation mark.
_SENTENCE_MEETS = re.compile(r"(?<=[a-z0-9)\"”’][.!?])\s+(?=[A-Z0-9\"“‘(])")
#: A stop after a title or an initial does not end a sentence: "said Maj. Glenn Hall", "Rep.
#: Lee Park", "Lee S. Park".
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.’'-])[A-Z][a-z]{0,3}\.$")
#: A paragraph's story before a prompt glued to its end has this many words at least.
GLUED_STORY_WORDS = 12
#: Kinds of furniture a prompt glued to a paragraph's end may be: what the page says to its
#: reader (a caption, a tweet, markup or a pull quote is never glued after a story sentence,
#: and a player's stamp, "(Published Friday, May 4, 2026)", makes its paragraph the video's
#: description).
_GLUED_KINDS = frozenset(("share", "promo", "links", "signup", "contact"))
#: A prompt's question is answered by at most this many short sentences after it, each of
#: :data:`PROMPT_ANSWER_WORDS` words at most, speaking to the reader (:data:`_READER`).
PROMPT_ANSWERS = 1
PROMPT_ANSWER_WORDS = 6
_READER = re.compile(r"\b(?:[Uu]s|[Ww]e|[Oo]ur|[Yy]ou|[Yy]our)\b")


def story_before_glued_prompt(line: str) -> tuple[str, str] | None:
    """The story of a paragraph whose last sentences are the page's prompts, glued to it when
    the page was saved: "… had been closed since a barge struck one of its piers. Sign up for
    our newsletter." → ("… struck one of its piers.", "Sign up for our newsletter."), the
    story and the prompts. A line is furniture by its prompt (searched
    for anywhere); its story sentences are kept when they are furniture by no rule and read
    as a story's (a full stop, :data:`GLUED_STORY_WORDS` words at least). None when the line
    is not one such: the whole line is then what :func:`furniture_kind` says. (A paragraph
    kept whole keeps a prompt read only as a line of its own: its sentences are read one by
    one later, and the prompt's is left out then.)"""
    # (a label glued before a sentence, "… played. Share this article The bridge …", is the
    # template's and goes first: the sentence after it is the story's)
    text = without_glued_labels(line.strip())
    cuts = [
        found.end()
        for found in _SENTENCE_MEETS.finditer(text)
        if not _ABBREVIATION_BEFORE.search(text, max(0, found.start() - 6), found.start())
    ]
    sentences = [text[a:b].strip() for a, b in itertools.pairwise([0, *cuts, len(text)])]
    # the prompt's own short answer to its question closes it: "Have a news tip? Let us
    # know.", "Got a story to share? Email us."
    last = len(sentences)
    while (
        last > 2
        and len(sentences) - last < PROMPT_ANSWERS
        and len(sentences[last - 1].split()) <= PROMPT_ANSWER_WORDS
        and sentences[last - 2].endswith("?")
        and _READER.search(sentences[last - 1])
        and furniture_kind(sentences[last - 1]) is None
    ):
        last -= 1
    if len(sentences) < 2 or furniture_kind(sentences[last - 1]) is None:
        return None  # (most lines: one sentence, or a story sentence last)
    if furniture_kind(line) not in _GLUED_KINDS:
        return None
    end = last
    while end > 1 and furniture_kind(sentences[end - 1]) is not None:
        end -= 1
    if end == last:
        return None  # the prompt is not the paragraph's end
    story = " ".join(sentences[:end])
    if (
        len(story.split()) < GLUED_STORY_WORDS
        or not story.endswith((".", '."', ".”"))
        or "?" in story  # a link's headline asking ("Does it mean …? Read more")
        or _PERSONAL.search(story)  # the page's own appeal ("…, we'd like to hear from you.")
        or any(_WRITER_BIO.match(sentence) for sentence in sentences[:end])
        or furniture_kind(story) is not None
    ):
        return None
    return story, " ".join(sentences[end:])


#: A sentence of the writer's box: "Lee Park serves as an instructor at the Harlow
#: Planetarium.", "He writes about astronomy for Harlow Monthly."
_WRITER_BIO = re.compile(
    rf"(?:(?:He|She|They)\b|{PERSON_NAME}) (?:serves as|writes (?:about|for)"
    r"|covers|contributes to|has (?:written|covered|reported)|(?:is|was) (?:a|an|the) (?:[\w'’-]+ ){0,4}"
    r"(?:writer|reporter|editor|correspondent|columnist|critic|contributor|producer|author"
    r"|journalist|blogger|instructor|lecturer)\b)"
)


#: A caption saying who is pictured: "Lee Park, pictured at the back of the group, …",
#: "… the mayor (pictured) …".
_PICTURED = re.compile(r", pictured\b|\(pictured(?: [a-z ]{1,30})?\)")


def _unfinished_caption(line: str, beside_a_caption: bool) -> bool:
    """A caption as some sites print theirs, without a closing stop and longer than a heading:
    beside one of the site's labelled captions ("Taking aim: As the others laugh, the driver
    points the pistol at a photographer"), or saying who is pictured. A sentence of story ends
    in a stop, or, cut short or a fact box's line, sits beside no labelled caption."""
    text = line.rstrip()
    words = len(text.split())
    if not (HEADING_WORDS < words <= CAPTION_WORDS + 15) or text.endswith(
        (*SENTENCE_FINAL, ":", ";", ",")
    ):
        return False
    if any(q in text for q in '“”"'):
        return False
    return beside_a_caption or bool(_PICTURED.search(text))


#: Said by someone: a sentence that reports speech is the story's, whatever its words.
_SAID = re.compile(r"\b(?:said|says|told|tells|ruled|argued|according to)\b", _I)
#: The copying a rights notice forbids, and the work it protects.
_COPYING = (
    r"(?:re)?(?:published|produced|printed|broadcast|written|distributed|transmitted|posted"
    r"|copied|sold|used|displayed|stored|cached|archived|licensed)"
)
_WORK = r"(?:material|content|contents|article|story|text|report|publication|page|site|website)s?"
#: A page's reservation of its rights, read from the sentence's start: "This material may not be
#: published, broadcast, rewritten or redistributed.", "No part of this article may be
#: reproduced without the written permission of the publisher.", "Unauthorized reproduction is
#: prohibited.", "For reprint rights, contact …", "You may republish this article for free under a
#: Creative Commons license." A work named by "the" is a notice only with two forms of copying
#: ("The report may not be published before the vote" is news), a bare one only without
#: permission; :func:`reserves_rights` leaves out what someone said.
_RESERVATION = re.compile(
    r"^(?:"
    # "This material may not be …", "No part of this article may be …", "All content may not …"
    rf"(?:(?:no part of )?(?:this|our|all|any) (?:[\w-]+ )?{_WORK}|(?:material|content)s?)"
    rf"(?: on this (?:site|website|page))? (?:may|must|shall|can)(?:not| not|n['’]t)? (?:not )?be"
    rf" (?:\w+ )?{_COPYING}\b"
    rf"|the {_WORK} (?:may|must|shall|can)(?:not| not|n['’]t)? be {_COPYING},? (?:or |and )?"
    rf"{_COPYING}\b"
    # "Reproduction in whole or in part without permission is prohibited."
    # (copying forbidden without a word of permission, "Copying of the exam papers is prohibited.",
    # is a rule the story reports)
    r"|(?:reproduction|redistribution|republication|retransmission|copying)\b[^.!?]{0,60}"
    r"\bwithout (?:the )?(?:prior |express )?(?:written )?(?:permission|consent|authori[sz]ation)"
    r"\b[^.!?]{0,60}\b(?:is|are) (?:strictly )?(?:prohibited|forbidden|not permitted)\b"
    r"|unauthori[sz]ed (?:use|publication|distribution|reproduction|redistribution|copying"
    r"|republication)\b[^.!?]{0,60}\b(?:is|are) (?:strictly )?(?:prohibited|forbidden"
    r"|not permitted)\b"
    # "For reprint rights, contact …", "For reprints and permissions, email …"
    r"|for (?:reprints?|republication|licensing|syndication|permissions?)(?: (?:rights|requests?"
    r"|information|inquiries))?(?: (?:and|or) (?:permissions?|licensing|reprints?))?,?"
    r" (?:please )?(?:contact|e-?mail|visit|call|write to|go to|see)\b"
    # "Republishing this story? …", "You may republish this article …", "Republish this article"
    r"|(?:want to |interested in )?republish(?:ing)? (?:this|our) (?:story|article|content)\b"
    r"|please (?:credit|attribute (?:it|this \w+) to|link (?:back )?to) (?:the )?(?-i:[A-Z])"
    r"[^.!?]{0,60}[.!]?$"
    r"|you (?:may|can|are free to|are welcome to) (?:re)?publish (?:this|our) (?:stor|article"
    r"|content|work|report)"
    # the page's licence: "Published under a Creative Commons Attribution 4.0 license.", "This
    # story is licensed under CC BY-ND 4.0.", "All content copyright Harlow Herald."
    rf"|(?:this {_WORK} (?:is|was|are|were) )?(?:re)?(?:published|licensed|available|distributed"
    r"|reprinted) under (?:a |the )?(?:Creative Commons|CC[ -]BY)\b"
    r"|(?:all )?(?:content|material|text|photos|images)s? (?:is |are )?(?:copyright|©|\(c\))\s"
    r"(?-i:[A-Z©\d])"
    # a shop's link disclosure: "The Harlow Herald may receive a commission from purchases made
    # through links in this article."
    r"|[^.!?]{0,60}\b(?:earns?|receives?|gets?) (?:a )?(?:small )?(?:commission|share of (?:the )?"
    r"(?:sales|revenue)|affiliate (?:fees?|commissions?))\b[^.!?]{0,80}\blinks?\b"
    # a disclaimer: "This content is for informational purposes only and is not a substitute for
    # professional medical advice."
    rf"|(?:this|the|our) (?:[\w-]+ )?(?:{_WORK}|information|post|newsletter|podcast)"
    r"(?: (?:in|on) (?:this|our) (?:site|website|page|newsletter|article|story|post|podcast))?"
    r" (?:is|are) (?:provided )?(?:for (?:general )?(?:informational|information|educational)"
    r"(?: (?:and|or) (?:educational|entertainment|informational))? purposes only"
    r"|not (?:intended (?:as|to be)|a substitute for) (?:professional )?(?:(?:medical|legal"
    r"|financial|investment|tax) )?advice)\b"
    # a site's terms: "Use of this site constitutes acceptance of our User Agreement …"
    r"|(?:use of|by (?:using|accessing|continuing to use)) (?:this|our) (?:site|website|service"
    r"|app)s?,? (?:constitutes|you (?:agree|accept|consent))\b"
    # a trademark notice: "Fennick Wire and the Fennick Wire logo are registered trademarks of
    # Tessel Media." (a mark and its owner alone: the sentence ends with the owner's name)
    r"|[^.!?]{1,80}\b(?:is|are) (?:a |the )?(?:registered )?(?:trademarks?|service marks?)"
    r" (?:of|owned by) (?:the )?(?-i:[A-Z])[^.!?,]{0,50}[.]?$"
    # a comment policy and a correction prompt: "We welcome comments that advance the story …",
    # "Report a typo or error.", "Corrections policy: …"
    r"|we (?:welcome|encourage|invite) (?:your |reader |readers['’] )?(?:comments|feedback"
    r"|discussion)\b[^.!?]{0,80}[.!]?$"
    # (the prompt whole, to the page's story or its editors: "Report an error in the census
    # form by calling the helpline." is the story's advice)
    r"|report an? (?:typo|error|correction|mistake)\b(?=(?: or (?:an? )?[\w-]+)?(?: (?:in|on|with"
    r"|about|to) (?:this|the|our|us)(?: (?:story|article|page|site|post|editors?|newsroom))?)?"
    r"(?: here| below)?\W*$)|corrections? policy\b"
    # a newsroom's thanks to its payers: "Our journalism is free to read, thanks to readers like
    # you." (wherever they sit in the sentence)
    r"|[^.!?]{0,80}\b(?:readers|members|donors|supporters|listeners|viewers|subscribers) like you"
    r"\b)",
    _I,
)

#: Words one of :data:`_RESERVATION`'s notices holds: other sentences are not matched.
NOTICE_WORDS = (
    "may not", "may be re", "must not", "cannot", "can not", "can't", "shall not", "prohibit",
    "forbid", "permitted", "republish", "reprint", "licens", "syndication", "permission",
    "please credit", "please attribute", "please link", "creative commons", "cc by", "cc-by",
    "copyright", "©", "(c)", "commission", "purposes only", "advice", "constitutes",
    "you agree", "you accept", "you consent", "trademark", "service mark", "welcome",
    "encourage", "invite", "report a", "policy", "like you", "free to publish",
    "may publish", "can publish", "may republish",
)  # fmt: skip
#: Words one of :data:`_ABOUT_US`'s lines holds: what the outlet is, whom it belongs to, who
#: pays for it.
ABOUT_WORDS = (
    "independent", "profit", "partisan", "reader-", "member-", "community-", "donor-",
    "award-winning", "locally owned", "employee-owned", "supported by", "funded by", "powered by", "made possible", "sustained by", "member of",
    "part of", "publication of", "project of", "product of", "service of", "division of", "subsidiary of",
    "owned by", "published by", "operated by",
)  # fmt: skip
#: A name as a page writes its own: a few capitalised words, "of", "the" or "&" among them.
_OWN_NAME = r"(?:The )?[A-Z][\w&.'’-]*(?: (?:of|for|the|and|&|[A-Z][\w&.'’-]*)){0,5}"
#: A news site's words for itself.
_NEWSROOM = (
    r"(?:newsroom|news (?:organi[sz]ation|outlet|site|service|agency|source|publication|nonprofit"
    r"|startup|website|magazine|network)|publication|media (?:outlet|organi[sz]ation|company)"
    r"|journalism (?:organi[sz]ation|project|nonprofit|outlet)|newspaper|magazine)"
)
#: An outlet's "about us" sentence: "The Harlow Herald is an independent, nonprofit newsroom
#: serving …", "Fennick Wire is a member of the Tessel News Network.", "The Harlow Herald is
#: supported by readers like you." The outlet describes itself in the present, by what it is
#: (independent, nonprofit, reader-supported), whom it belongs to, or who pays for it; a story's
#: sentence about a paper tells what happened to it ("The Harlow Herald, founded in 1902, was
#: sold on Friday.") or who said it.
_ABOUT_US = re.compile(
    r"^(?:"
    rf"(?-i:{_OWN_NAME}) is (?:an?|the) (?:[\w’'-]+,? (?:and )?){{0,4}}?"
    r"(?:independent|nonprofit|non-profit|not-for-profit|nonpartisan|non-partisan"
    r"|reader-(?:supported|funded)|member-supported|community-(?:funded|supported)|donor-supported"
    rf"|award-winning|locally owned|employee-owned)\b,? (?:[\w’'-]+,? (?:and )?){{0,3}}?{_NEWSROOM}\b"
    rf"|(?-i:{_OWN_NAME}) is (?:made possible|supported|funded|powered|sustained) (?:in part )?by"
    r" (?:the )?(?:generous )?(?:support of )?(?:readers|members|donors|supporters|viewers"
    r"|listeners|subscribers)(?: like you)?\b"
    rf"|(?-i:{_OWN_NAME} (?:News|Herald|Times|Post|Wire|Journal|Press|Tribune|Gazette|Chronicle"
    r"|Review|Monitor|Report|Radio|Media|Daily|Observer|Magazine|Newsroom|Courier|Dispatch|Sun"
    r"|Star|Ledger|Bulletin|Examiner|Inquirer|Digest|Weekly|Online|TV|Network))"
    r" is (?:a (?:proud )?member of|(?:a )?part of|a (?:publication|project|product|service"
    r"|division|subsidiary) of|(?:owned|published|operated) by) (?:the )?(?-i:[A-Z])[^.!?]{0,60}"
    r"[.!]?$"
    # "About the Harlow Herald: We are a nonprofit newsroom …"
    rf"|about (?:the )?(?-i:{_OWN_NAME}):\s*(?:we|(?-i:[A-Z])))",
    _I,
)


def reserves_rights(sentence: str) -> bool:
    """Whether a sentence is a page's notice on its own use (:data:`_RESERVATION`): the
    reservation of its rights or its licence, a prompt to republish it, a disclaimer, a link
    disclosure, a trademark notice or a comment policy; not said by anyone."""
    low = sentence.lower()
    if not any(word in low for word in NOTICE_WORDS) and not low.startswith("for "):
        return False
    return bool(_RESERVATION.match(sentence)) and not _SAID.search(sentence)


def describes_its_outlet(sentence: str) -> bool:
    """Whether a sentence is an outlet's "about us" line (:data:`_ABOUT_US`), not said by
    anyone."""
    low = sentence.lower()
    if not (
        low.startswith("about ") or (" is " in low and any(word in low for word in ABOUT_WORDS))
    ):
        return False
    return bool(_ABOUT_US.match(sentence)) and not _SAID.search(sentence)
