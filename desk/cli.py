"""The command line. `desk` opens the GUI; subcommands (`desk.commands`) run the same operations without it.

Every command ends the same way when it fails (`desk.errors.classify`): the user's error prints one line
`desk: error: …` and exits 1; a bug goes with its traceback to the log (`desk.logs`), prints one line naming the
log and exits 2. With `--json` that line is a JSON document on stderr instead.

What it says to people is in the user's language (`speak`): DESK_LANG when set (en, ru or zh_CN), else the
environment's as POSIX programs read it (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG; C and POSIX are English), else on
Windows and macOS the language of the user's interface; English when Desk does not speak it. With `--json` it is
English whatever the language, for scripts."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import cast

from desk import __version__
from desk.commands import Commands, Parser, add_common_options, common_options, register_all
from desk.commands.open_bundle import file_as_command
from desk.commands.self_test import HELP as SELF_TEST_HELP
from desk.commands.self_test import SelfTestOption
from desk.language import Catalog, use, words
from desk.paths import choose_data_dir, resource

EXIT_USER_ERROR = 1
EXIT_BUG = 2
EXIT_INTERRUPTED = 130

ENV_LANGUAGE = "DESK_LANG"  # en, ru or zh_CN: the command line's language, whatever the environment says
LANGUAGES = ("en", "ru", "zh_CN")  # what Desk speaks: resources/translations/desk_<language>.ts each
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # the first set is the locale of messages

_log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = Parser(
        prog="desk",
        description=words.tr("Desk: orders, supplier disputes, refunds and evidence, until the money is back."),
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    add_common_options(parser, top=True)
    parser.add_argument("--self-test", nargs=0, action=SelfTestOption, help=words.tr(SELF_TEST_HELP))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", parents=[common], help=words.tr("open the main window (the default)"))
    register_all(cast(Commands, commands), common)  # its parsers are Parsers, which the modules need not know
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """`desk` with `argv`, or with the process's own command line (the `desk` and `python -m desk` entry points)."""
    collecting = gc.isenabled()
    gc.disable()  # until the command runs: see _collect_from_here
    try:
        return _main(argv)
    finally:
        # on every way out (a usage error too), for a caller that runs `desk` in its own process
        if collecting:
            gc.enable()
        else:
            gc.disable()


def _main(argv: Sequence[str] | None) -> int:
    from desk import standard_streams
    from desk.logs import log_uncaught

    standard_streams.prepare()  # first: UTF-8 into pipes and files, the null device where a windowed app has none
    log_uncaught()  # and a bug nobody catches reaches the log, also where there is no stderr to show it
    arguments = file_as_command(sys.argv[1:] if argv is None else argv)  # `desk FILE.zip`: Open with
    Parser.json_errors = "--json" in arguments  # known before parsing, for a usage error's JSON
    speak("en" if Parser.json_errors else language_from(os.environ))  # before the parser: its help is words too
    args = build_parser().parse_args(arguments)
    try:
        data_dir = choose_data_dir(args.data)  # a team server's address is refused here when it holds a password
    except Exception as exc:
        return report(exc, Path(), command=args.command, as_json=args.json)
    try:
        return _run(args, data_dir, whole_process=argv is None)
    except KeyboardInterrupt:
        print("desk: " + words.tr("interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `desk orders | head`: the reader left; nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so that the exit's flush is quiet
        return EXIT_USER_ERROR
    except Exception as exc:
        return report(exc, data_dir, command=args.command, as_json=args.json)


def report(exc: BaseException, data_dir: Path, *, command: str | None = None, as_json: bool = False) -> int:
    """Say what went wrong, on stderr, the one way every command does; the exit code."""
    from desk.commands.output import print_error
    from desk.errors import classify
    from desk.logs import log_bug, traceback_text
    from desk.paths import DB_NAME

    problem = classify(exc, database=data_dir / DB_NAME)
    if not problem.is_bug:
        print_error(problem, as_json=as_json)
        return EXIT_USER_ERROR
    log = log_bug(exc, f"running `desk {command or 'gui'}`")
    if log is None and not as_json:
        sys.stderr.write(traceback_text(exc))  # no log could be written: the bug must leave a trace somewhere
    print_error(problem, log=log, as_json=as_json)
    return EXIT_BUG


# -- the command line's language ------------------------------------------------------------------------------------


def speak(language: str) -> None:
    """Say the core's words in `language` (one of LANGUAGES) from now on. Its catalog is read when the first word is
    asked, not before: English reads its own (the plural forms: "1 file", "2 files") only for a plural."""
    use(CoreWords(language))


def language_from(environ: Mapping[str, str], system: Callable[[], Sequence[str]] | None = None) -> str:
    """The language the command line speaks, one of LANGUAGES: DESK_LANG when it names one; else, as POSIX programs
    (gettext) choose, English for the C or POSIX locale, else the first of LANGUAGE's list (`ru:en`) Desk speaks, or
    without LANGUAGE the locale of messages (LC_ALL, LC_MESSAGES, LANG: the first set); with none of them set, the
    languages of the user's interface (`system`, by default `system_languages`: Windows and macOS). Traditional
    Chinese (zh_TW, zh_HK, zh-Hant) is not taken for Simplified; English when nothing names a language Desk speaks."""
    chosen = spoken(environ.get(ENV_LANGUAGE, ""))
    if chosen is not None:
        return chosen
    locale_name = next((environ[name] for name in _LOCALE_VARIABLES if environ.get(name)), "")
    if _is_c(locale_name):
        return "en"  # gettext hears no LANGUAGE in the C locale either
    tags = [tag for tag in environ.get("LANGUAGE", "").split(":") if tag] or ([locale_name] if locale_name else [])
    if not tags:
        tags = list((system or system_languages)())
    return next((found for found in map(spoken, tags) if found is not None), "en")


def spoken(tag: str) -> str | None:
    """The language of LANGUAGES a locale name or language tag means (`ru_RU.UTF-8`, `zh-Hans-CN`, `en`, `C`), None
    when it is one Desk does not speak (Traditional Chinese among them)."""
    name = tag.strip().split(".")[0].split("@")[0].replace("-", "_")
    if _is_c(name):
        return "en"
    language, *rest = name.split("_")
    details = {part.lower() for part in rest}
    if language.lower() in ("en", "ru"):
        return language.lower()
    if language.lower() == "zh":
        traditional = "hant" in details or (bool(details & {"tw", "hk", "mo"}) and "hans" not in details)
        return None if traditional else "zh_CN"
    return None


def _is_c(locale_name: str) -> bool:
    return locale_name.strip().split(".")[0] in ("C", "POSIX")


def system_languages() -> list[str]:
    """The languages of the user's interface on Windows and macOS, most preferred first ([] elsewhere, and where they
    cannot be read): there a terminal's environment seldom names one."""
    try:
        if sys.platform == "win32":
            import ctypes
            import locale

            ui_language = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined,unused-ignore]
            return [locale.windows_locale.get(int(ui_language), "")]
        if sys.platform == "darwin":
            return _mac_languages()
    except Exception:  # a system that will not say: English, never a failed command
        _log.info("the languages of the user's interface could not be read", exc_info=True)
    return []


def _mac_languages() -> list[str]:
    """macOS's preferred languages (System Settings › Language & Region), as CoreFoundation lists them: `ru-RU`."""
    import ctypes

    found = ctypes.CDLL("/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation")
    found.CFLocaleCopyPreferredLanguages.restype = ctypes.c_void_p
    found.CFLocaleCopyPreferredLanguages.argtypes = []
    found.CFArrayGetCount.restype = ctypes.c_long
    found.CFArrayGetCount.argtypes = [ctypes.c_void_p]
    found.CFArrayGetValueAtIndex.restype = ctypes.c_void_p
    found.CFArrayGetValueAtIndex.argtypes = [ctypes.c_void_p, ctypes.c_long]
    found.CFStringGetCString.restype = ctypes.c_bool
    found.CFStringGetCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_long, ctypes.c_uint32]
    found.CFRelease.restype = None
    found.CFRelease.argtypes = [ctypes.c_void_p]
    utf8 = 0x08000100  # kCFStringEncodingUTF8
    languages = found.CFLocaleCopyPreferredLanguages()
    if not languages:
        return []
    try:
        tags = []
        for index in range(found.CFArrayGetCount(languages)):
            buffer = ctypes.create_string_buffer(128)
            if found.CFStringGetCString(found.CFArrayGetValueAtIndex(languages, index), buffer, len(buffer), utf8):
                tags.append(buffer.value.decode("utf-8"))
        return tags
    finally:
        found.CFRelease(languages)


class CoreWords:
    """The core's words in `language`, from its catalog (`path`, by default the shipped desk_<language>.ts) read
    the first time one is asked. A catalog that cannot be read leaves the words English: a command never fails for
    its language."""

    def __init__(self, language: str, path: Path | None = None) -> None:
        self.language = language
        self.path = path
        self._translate: Callable[[str, str, str | None, int], str] | None = None

    def __call__(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        if self._translate is None:
            if self.language == "en" and n < 0:
                return source  # English's catalog holds only its plural forms
            self._translate = self._read()
        return self._translate(context, source, disambiguation, n)

    def _read(self) -> Callable[[str, str, str | None, int], str]:
        try:
            path = self.path or resource("translations", f"desk_{self.language}.ts")
            return Catalog.read(path).translate
        except Exception:  # missing, unreadable or damaged: English
            _log.info("the %s catalog could not be read: the command line speaks English", self.language, exc_info=True)
            return Catalog("en", {}).translate


def _collect_from_here(whole_process: bool) -> None:
    """The cyclic collector back on, for the command's own work, with what start-up made set aside for good. Start-up
    (the database layer's classes, the models, the folder opened) allocates hundreds of thousands of objects that
    live as long as the process; the collector walked them again and again as they came (about a quarter of a
    short command's time, measured) and could free none of them. A caller that runs `desk` in its own process (a
    test) keeps its objects collectable: only the `desk` process sets everything aside."""
    if whole_process:
        gc.freeze()
    gc.enable()


def _run(args: argparse.Namespace, data_dir: Path, *, whole_process: bool) -> int:
    if args.command in (None, "gui"):
        from desk.ui.app import run_gui

        _collect_from_here(whole_process)
        return run_gui(data_dir)
    if not args.needs_workspace:
        _collect_from_here(whole_process)
        return int(args.handler(args, data_dir))
    from desk.commands.output import print_note
    from desk.logs import use_data_folder
    from desk.workspace import Workspace

    with Workspace.open(data_dir) as ws:
        use_data_folder(ws.root)  # a bug from here on is logged in the folder's logs/
        if ws.warning is not None:  # a data folder on a network drive
            print_note(ws.warning, as_json=args.json)
        _collect_from_here(whole_process)
        return int(args.handler(args, ws))
