#!/usr/bin/env python3
"""Which of whyrelu's C2 compilations passed C2's node-count inlining cutoff.

Reads HotSpot LogCompilation files (-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation
-XX:LogFile=...). Past NodeCountInliningCutoff (18 000 nodes, fixed in product builds) C2 stops
inlining force-inline methods as it parses and queues them to inline late. The Vector API's own
intrinsics (jdk.internal.vm.vector.VectorSupport) are always queued on JDK 17; any other method
inlined late therefore means the parse passed the cutoff, and from there an intrinsic can meet an
operand whose vector class C2 cannot prove yet, fail, and box (docs/design.md, rule 15).

Usage: late_inlines.py FILE... ; exit status 1 when some compilation of ours passed the cutoff.
"""
import collections
import re
import sys

OURS = 'io.whyrelu.kernels'
# Late for other reasons than the cutoff: method-handle linkers are always inlined late.
ALWAYS_LATE = ('VectorSupport', 'Invokers$Holder', 'LambdaForm$MH', 'LambdaForm$DMH')


def tasks(text):
    """(method, osr, body) of every C2 task (C1 tasks carry a level attribute)."""
    for task in re.finditer(r"<task ([^>]*)>(.*?)</task>", text, re.S):
        attrs, body = task.group(1), task.group(2)
        if "level='" in attrs:
            continue
        method = re.search(r"method='([^']*)'", attrs).group(1)
        yield method, 'osr_bci' in attrs, body


def late_inlined(body):
    """Holder.name of every method the task inlined late (ids are local to the task)."""
    klass = dict(re.findall(r"<klass id='(\d+)' name='([^']+)'", body))
    names = {}
    for m in re.finditer(r"<method id='(\d+)' holder='(\d+)' name='([^']+)'", body):
        holder = re.split(r'[/.]', klass.get(m.group(2), '?'))[-1]
        names[m.group(1)] = holder + '.' + m.group(3)
    return [names.get(i, '?') for i in re.findall(r"<late_inline method='(\d+)'", body)]


def main(paths):
    crossed = 0
    for path in paths:
        with open(path, errors='replace') as f:
            text = f.read()
        for method, osr, body in tasks(text):
            if OURS not in method:
                continue
            late = [m for m in late_inlined(body) if not m.startswith(ALWAYS_LATE)]
            if late:
                crossed += 1
                klass, name = method.split(' ')[:2]
                top = ', '.join(f'{m} ×{n}' for m, n in collections.Counter(late).most_common(4))
                print(f"{path}: {klass.split('.')[-1]}.{name}{' (OSR)' if osr else ''}: "
                      f"{len(late)} calls inlined late ({top})")
    print(f'{crossed} compilation(s) of ours past the cutoff')
    return 1 if crossed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
