"""No module of the product imports itself back, however indirectly.

import-linter's ``acyclic_siblings`` contract (pyproject.toml) checks whole packages and
modules against their siblings; this check holds every single module to having no cycle, also
one that runs through modules of different packages.
"""

from __future__ import annotations

import grimp

PRODUCT = ("contract", "durable", "config", "scanner", "video", "sync", "kiosk", "backoffice")


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    modules = sorted(graph.modules)
    imports = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in modules:
        if root in order:
            continue
        work = [(root, 0)]
        while work:
            module, position = work.pop()
            if position == 0:
                order[module] = low[module] = len(order)
                stack.append(module)
                on_stack.add(module)
            targets = imports[module]
            if position < len(targets):
                work.append((module, position + 1))
                target = targets[position]
                if target not in order:
                    work.append((target, 0))
                elif target in on_stack:
                    low[module] = min(low[module], order[target])
                continue
            if low[module] == order[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
    return groups


def test_no_module_of_the_product_is_part_of_an_import_cycle() -> None:
    assert import_cycles(grimp.build_graph(*PRODUCT, cache_dir=None)) == []


def test_the_check_finds_a_cycle() -> None:
    graph = grimp.build_graph(*PRODUCT, cache_dir=None)
    graph.add_import(importer="kiosk.clock", imported="kiosk.app")  # app imports clock
    assert any({"kiosk.app", "kiosk.clock"} <= set(group) for group in import_cycles(graph))
