"""English cue phrases, by family. Each names a kind of cruft seen across many sites."""

from __future__ import annotations

from . import Cue

_SHARE_WORD = (
    r"share(?: (?:this|the|on|to|via) \w+(?: \w+)?| this)?|tweet(?: this)?|pin(?: it)?|blogthis!?|\+1"
    r"|e-?mail(?: this)?(?: (?:story|article|page))?(?: to (?:a )?friends?)?"
    r"|print(?: this)?(?: article| story| page| post)?|save(?: for later| article)?|bookmark"
    r"|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|x"
    r"|copy(?: the)? link|comment|\d+ shares?|shares|like|(?-i:Like this)|recommend|more sharing options"
    r"|email this article|print this article|send to a friend|gift(?: this)? article"
    r"|printer[- ]friendly(?: version| page| format)?|printable (?:version|page|format)"
    # The bookmarking services of older pages, and their "Post this story to:" label.
    r"|(?:post|add|submit) (?:this|the) (?:story|article|page|post|link) to|digg(?: this| it)?"
    r"|del\.icio\.us|delicious|stumbleupon|stumble it|newsvine|nowpublic|fark|technorati"
    r"|mixx|slashdot|myspace|google bookmarks|yahoo!? buzz"
)

RULES: tuple[Cue, ...] = (
    # --- navigation -------------------------------------------------------------------
    Cue(
        "navigation.skip_link",
        "navigation",
        "drop",
        r"(?:\d+\.\s*)?skip (?:to|next|navigation|over|this)\b.{0,80}",
    ),
    # A notice that the article goes on past an inset ("Related Stories", an
    # advertisement): a marker right below it heads the inset, not the article's end.
    Cue(
        "navigation.continues",
        "navigation",
        "continues",
        r"(?:advertisement\W{0,3})?continue reading (?:the main story|below)\W{0,3}"
        r"|(?:the )?(?:story|article|text) continues (?:below|after (?:the |this )?(?:advertisement|ad))(?: advertisement)?\W{0,3}",
    ),
    Cue(
        "navigation.back_to_top",
        "navigation",
        "drop",
        r"(?:back|go|return|jump|scroll) to (?:the )?top\W{0,3}|top\s*[↑^]",
    ),
    Cue(
        "navigation.menu_label",
        "navigation",
        "drop",
        r"(?:main |site |mobile )?(?:menu|navigation|search|toggle navigation|open menu|close menu|close|search for:?|search (?:the web|this site|our site|the site)(?: [\w.-]+){0,3}|log ?in|sign ?in|register|my account|home|homepage|sections?|accessibility links)\W{0,2}",
    ),
    Cue(
        "navigation.breadcrumb",
        "navigation",
        "drop",
        r"(?:home|start)\s*(?:[>»/|›]\s*[^>»/|›\n]{1,40}){1,6}|you are here\s*:.{0,100}",
    ),
    # The link to an author's or a category's archive under a blog post.
    Cue(
        "navigation.archive_link",
        "navigation",
        "drop",
        r"(?:posted by [^|]{1,40}\|\s*)?view all (?:posts|articles|stories) (?:by|in|from|filed under) [^.!?,]{1,60}\W{0,2}",
        hint=r"view all",
    ),
    Cue(
        "navigation.pagination",
        "navigation",
        "drop",
        r"(?:page \d+ of \d+|next page|previous page|(?:newer|older) (?:posts|entries|articles)|next\s*[»›>]+|[«‹<]+\s*prev(?:ious)?|previous (?:post|article|story)|next (?:post|article|story)(?::.{0,150})?|load more(?: stories| articles)?|(?:«\s*)?prev(?:ious)?\s+\d+\s*(?:/|of)\s*\d+\s+next(?:\s*»)?)",
    ),
    Cue(
        "navigation.site_links",
        "navigation",
        "drop",
        r"(?:(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms and conditions|cookie (?:policy|settings|preferences)|contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|sitemap|site map|accessibility|help|faq|rss(?: feeds?)?|newsletters?|jobs|subscriptions?|ad ?choices)(?:\s*[|·•,/]\s*|\s+|$)){2,12}",
    ),
    # --- share and social ---------------------------------------------------------------
    Cue(
        "share.buttons",
        "share",
        "drop",
        rf"(?:{_SHARE_WORD})(?:\s*+[|·•,/:]?+\s*+(?:{_SHARE_WORD})){{0,12}}\s*:?",
    ),
    Cue(
        "share.follow",
        "share",
        "drop",
        r"(?:follow|like|find|join|connect with) (?:us|@\w+)(?: on (?:\w+(?:,\s*| and | or )?){1,6})?\W{0,2}"
        r"|follow @\w+ (?:for|to get) [^.!?]{1,80}\W{0,2}|follow \p{Lu}[\w.]*(?: \p{Lu}[\w.]*)? on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon)\W{0,2}",
    ),
    # A request to share, at the end of a post: "If you enjoyed this article, please share it".
    Cue(
        "share.prompt",
        "share",
        "drop",
        r"\W{0,3}if you (?:enjoyed|liked|found [^.!?]{1,30} in) this (?:article|post|story|page)[^.!?]{0,40}?,? (?:please )?(?:share|like|tweet|pass)\b[^.!?]{0,60}\W{0,3}"
        r"|be the first to (?:like|share) this\W{0,2}",
        hint=r"if you|first to",
    ),
    Cue(
        "embed.view_post",
        "embed",
        "drop",
        r"(?:view this post on (?:instagram|facebook|x|twitter)|a post shared by .{1,100}|watch on youtube|(?:this|the) (?:content|embed|video) (?:is|was) (?:not available|hosted by|from).{0,100})",
    ),
    # What a player, an embedded widget or the page itself shows when the browser that
    # captured it could not run it: JavaScript or Flash required, a format not supported.
    # Only notices addressed to the reader or about this page; a sentence about Flash or
    # JavaScript in an article has another subject.
    Cue(
        "embed.unsupported",
        "embed",
        "drop",
        r"(?:for (?:the )?best (?:viewing )?(?:experience|results),? )?please (?:turn on|enable|activate) (?:your )?(?:browser'?s? )?javascripts?\b.{0,150}"
        r"|(?:you (?:must|need to|have to|should) )?(?:turn on|enable|activate) (?:your )?javascript (?:to|in order to) (?:view|use|see|play|watch|access|read|display|continue|comment)\b.{0,120}"
        r"|(?:(?:this|the) (?:site|page|web ?site|content|media(?: player)?|video player|story|feature) (?:contains (?:a piece of )?media that )?|media )"
        r"(?:requires?|needs?|is best viewed with) [^.!?]{0,40}?\b(?:javascript|flash(?! of\b))\b.{0,200}"
        r"|(?:(?:please|you (?:need|have|will need|must|can|may)(?: to)?|click here to|we (?:have )?detected (?:that )?you (?:need|have) to)\s+)?"
        r"(?:get|download|install|upgrade|update)(?: and install)? (?:your |the |a )?(?:latest |free |newer )?(?:version of )?(?:the )?(?:adobe |macromedia )?flash(?: player| plug-?in)?\b(?! of\b).{0,80}"
        r"|(?:we (?:have )?detected (?:that )?)?you (?:currently )?have javascript (?:disabled|turned off)\b.{0,150}"
        r"|javascript is required (?:for|to) (?:the |proper |view|use|access|display|play|see|this)[^.!?]{0,80}\W{0,2}"
        r"|your (?:web )?browser (?:does not|doesn't|cannot|can't) (?:support|display|play)\b.{0,150}"
        r"|this (?:video|audio|clip|media) is (?:playable|unavailable|not playable|not supported)\b.{0,120}"
        r"|if (?:these|it|they) (?:are|is) (?:available|installed) but disabled\b.{0,120}",
        hint=r"javascript|flash|browser|(?:video|audio|clip|media) is|but disabled",
    ),
    # --- comments -------------------------------------------------------------------------
    Cue(
        "comments.marker",
        "comments",
        "end",
        # "Response" alone is more often a subheading ("Request and Response") than a
        # thread's header; with a count it is the header ("1 Response").
        r"(?:\d+\s+(?:comments?|responses?|replies)|comments?|responses|replies|reader comments|join the (?:discussion|conversation)|response(?=\s*\(\d+\)))(?:\s*\(\d+\))?\s*:?",
    ),
    Cue(
        "comments.count_on",
        "comments",
        "end",
        r".{0,120}?\b(?:no|\d+|one|two|three) (?:comments?|responses?|thoughts|replies) (?:on|to) .{1,250}",
        hint=r"comment|respons|thought|repl",
    ),
    Cue(
        "comments.reply_form",
        "comments",
        "end",
        r"(?:leave|post|add|write|submit) (?:a |your |new )?(?:comment|reply|response)\W{0,3}|what do you think\?|(?:reader |user )?comments?\s*\(\d+\)|\{?\s*\d+\s+(?:comments?|responses?)\W{0,3}(?:read them below|add one|.{0,40})\s*\}?|discussion\s*\(\d+\)|(?:show|view|load|read) (?:all )?(?:\d+ )?comments?.{0,30}|trackbacks?(?: and pingbacks)?.{0,30}|(?:comments|trackback) (?:for|on) this (?:entry|post).{0,40}",
    ),
    Cue(
        "comments.none_yet",
        "comments",
        "drop",
        r"(?:no comments?(?: yet| so far)?|be the first to comment)\W{0,4}(?:\s*(?:be the first to (?:comment|reply)|start the (?:discussion|conversation))\W{0,4})?",
    ),
    Cue(
        "comments.form",
        "comments",
        "drop",
        r"(?:leave|post|add|write|submit|view|show|load|read|see) (?:a |all |the |your )?(?:\d+ )?(?:comments?|replies|reply|response)\b.{0,60}|comments are closed\.?|you must be logged in to post a comment\.?|(?:you can )?follow (?:any )?(?:responses|comments) to this (?:entry|post) through the .{1,200}|(?:rss )?feed for comments on this (?:post|entry).{0,60}|e?-?mail \(will not be published\).{0,30}|your e-?mail(?: address)? will not be published\.?(?: required fields are marked \*?\.?)?|(?:your )?(?:name|e-?mail(?: address)?|website)\s*(?:\(required\)|\*)\s*:?|cancel reply|\d+ (?:comments?|replies)",
    ),
    # --- related ------------------------------------------------------------------------
    Cue(
        "related.marker",
        "related",
        "end",
        r"(?:related|more|other|recommended|suggested|popular|trending|latest|top)(?: \w+)?\s+(?:articles?|stories|posts|content|news|reads?|reading|links|coverage|videos?|topics)(?: (?:from|on|about|in) .{1,40})?\s*:?|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)\W{0,2}|read (?:more|next|also)\W{0,2}|more (?:from|on|in|about) .{1,40}|see also:?|explore more|(?:\w+'s )?top stor(?:y|ies)|more stories from .{1,40}|(?:most )?(?:popular|read|viewed|shared|commented)\s*(?:now|today|this week|stories|articles)?\s*:?|what to read next|don't miss\W{0,2}|in case you missed it\W{0,2}|editor's picks?|recommended for you|around the web|from the web|sponsored stories|promoted stories",
    ),
    Cue(
        "related.inline",
        "related",
        "drop",
        r"(?:read (?:more|also|next)|also read|see also|related(?: article| story| coverage)?|more|watch|listen|recommended|explore|don't miss|must read)\s*[:|»>]\s*.{3,250}",
    ),
    # A row of links to related pages after a lead-in: "Related reports include Average
    # Cost of College | Cost of a Credit Hour | ...". Without the row it is a sentence.
    Cue(
        "related.link_row",
        "related",
        "drop",
        r"(?:related|similar|other|more|popular|recommended) (?:\w+ ){0,2}(?:include|includes|are|:)"
        r"\s*[^|\n]{3,120}(?:\s\|\s*[^|\n]{3,120}){2,}\|?",
    ),
    # Labels inside related boxes, which may also sit above the article: the tabs of a
    # most-read box ("Last 24 Hours"), a sidebar's "More News related to Business".
    Cue(
        "related.box_label",
        "related",
        "drop",
        r"(?:last|past) \d+ (?:hours|days|weeks|months)|\((?:from )?(?:the )?(?:last|past) \d+ (?:hours|days|weeks|months)\)"
        r"|more (?:\w+ )?(?:news|stories|articles) related to [^.!?]{1,40}",
    ),
    # --- media ----------------------------------------------------------------------------
    Cue(
        "media.glued_credit",
        "media",
        "caption",
        r".{0,600}?(?:(?-i:[\p{Ll}.)\d])|\s)(?-i:Image|Photo|Picture|Photograph|Illustration|Video|Graphic|Source|Credit|IMAGE|PHOTO|Foto|FOTO|Bild)s?(?: credits?)?\s*:\s*[^\s.!?][^.!?\n]{0,100}?(?:/|\b(?:photo|images?|pictures?|alliance|press|agency|staff)\b)[^.!?\n]{0,60}",
        hint=r"(?:image|photo|picture|illustration|video|graphic|source|credit|foto|bild)s?(?: credits?)?\s*:",
    ),
    Cue(
        "media.credit_paren",
        "media",
        "caption",
        r".{0,600}?\((?:(?:image|photo|picture|video)\s*(?:credits?|courtesy|source|copyright)|credits?|courtesy|photo|image|picture)(?: of)?\s*:?\s*[^()\n]{2,100}\)\W{0,2}",
        hint=r"\((?:image|photo|picture|video|credit|courtesy)",
    ),
    Cue(
        "media.credit_line",
        "media",
        "drop",
        r"(?:image|photo|picture|photograph|illustration|graphic|video|foto|credit)s?(?: credits?| courtesy| source)?\s*:\s*.{1,100}|(?:photo|image)s? (?:by|courtesy of|credit) .{1,80}",
    ),
    Cue(
        "media.gallery",
        "media",
        "drop",
        r"(?:\d+\s*(?:of|/)\s*\d+\s*)?(?:(?:view|open|see|launch|enlarge|expand|play) ?(?:the )?(?:full |larger |all )?)?(?:(?:photo )?gallery|slideshow|image|photo|video|fullscreen|full screen)(?:\s*\d+)?\W{0,2}|\d+ (?:photos|images|pictures|videos)|(?:play|watch) video\W{0,2}|video duration \d.{0,20}|\d{1,2}:\d{2}(?:\s*min)?",
    ),
    # --- newsletter and promos -----------------------------------------------------------
    Cue(
        "newsletter.subscribe",
        "newsletter",
        "drop",
        r"(?:subscribe|sign up|register|join)(?: now| today| free| here)?(?: (?:to|for) .{1,80})?\W{0,3}|(?:enter|type) (?:your )?e-?mail(?: address)?(?: here)?\W{0,3}|your e-?mail(?: address)?\W{0,3}|(?:get|receive) (?:our|the|all|the latest|breaking) .{0,50}(?:newsletters?|updates|alerts|in your inbox).{0,60}|(?:\w+ )?newsletters?\W{0,3}|(?:already a subscriber|already have an account)\?.{0,60}|by (?:signing up|subscribing|clicking).{0,200}",
        hint=r"subscri|sign|regist|join|mail|get|receiv|newsletter|already|click",
    ),
    # A paywall's or a sign-up box's own text: "To read this article in full you must be
    # registered", "Please check your inbox for a confirmation email".
    Cue(
        "newsletter.paywall",
        "newsletter",
        "drop",
        r"to (?:read|view|access|continue reading|see) (?:this|the|the full|the rest of this) (?:article|story|content|post)(?: in full)?,? (?:you (?:must|need to|will need to|have to)|please) .{1,150}"
        r"|please check your (?:inbox|e-?mail)(?: for [^.!?]{1,60})?\W{0,2}"
        r"|check your (?:inbox|e-?mail) to (?:confirm|complete|activate) your (?:subscription|sign-?up|registration)\W{0,2}"
        r"|(?:an )?error occurr?ed[,.]? please try again(?: later)?\W{0,2}"
        r"|thanks? (?:you )?for (?:signing up|subscribing)[^.!?]{0,60}\W{0,2}",
        hint=r"you (?:must|need|will|have)|please|inbox|e-?mail|error occurr?ed|thanks? (?:you )?for",
    ),
    Cue(
        "newsletter.promo",
        "newsletter",
        "drop",
        r"(?:try|discover|explore|download|get) (?:our|what|the) [^.!?]{1,60}"
        # A sponsor's line, a paywall notice, a call for readers' stories.
        r"|in (?:association|partnership) with [^.!?]{1,50}|\W{0,3}(?:paid )?subscription (?:may be |is )?required\W{0,3}"
        r"|(?:want to|how to|got a) (?:submit|send|share)? ?(?:a |your )?(?:news )?(?:story|stories|tip|tips|photos?)\?"
        r"|advertisement|advert|sponsored(?: content| post)?|ad|promoted(?: content)?|paid (?:post|content)|continue reading\W{0,3}|scroll to continue.{0,40}|click here.{0,80}",
    ),
    # --- footer -------------------------------------------------------------------------
    Cue(
        "footer.edited_by",
        "footer",
        "drop",
        r"(?:edited|compiled|translated|produced|fact[- ]checked|additional reporting|reporting|writing|editing)(?: by)?\s*:?\s+(?-i:\p{Lu}[\p{L}.'-]*)(?>[\s,;&]+(?:and|by|editing|writing)?\s*(?-i:\p{Lu})[\p{L}.'-]*){0,12}\W{0,2}",
    ),
    # "All rights reserved", with the redistribution clause news agencies add after it.
    Cue("footer.rights", "footer", "drop", r".{0,150}\ball rights reserved\b.{0,250}"),
    # An agency's notice on a line of its own: "This material may not be published,
    # broadcast, rewritten or redistributed." A sentence that goes on ("... until the
    # court rules") is the article's.
    Cue(
        "footer.redistribution",
        "footer",
        "drop",
        r"(?:this|the|our) (?:material|content|article|story|report)(?: \w+){0,3} (?:may|must|can|shall) not be "
        r"(?:published|reproduced|republished|redistributed|copied|broadcast|distributed)"
        r"(?:,? (?:or |and )?(?:published|reproduced|republished|redistributed|rewritten|copied|broadcast|distributed|transmitted|stored))*+"
        r"(?: in (?:whole or in part|any form)| without (?:the )?(?:prior |express )*written (?:consent|permission)(?: of [^.]{1,60})?)?\W{0,2}",
    ),
    # The print-edition note of a newspaper's web article.
    Cue(
        "footer.print_edition",
        "footer",
        "drop",
        r"(?:a version of )?this (?:article|story|review|column|essay|piece) (?:appeared|appears|was published|ran) in (?:print|the print edition|the [^.!?]{1,60} section of the print edition).{0,250}",
        hint=r"print",
    ),
    # A site's terms-of-use notice: "By using this site, you agree to our Terms of Use".
    Cue(
        "footer.terms_notice",
        "footer",
        "drop",
        r"(?:please )?read our (?:terms(?: and conditions| of (?:use|service))?|privacy (?:policy|statement|notice))(?: and (?:our )?(?:terms(?: and conditions| of (?:use|service))?|privacy (?:policy|statement|notice)))? before using this (?:site|website|service)\W{0,2}"
        r"|by (?:using|continuing to use|accessing|browsing) (?:this|our) (?:site|website|service)[^.!?]{0,40}?,? you (?:agree|consent|accept)(?: to)? (?:(?:our|the|its|these) )?(?:use of cookies|cookies|terms|privacy|conditions)[^.!?]{0,120}\W{0,2}",
        hint=r"before using this|you (?:agree|consent|accept)",
    ),
    # A site's or a journal's licence note, and the disclaimer under a list of outside links.
    Cue(
        "footer.license",
        "footer",
        "drop",
        r"(?:this|all) (?:work|article|website|site|blog|web log|text|content|photos?|images?|documents?)(?: [^.!?]{1,60}?)? (?:is|are) (?:licensed|available|published|distributed) under (?:a |the )?creative commons\b.{0,250}"
        r"|(?:this is an? )?open[- ]access article(?: distributed under the terms of|:\s*verbatim copying).{0,350}"
        r"|(?:[^.!?]{0,60} )?(?:is|are) not responsible for the content of external (?:internet )?(?:sites|websites|links)(?: listed)?\W{0,2}(?:read more\W{0,2})?",
        hint=r"creative commons|open[- ]access|not responsible for the content",
    ),
    # The credit line of the blog engine or forum software that runs the site.
    Cue(
        "footer.powered_by",
        "footer",
        "drop",
        r"(?:proudly )?powered by (?:wordpress|blogger|drupal|joomla!?|tumblr|squarespace|ghost|typepad|movable type|vbulletin|phpbb|mybb|jekyll|hugo)(?:\.com)?(?: \d[\d.]*)?\W{0,3}"
        r"|[^.!?]{1,60} is powered by blogger\.\s*(?:start your own blog\W{0,2})?|blog at wordpress\.com\W{0,2}",
        hint=r"powered by|wordpress\.com",
    ),
    Cue(
        "footer.about",
        "footer",
        "drop",
        r"about (?:us|the author|the authors|this site|the site|the publication)\W{0,2}",
    ),
    # --- byline and header ---------------------------------------------------------------
    Cue(
        "byline.reading_time",
        "byline",
        "drop",
        r"(?:reading time:?\s*)?(?:about |approx\.? )?\d{1,3}\s*-?\s*(?:min(?:ute)?s?|mins?\.?)(?: read(?:ing time)?)?\W{0,2}|(?:read time|reading time):?\s*\d{1,3}\s*min(?:ute)?s?\.?",
    ),
    Cue(
        "byline.relative_time",
        "byline",
        "drop",
        r"(?:updated |published |posted )?(?:\d{1,2}|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\W{0,2}|(?:updated |published )?(?:just now|yesterday|today)\W{0,2}",
    ),
    Cue(
        "byline.categories",
        "byline",
        "drop",
        r"(?:categories|category|tags?|filed under|topics?|posted in|sections?|keywords)\s*:\s*.{1,200}",
    ),
)
