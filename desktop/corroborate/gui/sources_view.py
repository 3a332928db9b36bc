"""Every article of the story: outlet, title, how much of it others corroborate.

Copies of one story, and an outlet's other articles, are listed under the
original (they count as one source), marked "Copy" or "Same outlet". Unticking an article leaves it out; after a short pause the view asks
for a re-run with the new exclusion list, so several clicks cost one analysis.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from itertools import islice

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from corroborate.engine.models import Analysis, FileProblem

from .evidence import FILE_NAME_MARK, outlet_heading
from .find_bar import tree_items
from .plain import plain_tip
from .theme import warning_sign

FileRole = Qt.ItemDataRole.UserRole + 1
ArticleRole = Qt.ItemDataRole.UserRole + 2
#: an article left out as off-topic; ticking it includes it anyway
IncludeRole = Qt.ItemDataRole.UserRole + 3
#: what the right pane says for a row that is no article read (left out, skipped)
NoteRole = Qt.ItemDataRole.UserRole + 4
#: on a row whose outlet a file's name stands in for, that name: drawn marked " (file
#: name)" and cut in its middle where the column is too narrow (whole in the tooltip)
StandInRole = Qt.ItemDataRole.UserRole + 5
_COLUMNS = ("Outlet", "Title", "Sentences", "Corroborated")
#: the number columns' headings where the full ones would leave the outlets and titles too
#: little room (larger text, a narrow window): the full ones stay their tooltips and the
#: names a screen reader says
SHORT_COLUMNS = ("Outlet", "Title", "Sent.", "Backed")
#: what each column counts, said when the pointer rests on its heading
COLUMN_TIPS = (
    "Who published the article; in italics when the article never says and its file name "
    "stands in (rename it with F2)",
    "The article's headline; in italics when it has none and its first words stand in",
    "How many sentences were read in the article",
    "How many of the article's sentences another independent outlet also reports",
)
_DEBOUNCE_MS = 700
#: rows built per turn of the event loop while the tab is hidden
ROWS_PER_TURN = 40
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_WRAP = Qt.TextFlag.TextWordWrap
#: The full number headings are kept while the room they leave holds this many characters
#: of an outlet's name and a title together (besides the check box); else they are short
FULL_HEADINGS_CHARS = 40
#: Where the room is tight the outlets' column gets up to this many characters of a name,
#: so long as the titles' column keeps as much room
OUTLET_FAIR_CHARS = 12
#: The share of the room the number columns leave that the titles' column keeps at least
#: while the outlets' column can give way (at its fullest, the outlets' some 22 characters)
TITLE_SHARE = 2 / 3
#: The outlets' column gives way to the titles' down to this many characters of a name
#: (besides its check box), elided.
OUTLET_CHARS = 5
#: The most of the room the outlets' column takes to show its longest name whole: the
#: titles' column keeps as much, and some 20 characters
OUTLET_SHARE = 0.5
#: The most lines an outlet's name or a title takes where its column is too narrow for
#: it on one: it goes on to the next line at a word's end rather than being cut short
WRAP_LINES = 2
#: What the list over the articles is for, said over it
HINT = (
    "Untick an article to leave it out (off-topic, a duplicate); the story is read again. "
    "Copies of a story and an outlet's other articles are listed under the original: "
    "they count as one outlet. "
    "You know the outlets better: rename one, or merge files that are one outlet."
)
#: Its first sentence, said alone where the whole would leave the list too few rows
HINT_SHORT = HINT[: HINT.index(". ") + 1]
#: The rows the list keeps in sight before the hint over it is cut short, then left out
LIST_ROWS = 4
#: What the list is for, to a screen reader, while the hint over it is read whole
LIST_DESCRIPTION = "Untick an article to leave it out of the summary"


class SourcesView(QWidget):
    exclusion_changed = Signal(frozenset)  # file names to leave out
    inclusion_changed = Signal(frozenset)  # off-topic file names to count after all
    article_selected = Signal(int)  # article id
    #: a row that is no article read was made current: what to say beside the list
    file_selected = Signal(str)
    #: the reader's corrections: files and the outlet name they get
    rename_requested = Signal(list, str)
    #: files the reader says are one outlet, and files to separate again
    merge_requested = Signal(list)
    separate_requested = Signal(list)
    #: the hint over the list is cut short or left out (True), or said whole again
    hint_cut = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("sources")
        self.tree.setAccessibleName("Articles in this story")
        self.tree.setAccessibleDescription(LIST_DESCRIPTION)
        self.tree.setHeaderLabels(list(_COLUMNS))
        heading = self.tree.headerItem()
        for column, (name, tip) in enumerate(zip(_COLUMNS, COLUMN_TIPS, strict=True)):
            heading.setToolTip(column, f"{name}: {tip[0].lower()}{tip[1:]}")
            heading.setData(column, Qt.ItemDataRole.AccessibleTextRole, name)
        self.tree.setRootIsDecorated(True)
        # A name or title too long for its column (larger text, a narrow window) goes on
        # to a second line rather than being cut: rows are as tall as their text.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(_WrappedCells(self.tree, self._list_room))
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        #: the outlets' column's width as the reader dragged it, None until they do
        self._outlet_width: int | None = None
        #: the width the longest outlet name listed needs (0 while no row is listed)
        self._widest_outlet = 0
        #: the width the longest word of an outlet's name listed needs, its frame besides
        self._longest_word = 0
        self._fitting = False
        header.sectionResized.connect(self._on_section_resized)
        self.tree.viewport().installEventFilter(self)
        self._fit_columns()
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        # The buttons act on the current row when none is selected (as F2 does): a row
        # made current with no selection (the tab opened on an article) enables them too.
        self.tree.currentItemChanged.connect(self._show_in_hand)
        self.hint = hint = QLabel(HINT)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.rename_button = QPushButton("Re&name Outlet…", self)
        self.rename_button.setToolTip("Give the selected outlet its real name (F2)")
        self.rename_button.clicked.connect(lambda: self.rename_outlet())
        self.merge_button = QPushButton("Merge &into One Outlet", self)
        self.merge_button.setToolTip(
            "The selected files come from one outlet: count them as one outlet (Ctrl+M)"
        )
        self.merge_button.clicked.connect(lambda: self.merge())
        self.separate_button = QPushButton("Se&parate", self)
        self.separate_button.setToolTip("Undo a merge of the selected files")
        self.separate_button.clicked.connect(lambda: self.separate())
        for text, keys, slot in (
            ("Rename Outlet…", "F2", lambda: self.rename_outlet()),
            ("Merge into One Outlet", "Ctrl+M", lambda: self.merge()),
        ):
            act = QAction(text, self.tree)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.tree.addAction(act)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.separate_button)
        buttons.addStretch(1)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_exclusion)
        self._filling = False
        self._filled = False
        #: rows still to be added while the tab is hidden
        self._pending: Iterator[QTreeWidgetItem] | None = None
        self._data: tuple[Analysis, frozenset[str]] | None = None
        #: the file of the row that was current when the story was last read again
        self._held: str | None = None
        #: each file's outlet, as the folder was last read (left-out files included)
        self._outlets: dict[str, str] = {}
        self._update_buttons()

    def _fit_columns(self) -> None:
        """The number columns as wide as their headings in the present font (sizing them
        to their contents would measure every row of a large story on each layout), and
        the outlets' column some 22 characters when there is room: larger text widens the
        number columns, never cuts their headings, and where the full headings would crowd
        the names and titles they are short (:meth:`_number_headings`). The titles' column
        takes the room they leave: the outlets' column gives way to it, down to
        :data:`OUTLET_CHARS` characters (its names elided), so that larger text in a narrow
        window still shows the headlines (:data:`TITLE_SHARE`); where the room is tight the
        two share it, each some :data:`OUTLET_FAIR_CHARS` characters or more. A width the
        reader gave the outlets' column stays so."""
        header = self.tree.header()
        chars = header.fontMetrics().averageCharWidth()
        numbers = self._number_headings(chars)
        if self._outlet_width is not None:
            outlets = self._outlet_width
        else:
            room = self.tree.viewport().width() - numbers
            share = round(room * (1 - TITLE_SHARE))
            if self._widest_outlet:
                # As wide as the longest name, within reason: "Associated Press" whole at
                # a 1024-pixel window, the titles keeping at least as much room.
                wanted = self._widest_outlet
                fair = self._outlet_frame() + chars * OUTLET_FAIR_CHARS
                # the titles keep the most room: a pixel more than the outlets at least
                most = math.ceil(room * OUTLET_SHARE) - 1
                share = max(share, min(most, max(room - chars * 20, fair)))
            else:
                wanted = max(210, chars * 22)
            # never narrower than its heading ("Outlet", not "Out"), nor than a check box
            # and a few characters of a name ("Lowl…", not "L…")
            least = max(self._outlet_frame() + chars * OUTLET_CHARS, header.sectionSizeHint(0))
            # and no word of a name cut through ("Northb… Today"): a name too long for the
            # column goes on to a second line at a word's end, the titles keeping as much
            # room at least
            least = max(least, min(self._longest_word, room // 2))
            outlets = max(least, min(wanted, share))
        if outlets != self.tree.columnWidth(0):
            self._fitting = True
            try:
                self.tree.setColumnWidth(0, outlets)
            finally:
                self._fitting = False

    def _number_headings(self, chars: int) -> int:
        """Head the number columns in full ("Sentences", "Corroborated") while the room
        they leave holds :data:`FULL_HEADINGS_CHARS` characters of names and titles and the
        longest outlet's name whole beside as wide a titles' column, else
        short ("Sent.", "Backed"; the full heading is said on the tooltip and to a screen
        reader); each column as wide as its heading. Returns their width together."""
        header = self.tree.header()
        heading = self.tree.headerItem()
        metrics = header.fontMetrics()
        # what the header adds round each heading's text (margins, a sort arrow's room)
        frames = {
            col: header.sectionSizeHint(col) - metrics.horizontalAdvance(heading.text(col))
            for col in (2, 3)
        }
        full = sum(metrics.horizontalAdvance(_COLUMNS[c]) + frames[c] + 8 for c in (2, 3))
        room = self.tree.viewport().width() - full
        # names before headings: the full ones only where the longest outlet's name stays
        # whole beside them (the titles keeping as much room, :data:`OUTLET_SHARE`)
        least = max(
            self._outlet_frame() + chars * FULL_HEADINGS_CHARS,
            math.ceil(self._widest_outlet / OUTLET_SHARE) + 2,
        )
        roomy = room >= least
        names = _COLUMNS if roomy else SHORT_COLUMNS
        numbers = 0
        for col in (2, 3):
            if heading.text(col) != names[col]:
                heading.setText(col, names[col])
            width = metrics.horizontalAdvance(names[col]) + frames[col] + 8
            self.tree.setColumnWidth(col, width)
            numbers += width
        return numbers

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        """The reader dragged the outlets' column's edge: its width is theirs from now on.
        The header raising a column narrower than its least width up to it (larger text
        raises that least width) is no width the reader chose: the column is fitted.
        Whatever moved it, the rows are laid out again, once: a name or title may now take
        one line or two."""
        if column in (0, 1):
            self._relayout.start()
        if column != 0 or self._fitting:
            return
        if old < new == self.tree.header().minimumSectionSize():
            QTimer.singleShot(0, self, self._fit_columns)
            return
        self._outlet_width = new

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            rows = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            listed = [row for row in rows if row is not None]
            self._widest_outlet = max(self._outlet_needs(listed), default=0)
            self._longest_word = max(self._outlet_needs(listed, by_word=True), default=0)
            self._fit_columns()
            self._fit_hint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_hint()
        self._relayout.start()  # rows of two lines may fit now, or no longer

    def _list_room(self) -> int:
        """The height the list's rows could have, the hint over it left out."""
        layout = self.layout()
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        room = self.height() - margins.top() - margins.bottom()
        room -= self._buttons.sizeHint().height() + layout.spacing()
        return room - self.tree.header().sizeHint().height() - 2 * self.tree.frameWidth()

    def _fit_hint(self) -> None:
        """The hint over the list, whole while the list keeps :data:`LIST_ROWS` rows in
        sight under it; else its first sentence; else (large text on a short window)
        none, so that the list is never squeezed to a row nor the hint cut through its
        lines. The tooltip says it whole whenever it is not."""
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        room = self._list_room() - self._first_rows_height()
        metrics = self.hint.fontMetrics()
        shown = ""
        for text in (HINT, HINT_SHORT):
            lines = metrics.boundingRect(0, 0, max(width, 1), 100_000, _WRAP, text)
            if lines.height() + layout.spacing() <= room:
                shown = text
                break
        if self.hint.text() != shown:
            self.hint.setText(shown)
        self.hint.setVisible(bool(shown))
        cut = shown != HINT
        self.hint.setToolTip(HINT if cut else "")
        # A hint left out has no tooltip to hover: the list (to a screen reader) and the
        # Articles tab (hint_cut) say it whole instead.
        self.tree.setAccessibleDescription(HINT if cut else LIST_DESCRIPTION)
        if cut != self._hint_cut:
            self._hint_cut = cut
            self.hint_cut.emit(cut)

    _hint_cut = False

    def _first_rows_height(self) -> int:
        """How tall the list's first :data:`LIST_ROWS` rows are, as the list lays them out
        (an outlet's copies under it included): rows differ, one line or two, so each is
        measured, not the first taken for all. A list with fewer rows counts the rest at
        the last one's height (one line's before any row is there)."""
        heights: list[int] = []
        item = self.tree.topLevelItem(0)
        while item is not None and len(heights) < LIST_ROWS:
            heights.append(self.tree.indexRowSizeHint(self.tree.indexFromItem(item)))
            item = self.tree.itemBelow(item)
        last = heights[-1] if heights and heights[-1] > 0 else self.tree.fontMetrics().height() + 8
        return sum(h if h > 0 else last for h in heights) + (LIST_ROWS - len(heights)) * last

    @property
    def hint_is_cut(self) -> bool:
        """Whether the hint over the list is cut short or left out now."""
        return self._hint_cut

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The list's width changed (the window, the divider beside it): the columns are
        fitted to it again."""
        if event.type() == QEvent.Type.Resize and watched is self.tree.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def set_analysis(
        self,
        analysis: Analysis | None,
        excluded: frozenset[str] = frozenset(),
    ) -> None:
        """Show the story's articles (their counts of corroborated sentences, computed on
        the analysis once, are best computed off the GUI thread first).

        The rows are built when the view is first shown, so a 500-article story
        costs nothing while the user is reading the summary.
        """
        self._timer.stop()
        # The row in hand (an article just unticked, say) is current again once the
        # story is read again, so the keys go on from it, not from the top.
        # Another folder's row of the same file name is no row in hand.
        again = (
            analysis is not None
            and self._data is not None
            and self._data[0].folder == analysis.folder
        )
        current = self.tree.currentItem()
        self._held = _row_file(current) if again and current is not None else None
        if analysis is not None:
            # Who published each file, as last read: a left-out article is not read,
            # yet its row still names its outlet.
            if not again:
                self._outlets = {}
            self._outlets.update((a.file, a.outlet) for a in analysis.articles)
        self._data = None if analysis is None else (analysis, excluded)
        self._filled = False
        self._pending = None
        self._filling = True  # clearing moves the current row: no stale article shown
        self.tree.clear()
        self._widest_outlet = self._longest_word = 0
        self._filling = False
        if self.isVisible():
            self._ensure_filled()
        elif analysis is not None:
            # Built a few rows per turn of the event loop while the reader is on another
            # tab, so opening this one on a large story only lays the rows out.
            self._pending = self._rows(analysis, excluded)
            QTimer.singleShot(0, self, lambda rows=self._pending: self._fill_some(rows))

    def show_skipped(self, problems: Sequence[FileProblem]) -> None:
        """No article could be read: list each file skipped, with why, as the rows of a
        story would (its reason in full beside its name, not only in the banner)."""
        self.set_analysis(None)
        self._add(list(self._problem_rows(problems)))

    def _fill_some(self, rows: Iterator[QTreeWidgetItem]) -> None:
        if rows is not self._pending:
            return  # another story replaced it, or the tab was shown and filled it
        batch = list(islice(rows, ROWS_PER_TURN))
        self._add(batch)
        if len(batch) < ROWS_PER_TURN:
            self._pending = None
            self._filled = True
            self._hold_again()
            self._update_buttons()
        else:
            QTimer.singleShot(0, self, lambda: self._fill_some(rows))

    def _add(self, rows: list[QTreeWidgetItem]) -> None:
        self._filling = True
        self.tree.addTopLevelItems(rows)
        for row in rows:
            if row.childCount():
                row.setExpanded(True)
        self._filling = False
        widest = max(self._outlet_needs(rows), default=0)
        word = max(self._outlet_needs(rows, by_word=True), default=0)
        if widest > self._widest_outlet or word > self._longest_word:
            self._widest_outlet = max(widest, self._widest_outlet)
            self._longest_word = max(word, self._longest_word)
            self._fit_columns()
        if self.tree.topLevelItemCount() == len(rows):
            self._fit_hint()  # measured on the first rows now that they are there

    def _outlet_frame(self, depth: int = 1) -> int:
        """The outlets' column's width besides a name: the check box, the indent of a row
        ``depth`` levels down, the margins."""
        style = self.tree.style()
        # (the tree's own: the app's style draws the box larger at a larger text size)
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self.tree)
        box += 2 * style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        indent = self.tree.indentation() if self.tree.rootIsDecorated() else 0
        return box + indent * depth + 16

    def _outlet_needs(self, rows: list[QTreeWidgetItem], by_word: bool = False) -> Iterator[int]:
        """How wide the outlets' column must be to show each row's name whole on one line
        (or, ``by_word``, its longest word whole, a file's name standing in for an outlet's
        left out): the text in its font and the frame round it (:meth:`_outlet_frame`)."""
        for row in rows:
            children = (row.child(i) for i in range(row.childCount()))
            for depth, item in [(1, row), *((2, child) for child in children if child)]:
                metrics = QFontMetrics(item.font(0))
                if by_word and item.font(0).italic():
                    continue  # a file's name standing in, one long run: elided, not wrapped
                parts = item.text(0).split() if by_word else [item.text(0)]
                text = max((metrics.horizontalAdvance(part) for part in parts), default=0)
                yield text + self._outlet_frame(depth)

    def _ensure_filled(self) -> None:
        if self._filled or self._data is None:
            return
        rows = self._pending or self._rows(*self._data)
        self._pending = None
        self._add(list(rows))
        self._filled = True
        self._hold_again()
        self._update_buttons()

    def _hold_again(self) -> None:
        """Make the row the reader had in hand before the story was read again current,
        showing its article only while the tab is in sight."""
        held, self._held = self._held, None
        if held is None:
            return
        found = self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        item = next((i for i in found if _row_file(i) == held), None)
        if item is None:
            return
        self._filling = not self.isVisible()
        self.tree.setCurrentItem(item)
        self._filling = False

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_filled()
        super().showEvent(event)

    @staticmethod
    def _row(values: list[str], checked: bool | None = None) -> QTreeWidgetItem:
        """A detached row: filled before it joins the tree, so no change signal fires per field."""
        item = QTreeWidgetItem(values)
        item.setTextAlignment(2, _NUMBER_ALIGN)
        item.setTextAlignment(3, _NUMBER_ALIGN)
        if checked is not None:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _rows(self, analysis: Analysis, excluded: frozenset[str]) -> Iterator[QTreeWidgetItem]:
        """The tree's top-level rows, built one at a time (copies as their children)."""
        articles = analysis.articles  # article ids are their indices
        sentences, backed = analysis.sentence_counts, analysis.corroborated_counts

        merged = analysis.corrections.merged_files

        voice_of = analysis.voice_of

        def row(article_id: int, under: int | None = None) -> QTreeWidgetItem:
            a = articles[article_id]
            tip = f"{a.outlet}\n{a.file}"  # the name in full, should the column elide it
            if under is None:
                title = a.label
            elif a.file in merged:
                title = f"Same outlet (your correction) · {a.label}"
                tip += f"\nMerged with {articles[under].outlet}: counts as one outlet with it"
            elif not voice_of or voice_of[a.id] == voice_of[under]:
                title = f"Copy · {a.label}"
                tip += f"\nCopy of {articles[under].outlet}: counts as one outlet with it"
            elif voice_of[a.id] != a.id:  # a copy of another of the outlet's articles
                title = f"Copy · {a.label}"
                tip += f"\nCopy of {articles[voice_of[a.id]].file}: counts as one outlet with it"
            else:  # written apart, by the outlet of the row above
                title = f"Same outlet · {a.label}"
                tip += f"\nAnother article by {articles[under].outlet}: counted once"
            item = self._row([a.outlet, title, str(sentences[a.id]), str(backed[a.id])], True)
            item.setData(0, FileRole, a.file)
            item.setData(0, ArticleRole, a.id)
            if a.outlet_from == "file":
                _italic(item, 0)  # the text never names its outlet: the file name stands in
                item.setData(0, StandInRole, a.outlet)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, outlet_heading(a))
                tip += "\nThe article does not name its outlet: shown by its file name. Rename it (F2)."
            item.setToolTip(0, plain_tip(tip))
            item.setToolTip(
                1,
                plain_tip(a.title if a.has_headline else f"No headline found; it opens: {a.label}"),
            )
            if not a.has_headline:
                _italic(item, 1)  # the opening words stand in for a headline
            return item

        outlets = analysis.group_outlets
        for group in sorted(analysis.groups, key=lambda g: outlets[g.id].lower()):
            top = row(group.original)
            top.addChildren(
                [row(c, group.original) for c in sorted(set(group.articles) - {group.original})]
            )
            yield top
        for name in sorted(excluded):
            outlet = self._outlets.get(name)
            left_out = f"Left out · {name}" if outlet else "Left out"
            item = self._row([outlet or name, left_out, "", ""], False)
            item.setData(0, FileRole, name)
            item.setToolTip(0, plain_tip(f"{name} is left out; tick it to include it again"))
            item.setData(
                0, NoteRole, f"{name} is left out of this summary. Tick it to include it again."
            )
            yield item
        # The folder's own warnings (several stories) are the banner's, not a file's.
        yield from self._problem_rows(analysis.file_problems)

    def _problem_rows(self, problems: Sequence[FileProblem]) -> Iterator[QTreeWidgetItem]:
        warn = warning_sign(self.style())
        for problem in problems:
            if problem.kind == "off-topic":
                item = self._row([problem.file, f"Left out: {problem.reason}", "", ""], False)
                item.setData(0, IncludeRole, problem.file)
                item.setToolTip(0, plain_tip(f"{problem.file}: tick it to include it anyway"))
                note = f"{problem.file} was left out: {problem.reason}. Tick it to count it anyway."
            else:
                item = self._row([problem.file, f"Skipped: {problem.reason}", "", ""])
                note = (
                    f"{problem.file} was skipped: {problem.reason}. It is not part of this summary."
                )
            item.setData(0, NoteRole, note)
            item.setIcon(0, warn)
            item.setToolTip(1, plain_tip(problem.reason))
            yield item

    def excluded(self) -> frozenset[str]:
        """Files currently unticked."""
        if not self._filled and self._data is not None:
            return self._data[1]
        out = set()
        for item in tree_items(self.tree):
            name = item.data(0, FileRole)
            if name and item.checkState(0) == Qt.CheckState.Unchecked:
                out.add(name)
        return frozenset(out)

    def included(self) -> frozenset[str]:
        """Off-topic articles ticked to be counted after all."""
        out = set()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is None:
                continue
            name = item.data(0, IncludeRole)
            if name and item.checkState(0) == Qt.CheckState.Checked:
                out.add(name)
        return frozenset(out)

    def apply_now(self) -> None:
        """Skip the pause (used by tests and when the window closes)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit_exclusion()

    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == 0 and not self._filling:
            self._timer.start()

    def _emit_exclusion(self) -> None:
        self.exclusion_changed.emit(self.excluded())
        if self.included():
            self.inclusion_changed.emit(self.included())

    # -- the reader's corrections ---------------------------------------------------
    def selected_files(self) -> list[str]:
        """Article files of the selected rows (left-out and skipped rows are not articles)."""
        current = self.tree.currentItem()
        items = self.tree.selectedItems() or ([current] if current is not None else [])
        return [
            str(item.data(0, FileRole)) for item in items if item.data(0, ArticleRole) is not None
        ]

    def _group_files(self, file: str) -> list[str]:
        if self._data is None:
            return [file]
        analysis = self._data[0]
        article = analysis.article_named(file)
        if article is None:
            return [file]
        return list(analysis.group_files[analysis.group_of[article.id]])

    def rename_outlet(self, file: str | None = None, outlet: str | None = None) -> None:
        """Give the outlet of ``file`` (else of the selected row) a name; asks when not given."""
        if file is None:
            files = self.selected_files()
            if not files:
                return
            file = files[0]
        if outlet is None:
            current = self._outlet_of(file)
            others = self._data[0].group_outlets if self._data is not None else ()
            dialog = rename_dialog(self, file, current, others)
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return
            outlet = dialog.textValue()
        self.rename_requested.emit(self._group_files(file), outlet.strip())

    def merge(self, files: list[str] | None = None) -> None:
        """The reader says these files (else the selected ones) are one outlet."""
        files = files if files is not None else self.selected_files()
        if len(set(files)) >= 2:
            self.merge_requested.emit(sorted(set(files)))

    def separate(self, files: list[str] | None = None) -> None:
        files = files if files is not None else self.selected_files()
        if files:
            self.separate_requested.emit(sorted(set(files)))

    def _outlet_of(self, file: str) -> str:
        article = self._data[0].article_named(file) if self._data is not None else None
        return article.outlet if article is not None else ""

    def _show_in_hand(self, current: QTreeWidgetItem | None, _prev: object = None) -> None:
        """The row in hand, made current with nothing selected, is shown selected: its
        article is the one beside the list."""
        if current is not None and not self.tree.selectedItems():
            current.setSelected(True)  # the buttons follow, through the selection
        self._update_buttons()

    def _update_buttons(self) -> None:
        files = self.selected_files()
        self.rename_button.setEnabled(bool(files))
        self.merge_button.setEnabled(len(set(files)) >= 2)
        merged = self._data[0].corrections.merged_files if self._data is not None else frozenset()
        self.separate_button.setEnabled(bool(merged & set(files)))

    def _on_current(self, current: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if self._filling or current is None:
            return
        if current.data(0, ArticleRole) is None:
            # Not an article read: its article is not shown, nor the last one left in sight.
            self.file_selected.emit(str(current.data(0, NoteRole) or ""))
            return
        self.article_selected.emit(int(current.data(0, ArticleRole)))


class _WrappedCells(QStyledItemDelegate):
    """The articles' list's cells, an outlet's name or a title as tall as it takes to show
    it whole on up to :data:`WRAP_LINES` lines at its column's present width (the style
    wraps it at a word's end and elides the last line past them); the number columns one
    line. A view asks each row's height without its column's width, so it is given here.
    Rows keep to one line (names elided) where :data:`LIST_ROWS` rows of more would not
    fit in ``room()``, the list's height: rows in sight come before whole names."""

    def __init__(self, tree: QTreeWidget, room: Callable[[], int]) -> None:
        super().__init__(tree)
        self._tree = tree
        self._room = room
        #: the text's width in a cell, by what it is worked out from (the style's measure
        #: is the slow part of a row's height, and a column's cells share it)
        self._text_widths: dict[tuple[int, int, bool, str, int], int] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        column = index.column()
        if column > 1:
            return hint
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        metrics = QFontMetrics(cell.font)
        width = self._text_width(cell, column, index, hint.height())
        if metrics.horizontalAdvance(cell.text) <= width:
            return hint  # one line holds it
        text = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), int(_WRAP), cell.text)
        lines = min(WRAP_LINES, max(1, round(text.height() / max(1, metrics.lineSpacing()))))
        taller = hint.height() + (lines - 1) * metrics.lineSpacing()
        if lines > 1 and LIST_ROWS * taller <= self._room():
            hint.setHeight(taller)
        return hint

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        name = index.data(StandInRole) if index.column() == 0 else None
        if name:
            option.text = self._stand_in(option, index, str(name))

    def _stand_in(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, name: str
    ) -> str:
        """A file's name standing in for an outlet as its cell shows it, marked as every
        pane marks it (:func:`outlet_heading`): whole where it fits; else the name cut in
        its middle to the cell's width with the mark on a second line, or, on a row of one
        line, the name cut shorter to leave the mark room beside it. One long run, the
        style would otherwise cut its end and the mark with it ("0010_4a3…")."""
        marked = name + FILE_NAME_MARK
        metrics = QFontMetrics(option.font)
        cell = QStyleOptionViewItem(option)
        height = option.rect.height() if option.rect.isValid() else metrics.height()
        width = max(1, self._text_width(cell, 0, index, height))
        if metrics.horizontalAdvance(marked) <= width:
            return marked
        one_line = option.rect.isValid() and option.rect.height() < 2 * metrics.lineSpacing()
        if one_line:
            left = width - metrics.horizontalAdvance(FILE_NAME_MARK)
            if left >= metrics.horizontalAdvance("00…00"):
                return metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, left) + FILE_NAME_MARK
        return metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width) + FILE_NAME_MARK

    def _text_width(
        self,
        cell: QStyleOptionViewItem,
        column: int,
        index: QModelIndex | QPersistentModelIndex,
        height: int,
    ) -> int:
        """How wide the text of ``cell`` may run: its column less the row's indent, a
        check box, an icon and the margins, as the style lays the cell out."""
        width = self._tree.columnWidth(column)
        if column == 0:
            depth, parent = int(self._tree.rootIsDecorated()), index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self._tree.indentation() * depth
        features = QStyleOptionViewItem.ViewItemFeature
        checked = bool(cell.features & features.HasCheckIndicator)
        key = (
            column,
            width,
            checked,
            cell.font.key(),
            int(bool(cell.features & features.HasDecoration)),
        )
        known = self._text_widths.get(key)
        if known is None:
            if len(self._text_widths) > 64:  # a window resized again and again
                self._text_widths.clear()
            style = self._tree.style()
            cell.rect = QRect(0, 0, max(1, width), height)
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, self._tree)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, cell, self._tree)
            known = self._text_widths[key] = room.width() - 2 * (margin + 1)
        return known


def _row_file(item: QTreeWidgetItem) -> str | None:
    """The file a row stands for: an article, a left-out or an off-topic one."""
    name = item.data(0, FileRole) or item.data(0, IncludeRole)
    return str(name) if name else None


def rename_dialog(
    parent: QWidget, file: str, current: str, outlets: Sequence[str] = ()
) -> QInputDialog:
    """Asks for the outlet's name, offering the story's other outlets (choosing one makes
    them one outlet) and completing what is typed from them; the file name in its text is
    plain text, never markup."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle("Rename Outlet")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    names = sorted({o for o in outlets if o and o != current}, key=str.casefold)
    if names:
        dialog.setComboBoxItems([current, *names])
        dialog.setComboBoxEditable(True)
    dialog.setLabelText(
        f"The outlet that published {file} (and its copies).\n"
        "An outlet already in the story (choose it from the list) makes them one outlet;\n"
        "leave empty to use the name Corroborate found."
    )
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    for box in dialog.findChildren(QComboBox):
        box.setAccessibleName("Outlet name")
        completer = box.completer()
        if completer is not None:  # "ledger" finds "The Valley Ledger", in any case
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    dialog.setTextValue(current)
    return dialog


def _italic(item: QTreeWidgetItem, column: int) -> None:
    """Set one column of a row in italics: a stand-in, not what the article says."""
    font = item.font(column)
    font.setItalic(True)
    item.setFont(column, font)
