"""The Jinja2 templates: the defaults shipped in publisher/templates, overridable by the operator.

A file of the same name in the operator's folder replaces the default. HTML, XML and SVG
templates autoescape; Markdown and text templates get explicitly escaped values instead.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    Template,
    select_autoescape,
)

from publisher.html import markdown_escape, text_to_markdown

TEMPLATE_NAMES = (
    "page.html.j2",
    "page.md.j2",
    "index.html.j2",
    "index.md.j2",
    "social.txt.j2",
    "chart.svg.j2",
    "map.svg.j2",
    "style.css",
)


def environment(override_dir: Path | None = None) -> Environment:
    loaders: list[FileSystemLoader | PackageLoader] = []
    if override_dir is not None:
        loaders.append(FileSystemLoader(str(override_dir)))
    loaders.append(PackageLoader("publisher", "templates"))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(
            enabled_extensions=("html.j2", "xml.j2", "svg.j2", "html", "svg"),
            default_for_string=True,
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one publish: each template is compiled once, its file not re-checked
    )
    env.filters["md"] = lambda value: markdown_escape("" if value is None else str(value))
    env.filters["md_text"] = lambda value: text_to_markdown("" if value is None else str(value))
    return env


def get(env: Environment, name: str) -> Template:
    return env.get_template(name)


def fingerprint(override_dir: Path | None = None) -> str:
    """A hash of the templates in force: a change re-renders every page."""
    digest = hashlib.sha256()
    defaults = resources.files("publisher").joinpath("templates")
    for name in TEMPLATE_NAMES:
        override = override_dir / name if override_dir else None
        if override is not None and override.is_file():
            digest.update(override.read_bytes())
        else:
            digest.update(defaults.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]
