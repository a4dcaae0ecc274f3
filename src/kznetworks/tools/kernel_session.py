"""One Jupyter kernel that runs chapter after chapter, each in a fresh namespace.

Starting a kernel and importing the package costs seconds; the test suite runs every
chapter, so it keeps one kernel per worker and runs each chapter after ``%reset -f``
(the chapter sees none of the previous one's names), in its own folder and with the
environment Quarto would give it. :func:`kznetworks.tools.chapter_runner.execute_formats`
starts a new kernel for each chapter, as Quarto does.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from kznetworks.book.structure import parse_chapter, project_root
from kznetworks.tools.chapter_runner import ChapterExecutionError, kernel_manager

__all__ = ["KernelSession"]

_OUTPUTS = {"stream", "display_data", "execute_result", "error"}


class KernelSession:
    """A kernel that runs chapters one after another, each in a fresh namespace.

    Parameters
    ----------
    timeout : int, default 300
        Seconds allowed for each cell.

    Examples
    --------
    >>> with KernelSession() as session:
    ...     runs = session.run(project_root() / "chapters" / "citing.qmd")
    >>> sorted(runs)
    ['html']
    """

    def __init__(self, timeout: int = 300) -> None:
        self.timeout = timeout
        self._folder = tempfile.TemporaryDirectory()
        self._manager = kernel_manager(Path(self._folder.name))
        self._manager.start_kernel()
        self._client = self._manager.client()
        self._client.start_channels()
        self._client.wait_for_ready(timeout=timeout)

    def __enter__(self) -> KernelSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the kernel and remove its files."""
        self._client.stop_channels()
        if self._manager.has_kernel:
            self._manager.shutdown_kernel(now=True)
        self._folder.cleanup()

    def execute(self, code: str) -> list[Any]:
        """Run code in the kernel, outside any chapter; return its outputs.

        The state it leaves in imported modules outlives the fresh namespace each chapter
        gets, so a test can, for example, point the package at another copy of the data
        (``kznetworks.data.using``) before running chapters.

        Parameters
        ----------
        code : str
            Python source.

        Returns
        -------
        list
            The outputs (``nbformat`` output nodes), errors included.

        Examples
        --------
        >>> with KernelSession() as session:
        ...     [out["text"].strip() for out in session.execute("print(6 * 7)")]
        ['42']
        """
        return self._execute(code)

    def _execute(self, code: str) -> list[Any]:
        import nbformat

        outputs: list[Any] = []

        def collect(msg: dict[str, Any]) -> None:
            if msg["msg_type"] in _OUTPUTS:
                outputs.append(nbformat.v4.output_from_msg(msg))

        self._client.execute_interactive(
            code, output_hook=collect, timeout=self.timeout, allow_stdin=False
        )
        return outputs

    def run(
        self, path: Path, root: Path | None = None, targets: tuple[str, ...] = ("html",)
    ) -> dict[str, Any]:
        """Run one chapter for each output format, from a fresh namespace each time.

        Parameters
        ----------
        path : pathlib.Path
            The chapter.
        root : pathlib.Path, optional
            The project root.
        targets : tuple of str, default ("html",)
            The output formats.

        Returns
        -------
        dict
            For each format, a notebook of the chapter's cells with their outputs.

        Raises
        ------
        ChapterExecutionError
            Naming the chapter, the format, the cell and its line, and the error.
        """
        import nbformat

        chapter = parse_chapter(path)
        root = (root or project_root()).resolve()
        folder = path.resolve().parent
        runs = {}
        for target in targets:
            env = {
                "KZNETWORKS_TARGET": target,
                "QUARTO_PROJECT_ROOT": str(root),
                "QUARTO_DOCUMENT_PATH": str(folder),
                "QUARTO_DOCUMENT_FILE": path.name,
            }
            prelude = (
                "%reset -f\nimport os as _os\n"
                f"_os.chdir({str(folder)!r})\n_os.environ.update({json.dumps(env)})\ndel _os"
            )
            self._execute(prelude)
            nb = nbformat.v4.new_notebook()
            for number, cell in enumerate(chapter.cells, start=1):
                source = cell["source"] if cell["kind"] == "cell" else f"print({cell['source']})"
                outputs = self._execute(source)
                errors = [o for o in outputs if o.get("output_type") == "error"]
                if errors:
                    where = f"cell {number} ({cell['kind']}, line {cell['line']})"
                    where += f" for {target}" if len(targets) > 1 else ""
                    raise ChapterExecutionError(
                        f"{path.name}: {where} raised {errors[0]['ename']}: {errors[0]['evalue']}"
                    )
                code = nbformat.v4.new_code_cell(source)
                code.outputs = outputs
                nb.cells.append(code)
            runs[target] = nb
        return runs
