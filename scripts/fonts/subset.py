#!/usr/bin/python3
"""Makes the letter fonts of media/fonts: Liberation Serif and Sans 2.1.5 (Debian 12's fonts-liberation2) cut down
to the characters a California letter may hold, so the .vsix ships 4 fonts of about 220 KB instead of 400 KB each.

The PDF renderer embeds these fonts; a character outside them would print as an empty box, so the ranges are
generous (every Latin script, Greek, Cyrillic, punctuation, currency, symbols and arrows, math operators), and
test/render/fonts.test.ts checks that every character of the corpus letters, the examples and the renderer's own
wording has a glyph in each font. Hinting, every layout feature (kerning, ligatures) and the TrueType kern table
are kept, so the PDFs print as with the full fonts.

The Liberation fonts reserve their name (SIL Open Font License 1.1, media/fonts/OFL.txt): a subset is a Modified
Version, so it is renamed (IMR Letter Serif, IMR Letter Sans); copyright and licence records are kept.

Run as root on Debian 12: apt-get install python3-fonttools fonts-liberation2 && /usr/bin/python3 scripts/fonts/subset.py
(Debian's own Python, which has the fontTools the first package installs; then run test/render/fonts.test.ts)
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = os.environ.get('LIBERATION_DIR', '/usr/share/fonts/truetype/liberation2')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'media', 'fonts')

# (first, last) code points kept
RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement (° ± × ÷ µ ½ § ® ©)
    (0x0100, 0x024F),  # Latin Extended-A and -B
    (0x02B0, 0x036F),  # spacing modifiers and combining diacritical marks (names typed in decomposed form)
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x0400, 0x04FF),  # Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese names)
    (0x2000, 0x206F),  # General Punctuation (dashes, quotes, bullets, ellipsis)
    (0x2070, 0x209F),  # superscripts and subscripts
    (0x20A0, 0x20CF),  # currency symbols
    (0x2100, 0x214F),  # letterlike symbols (№ ™)
    (0x2150, 0x218F),  # number forms (⅓ ⅔)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (≤ ≥ ≈ ≠ −)
    (0x25A0, 0x25FF),  # geometric shapes (■ □ ● ◦)
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFFFD, 0xFFFD),  # replacement character
]

FONTS = {
    'LiberationSerif-Regular.ttf': 'IMRLetterSerif-Regular.ttf',
    'LiberationSerif-Bold.ttf': 'IMRLetterSerif-Bold.ttf',
    'LiberationSans-Regular.ttf': 'IMRLetterSans-Regular.ttf',
    'LiberationSans-Bold.ttf': 'IMRLetterSans-Bold.ttf',
}

# name records that carry the font's name (family, unique ID, full name, PostScript name, typographic and WWS
# names); copyright (0), trademark (7), licence (13, 14) and the rest stay as they are
NAME_IDS = {1, 3, 4, 6, 16, 17, 18, 21, 22}


def rename(font: TTFont) -> None:
    for record in font['name'].names:
        if record.nameID in NAME_IDS:
            text = record.toUnicode()
            renamed = text.replace('LiberationSerif', 'IMRLetterSerif').replace('LiberationSans', 'IMRLetterSans')
            renamed = renamed.replace('Liberation', 'IMR Letter')
            record.string = renamed
    for record in font['name'].names:
        if record.nameID in NAME_IDS and 'Liberation' in record.toUnicode():
            sys.exit(f'name record {record.nameID} still says Liberation: {record.toUnicode()}')


def main() -> None:
    unicodes = [cp for first, last in RANGES for cp in range(first, last + 1)]
    options = subset.Options()
    options.layout_features = ['*']  # kerning, ligatures...: as the full font
    # and the TrueType kern table, which fontkit (under pdfkit) reads beside GPOS: without it the PDF's spacing changes
    options.legacy_kern = True
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.hinting = True
    options.notdef_outline = True
    options.glyph_names = False
    for source, target in FONTS.items():
        # the source's timestamps are kept, so the files come out the same on every run
        font = TTFont(os.path.join(SOURCE, source), recalcTimestamp=False)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        rename(font)
        path = os.path.join(OUT, target)
        font.save(path)
        print(f'{target}: {os.path.getsize(path) // 1024} KB')


if __name__ == '__main__':
    main()
