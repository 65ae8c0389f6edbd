"""Every notebook runs from top to bottom (nbclient); a failing cell fails the test. The plot of targets is
checked as a reader sees it: one colour per company, no label drawn over another."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

# Run in the kernel after the notebook: what the targets plot (`fig`, `ax`, `targets`) shows.
PLOT_CHECK = """
import json as _json
_renderer = fig.canvas.get_renderer()
_boxes = [_t.get_window_extent(_renderer) for _t in ax.texts]
_colours = [tuple(float(v) for v in _c.get_facecolor()[0]) for _c in ax.collections]
print("PLOT " + _json.dumps({
    "labels": len(_boxes),
    "overlapping": [[ax.texts[i].get_text(), ax.texts[j].get_text()] for i in range(len(_boxes))
                    for j in range(i + 1, len(_boxes)) if _boxes[i].overlaps(_boxes[j])],
    "companies": int(targets["subject_doc"].nunique()), "series": len(_colours), "colours": len(set(_colours)),
}))
"""


def test_there_is_a_notebook_to_start_from():
    assert NOTEBOOKS


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Each notebook run once, with the plot check appended: (its code cells' text output, the plot check)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    results = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLBACKEND", "Agg")
        for path in NOTEBOOKS:
            notebook = nbformat.read(path, as_version=4)
            notebook.cells.append(nbformat.v4.new_code_cell(PLOT_CHECK))
            client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                             resources={"metadata": {"path": str(path.parent)}})
            client.execute()
            outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
            errors = [o for o in outputs if o.get("output_type") == "error"]
            text = "".join(o.get("text", "") for o in outputs)
            plot = next((json.loads(line[5:]) for line in text.splitlines() if line.startswith("PLOT ")), None)
            results[path.name] = (errors, text, plot)
    return results


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path, executed):
    errors, text, _ = executed[path.name]
    assert not errors
    assert "translation_mismatch" in text and "files in" in text
    assert (ROOT / "out" / "notebook" / "targets_over_time.png").exists()


def test_every_company_has_a_colour_of_its_own(executed):
    _, _, plot = executed["explore-claims.ipynb"]
    assert plot["companies"] > 10  # more than the ten colours matplotlib cycles through by default
    assert plot["series"] == plot["companies"] == plot["colours"]


def test_no_label_is_drawn_over_another(executed):
    _, _, plot = executed["explore-claims.ipynb"]
    assert plot["labels"] > 10
    assert plot["overlapping"] == []
