"""Hook: write the practice side's data files into the build.

``assets/practice/bank-<exam>.js`` (one question bank per exam),
``assets/practice/cards.js`` (glossary flashcards) and the Anki package, all
from the site index (``guide.practice``). They are generated files, so
Markdown links to them validate like links to any page.
"""

from guide import GuideError, state
from guide.practice import ANKI_FILE, BANK_DIR, anki_bytes, bank_script, cards_script, exam_bank, glossary_cards
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File


def on_files(files, config):
    index = state.current()

    def url(src):
        found = files.get_file_from_path(src)
        return found.url if found else src

    try:
        for exam in index.syllabus.exams:
            files.append(File.generated(config, f"{BANK_DIR}/bank-{exam}.js",
                                        content=bank_script(exam_bank(index, exam, url))))
        files.append(File.generated(config, f"{BANK_DIR}/cards.js",
                                    content=cards_script(glossary_cards(index.glossary, url("glossary.md")))))
        files.append(File.generated(config, ANKI_FILE, content=anki_bytes(index.glossary, index.questions)))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
    return files
