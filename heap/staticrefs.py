"""Writes heap/staticrefs.inc: the references CPython 3.11's own objects
hold to its statically allocated objects (`make regen-staticrefs`).

In CPython 3.11 the small ints, the one-character latin-1 strs and bytes,
the empty str, bytes and tuple start with a reference count of 999999999,
and None, True, False, Ellipsis and NotImplemented with 1; the modules,
code objects and caches made at start-up then add their references.  The
simulated heap has none of those objects, so sys.getrefcount adds, for each
static object, the number this table gives.  So do the names: every
name-like str of the frozen modules' code (importlib, os, io, abc...) is
deep-frozen with a count of 999999999 too, and those, the builtins' own
attribute names and those of every type start-up readies (a static type's
dict holds each name as a key and its descriptor as d_name: hamt's
'delete', FileIO's 'closefd') are interned before a program runs, so the interned str a
program gets for 'x', 'name' or 'append' is CPython's and counts its
references (the names table, looked up by text for an interned str).

The numbers are measured, not computed: one probe program runs under the
judge (/usr/bin/python3, in the environment tests/py/regen.sh gives it)
and under heapviz; the program's own references are the same in both, so
the difference is what heapviz leaves out.  The table is a fixed point:
new = old + (python3's count - heapviz's count), so a rerun with an up to
date table changes nothing.

    staticrefs.py HEAPVIZ REGEN_SH OLD_INC > NEW_INC          (heap/staticrefs.inc)
    staticrefs.py HEAPVIZ REGEN_SH OLD_INC names > NEW_INC    (heap/staticnames.inc)
    staticrefs.py HEAPVIZ REGEN_SH OLD_INC tracemalloc > NEW_INC  (heap/staticrefs_tm.inc)
    staticrefs.py HEAPVIZ REGEN_SH OLD_INC names-tracemalloc > NEW_INC
                                                        (heap/staticnames_tm.inc)
    staticrefs.py HEAPVIZ REGEN_SH OLD_INC objects > NEW_INC  (heap/staticobjs.inc)
    staticrefs.py HEAPVIZ REGEN_SH OLD_INC objects-tracemalloc > NEW_INC
                                                        (heap/staticobjs_tm.inc)

`import tracemalloc` loads some thirty modules (pickle, re, enum,
collections, functools, tokenize...) whose code, constants and caches add
their own references: the tracemalloc table is what the same probe finds
after that import, counted on top of the first table (heapviz adds it once
the program has imported tracemalloc).  The names those modules bring
(their code's names and constants, their attributes and their classes')
are interned by then too: the names-tracemalloc table gives, for each name
of more than one character, the references the import adds (to a name
interned at start-up, or to one it interns itself: 'doc', 'fget' ...).  With PYTHONHASHSEED=0, as
regen.sh runs python3, these counts are the same from run to run and from
any directory, except None's (it moves by dozens from one run to the next:
no program may print it); another seed moves those of 0 and 1 by one.

Nothing is immortal in 3.11: the built-in types, the builtins' functions
and the modules count the references CPython holds to them too (type
dicts, MROs, tp_base of the types of the interpreter and of the modules
start-up loads, sys.modules, the builtins dict and its copy...).  The
objects table gives them by key: 'type:' and the type's tp_name,
'func:' and module.name for a module's function ('func:builtins.len'),
'module:' and the module's name, 'value:' and module.name for a simple
value of sys or gc ('value:sys.maxsize', 'value:gc.garbage'); its probe reaches every type heapviz has
by name or by an expression, every builtin function by name and every
function of sys, gc and tracemalloc heapviz has (what heapviz lacks is
left out).  The instances of a static type hold no reference to it; a
class holds three to its base (tp_base, __bases__ and __mro__) and one to
every other type of its mro, as the probe's own classes do in both.

A bytes of one byte is measured as bytes([i]) makes it (the bytes writer
returns the singleton; bytes((i,)) makes a new object).

The counts of the bytes singletons have parts that depend on the program
or its environment, which heapviz counts itself, so their entries hold
the rest.  The parser keeps each token's text as bytes in its arena
until the script has run (compile.c): a one-character token ('(', ',',
'x', '0'...) holds that byte's singleton, a token without text (NEWLINE, INDENT, DEDENT,
ENDMARKER) the empty one, and so do the tokens of each f-string field's
own parser.  Each code object holds b'' as an empty co_exceptiontable and
an empty co_localspluskinds (emit.c), and posix.environ holds it for each
environment variable with an empty name or value (`make` exports MAKEFLAGS
and MFLAGS empty when it has no flags) and a one-byte bytes for each
one-byte name or value (SHLVL=1, PYTHONHASHSEED=0, `_`), which heapviz
counts from its own environment (heap/environrefs.h): the probe runs
both in the same one, so the tables hold none of the environment's.

A name in the type attribute cache (a method name: '__await__',
'__build_class__') counts a reference more or less from one python3 run to
the next, the cache being indexed by the str's address; its entry holds
one of those counts.
"""
import os
import re
import subprocess
import sys
import tempfile

PROBE = '''import sys
r = sys.getrefcount
print('single none', r(None))
print('single true', r(True))
print('single false', r(False))
print('single ellipsis', r(...))
print('single notimpl', r(NotImplemented))
print('single empty_str', r(''))
print('single empty_bytes', r(b''))
print('single empty_tuple', r(()))
for i in range(-5, 257):
    print('int', i, r(i))
for i in range(256):
    print('chr', i, r(chr(i)))
for i in range(256):
    print('byte', i, r(bytes([i])))
'''


def code_strs(code, found):
    """Adds to found every str a code object (and the code nested in its
    constants) names or holds as a constant."""
    found.update(code.co_names + code.co_varnames + code.co_cellvars + code.co_freevars)
    found.update((code.co_name, code.co_qualname))
    for c in code.co_consts:
        if isinstance(c, str):
            found.add(c)
        elif hasattr(c, 'co_consts'):
            code_strs(c, found)
        elif isinstance(c, (tuple, frozenset)):
            found.update(x for x in c if isinstance(x, str))


# Prints the attribute names of every type a fresh python3 has made by the
# time it runs a program: the static types the interpreter readies at
# start-up whether or not a builtin names them (hamt's 'delete', FileIO's
# 'closefd', the io types' 'flush'), each a key of its type's dict and the
# name of the descriptor it holds, so interned.
STARTUP_TYPES = '''
seen = set()
todo = [object]
while todo:
    t = todo.pop()
    if t not in seen:
        seen.add(t)
        todo.extend(type.__subclasses__(t))
print(*{n for t in seen for n in vars(t)})
'''


def names():
    """Name-like strs CPython has interned at start-up: the frozen modules'
    code, the builtins' and sys's attribute names, the attribute names of
    every type start-up makes (without site: nothing but the interpreter's
    own)."""
    import _imp
    import builtins
    found = set()

    for name in _imp._frozen_module_names():
        code_strs(_imp.get_frozen_object(name), found)
    for obj in [builtins, sys] + [x for x in vars(builtins).values() if isinstance(x, type)]:
        found.update(dir(obj))
    found.update(subprocess.run([sys.executable, '-I', '-S', '-c', STARTUP_TYPES], check=True,
                                capture_output=True, text=True).stdout.split())
    return sorted(x for x in found if x and x.isascii() and all(ch.isalnum() or ch == '_' for ch in x))


def tm_names():
    """Name-like strs of more than one character that the modules `import
    tracemalloc` loads can intern: their code's (compiled from their
    sources), their attributes and those of their classes."""
    import importlib
    # which modules the import loads, from a fresh python3 (this script's
    # own imports load several of them)
    loaded = subprocess.run([sys.executable, '-c', 'import sys\nb = set(sys.modules)\n'
                             'import tracemalloc\nprint(*sorted(set(sys.modules) - b))'],
                            check=True, capture_output=True, text=True).stdout.split()
    found = set()

    for name in loaded:
        mod = importlib.import_module(name)
        found.update(dir(mod))
        found.update(n for x in vars(mod).values() if isinstance(x, type) for n in dir(x))
        src = getattr(mod, '__file__', None)
        if src and src.endswith('.py'):
            with open(src, encoding='utf-8') as f:
                code_strs(compile(f.read(), src, 'exec'), found)
    return sorted(x for x in found if len(x) > 1 and x.isascii() and
                  all(ch.isalnum() or ch == '_' for ch in x))


# The label is no name: print's pending text holds each str it writes, so
# a label 'name' would count references to the name 'name' (one-character
# names are the deep-frozen ones, other objects than the latin-1 singletons).
NAMES_PROBE = '''
for s in NAMES:
    print('@name', s, r(sys.intern(''.join(list(s)))))
'''


# What the probe of the objects table defines to reach the types no
# builtin names (OBJ_TYPES' expressions).
OBJ_SETUP = '''import sys
import gc
import _weakref
r = sys.getrefcount
def gen():
    yield 1
def outer():
    x = 1
    def inner():
        return x
    return inner
class Plain:
    def method(self):
        pass
class Slotted:
    __slots__ = ('a',)
class Indexed:
    def __getitem__(self, i):
        raise IndexError
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
d = {}
'''

# The built-in types heapviz has that no builtin names: tp_name and an
# expression giving the type.
OBJ_TYPES = [
    ('NoneType', 'type(None)'), ('NotImplementedType', 'type(NotImplemented)'),
    ('ellipsis', 'type(...)'), ('function', 'type(gen)'), ('code', 'type(gen.__code__)'),
    ('cell', 'type(outer().__closure__[0])'), ('method', 'type(Plain().method)'),
    ('builtin_function_or_method', 'type(len)'), ('method_descriptor', 'type(str.join)'),
    ('generator', 'type(gen())'), ('module', 'type(sys)'),
    ('list_iterator', 'type(iter([]))'), ('tuple_iterator', 'type(iter(()))'),
    ('range_iterator', 'type(iter(range(1)))'),
    ('longrange_iterator', 'type(iter(range(2 ** 64)))'),
    ('str_ascii_iterator', "type(iter(''))"), ('str_iterator', "type(iter('\\u20ac'))"),
    ('bytes_iterator', "type(iter(b''))"), ('bytearray_iterator', 'type(iter(bytearray()))'),
    ('memory_iterator', "type(iter(memoryview(b'')))"),
    ('managedbuffer', "type(gc.get_referents(memoryview(b''))[0])"),
    ('dict_keyiterator', 'type(iter(d))'),
    ('dict_valueiterator', 'type(iter(d.values()))'),
    ('dict_itemiterator', 'type(iter(d.items()))'), ('set_iterator', 'type(iter(set()))'),
    ('list_reverseiterator', 'type(reversed([]))'), ('dict_keys', 'type(d.keys())'),
    ('dict_values', 'type(d.values())'), ('dict_items', 'type(d.items())'),
    ('dict_reversekeyiterator', 'type(reversed(d))'),
    ('dict_reversevalueiterator', 'type(reversed(d.values()))'),
    ('dict_reverseitemiterator', 'type(reversed(d.items()))'),
    ('getset_descriptor', 'type(int.real)'), ('member_descriptor', 'type(Slotted.a)'),
    ('wrapper_descriptor', 'type(int.__add__)'), ('method-wrapper', 'type((1).__add__)'),
    ('mappingproxy', 'type(Plain.__dict__)'), ('iterator', 'type(iter(Indexed()))'),
    ('classmethod_descriptor', "type(dict.__dict__['fromkeys'])"),
    ('frame', 'type(tb.tb_frame)'), ('traceback', 'type(tb)'),
    ('_io.TextIOWrapper', 'type(sys.stdout)'),
    ('_io._TextIOBase', 'type(sys.stdout).__base__'),
    ('_io._IOBase', 'type(sys.stdout).__base__.__base__'),
    ('_frozen_importlib_external.SourceFileLoader', 'type(__loader__)'),
    ('weakref.ReferenceType', '_weakref.ref'),
]


def objects(tm):
    """The objects table's keys and an expression for each: the builtins'
    types and functions, the modules and their functions, the types no
    builtin names; with tm, tracemalloc and its classes too."""
    import builtins
    import gc
    import tracemalloc
    import _weakref
    found = {'type:' + key: expr for key, expr in OBJ_TYPES}
    # not the dunders: a module's own globals (__loader__, __spec__...)
    # hide the builtins' of those names
    for name in (n for n in dir(builtins) if not n.startswith('__')):
        x = getattr(builtins, name)
        if isinstance(x, type):
            found.setdefault('type:' + x.__name__, name)
            for attr, d in vars(x).items():         # its static methods (str.maketrans)
                if type(d) is staticmethod and type(d.__func__) is type(len):
                    found['func:%s.%s' % (x.__name__, attr)] = '%s.%s' % (name, attr)
        elif type(x) is type(len):
            found.setdefault('func:builtins.' + name, name)
    found['module:builtins'] = '__builtins__'
    found['main:__name__'] = '__name__'                 # sys.modules' key
    # what a module's first import adds to its interned name (vm.c: import_refs)
    found['import:gc'] = 'gc.__name__'
    if tm:
        found['import:tracemalloc'] = 'tracemalloc.__name__'
    found['loader:__main__'] = '__loader__'            # the script's loader (loader.c)
    found['loader:__main__.name'] = '__loader__.name'
    # a module's __name__ and __doc__ that are not interned (moddocs.py):
    # start-up's own strs, held by its md_dict and more
    for mod, expr in ((builtins, '__builtins__'), (sys, 'sys'), (gc, 'gc'), (tracemalloc, 'tracemalloc'),
                      (_weakref, '_weakref')):
        if mod.__name__ is not sys.intern(mod.__name__):
            found['modattr:%s.__name__' % mod.__name__] = expr + '.__name__'
        if mod.__doc__ is not None:
            found['modattr:%s.__doc__' % mod.__name__] = expr + '.__doc__'
    # the simple values sys holds from start-up (its dict and the copy of it
    # 3.11 keeps for re-initialization: builtins.c makes them static)
    for name in ('sys.maxsize', 'sys.byteorder', 'sys.argv', 'sys.argv[0]', 'sys.stdout', 'sys.stderr',
                 'gc.garbage', 'sys.version', 'sys.hexversion', 'sys.platform'):
        found['value:' + name] = name
    # sys's struct sequences (structseq.c) and their static types
    for name in ('version_info', 'float_info', 'int_info', 'hash_info', 'thread_info', 'flags'):
        found['value:sys.' + name] = 'sys.' + name
        found['type:sys.' + name] = 'type(sys.%s)' % name
    # sys.implementation and its type (namespace.c)
    found['value:sys.implementation'] = 'sys.implementation'
    found['type:types.SimpleNamespace'] = 'type(sys.implementation)'
    for mod in (sys, gc, _weakref, tracemalloc) if tm else (sys, gc, _weakref):
        found['module:' + mod.__name__] = mod.__name__
        for name in dir(mod):
            x = getattr(mod, name)
            if type(x) is type(len):
                found['func:%s.%s' % (mod.__name__, name)] = '%s.%s' % (mod.__name__, name)
            elif isinstance(x, type) and x.__module__ == mod.__name__:
                found['type:' + x.__name__] = '%s.%s' % (mod.__name__, name)
    return found


def objects_probe(tm):
    """The objects table's probe: each object's count where heapviz has
    it and it is of the key's kind (what heapviz lacks raises, and prints
    nothing)."""
    kinds = {'type': 'isinstance(x, type)', 'func': 'type(x) is type(len)',
             'module': 'type(x) is type(sys)', 'modattr': 'type(x) is str',
             'loader': "type(x).__name__ in ('SourceFileLoader', 'str')", 'main': 'type(x) is str', 'import': 'type(x) is str',
             'value': "type(x).__name__ in ('int', 'str', 'list', 'TextIOWrapper', 'version_info', 'float_info', "
                      "'int_info', 'hash_info', 'thread_info', 'flags', 'SimpleNamespace')"}
    lines = ['import tracemalloc\n' * tm + OBJ_SETUP]
    for key, expr in objects(tm).items():
        lines.append('try:\n    x = %s\nexcept Exception:\n    pass\nelse:\n'
                     '    if %s:\n        print(%r, %r, r(x))\n    del x\n'
                     % (expr, kinds[key.split(':')[0]], '@obj', key))
    return ''.join(lines)


def counts(out):
    table = {}
    for line in out.splitlines():
        kind, key, n = line.split()
        table[(kind.lstrip('@'), key)] = int(n)
    return table


def old_table(path):
    table = {}
    if not os.path.exists(path):
        return table
    text = open(path).read()
    for m in re.finditer(r'\[STATICREF_(\w+)\] = (-?\d+)', text):
        table[('single', m.group(1).lower())] = int(m.group(2))
    for m in re.finditer(r'\{"(\w+)", (-?\d+)\}', text):
        table[('name', m.group(1))] = int(m.group(2))
    for m in re.finditer(r'\{"(\w+:[^"]+)", (-?\d+)\}', text):
        table[('obj', m.group(1))] = int(m.group(2))
    for kind in ('int', 'chr', 'byte'):
        m = re.search(r'staticrefs(?:_tm)?_%s\[\] = \{([^}]*)\}' % kind, text)
        if m:
            vals = [int(x) for x in m.group(1).split(',') if x.strip()]
            first = -5 if kind == 'int' else 0
            for i, n in enumerate(vals):
                table[(kind, str(first + i))] = n
    return table


# What regen.sh unsets before it runs python3: heapviz must run the same
# way.  PYTHONUNBUFFERED above all: heapviz honours it as python3 does, and
# a write-through stdout keeps no pending text, so ' ' and '\n' (which the
# probe prints hundreds of times) would count hundreds of references fewer
# than under python3.
REGEN_UNSET = ('PYTHONMALLOC PYTHONMALLOCSTATS PYTHONTRACEMALLOC PYTHONDEVMODE PYTHONWARNINGS '
               'PYTHONPATH PYTHONHOME PYTHONSTARTUP PYTHONINSPECT PYTHONOPTIMIZE PYTHONDEBUG '
               'PYTHONVERBOSE PYTHONNOUSERSITE PYTHONUSERBASE PYTHONSAFEPATH PYTHONUTF8 '
               'PYTHONIOENCODING PYTHONFAULTHANDLER PYTHONPROFILEIMPORTTIME PYTHONINTMAXSTRDIGITS '
               'PYTHONBREAKPOINT PYTHONPYCACHEPREFIX PYTHONPLATLIBDIR PYTHONCOERCECLOCALE '
               'PYTHONUNBUFFERED').split()

# The probe runs from directories of these names (the lengths differ): a
# count that changes with the directory is noise, kept as the table has it.
PROBE_DIRS = ('a', 'another-directory-whose-name-is-longer')


def python3_counts(regen, name, text):
    """python3's counts for one probe program, from each PROBE_DIRS
    directory (regen.sh, which gives python3 its environment)."""
    runs = []
    with tempfile.TemporaryDirectory() as top:
        for sub in PROBE_DIRS:
            d = os.path.join(top, sub)
            os.mkdir(d)
            with open(os.path.join(d, name), 'w') as f:
                f.write(text)
            env = dict(os.environ, REGEN_DIR=d, REGEN_GLOB=name)
            # regen.sh's status 1 says python3 printed otherwise from
            # another directory: the counts compared below say which
            status = subprocess.run(['sh', regen], env=env).returncode
            if status not in (0, 1):
                sys.exit('staticrefs.py: regen.sh failed (status %d)' % status)
            runs.append(counts(open(os.path.join(d, name[:-3] + '.out')).read()))
    return runs


def measure(heapviz, regen, name, text):
    """python3's and heapviz's counts for one probe program, and the keys
    whose python3 count depends on the directory."""
    runs = python3_counts(regen, name, text)
    py = runs[0]
    unstable = {k for k in py if any(r.get(k) != py[k] for r in runs[1:])}
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
        hv_env = {k: v for k, v in os.environ.items() if k not in REGEN_UNSET}
        hv_env.update(PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1', LC_ALL='C.UTF-8')
        hv = counts(subprocess.run([heapviz, 'run', '--no-record', name], cwd=d, env=hv_env,
                                   check=True, capture_output=True, text=True).stdout)
    return py, hv, unstable


# None's count follows the directory python3 runs in, its parent's
# length included, which two directories do not always catch: kept always.
ALWAYS_KEPT = {('single', 'none')}


def fixed_point(old, py, hv, unstable):
    """new = old + (python3's count - heapviz's count); a count python3
    changes with the directory keeps its old value (said on stderr)."""
    new = {}
    for k in (k for k in py if k in hv):
        if k in ALWAYS_KEPT and k in old:
            new[k] = old[k]
        elif k in unstable and k in old:
            print('staticrefs.py: %s %s depends on the directory: kept %d' % (k[0], k[1], old[k]),
                  file=sys.stderr)
            new[k] = old[k]
        else:
            new[k] = old.get(k, 0) + py[k] - hv[k]
    return new


def print_tm(new):
    print('/* Generated by heap/staticrefs.py (make regen-staticrefs) from'
          ' /usr/bin/python3: the references\n * `import tracemalloc` adds to'
          ' each static object (vm_interp_refs). */')
    print('static const int32_t staticrefs_tm_single[] = {')
    for k in new:
        if k[0] == 'single':
            print('    [STATICREF_%s] = %d,' % (k[1].upper(), new[k]))
    print('};')
    for kind, lo, hi in (('int', -5, 256), ('chr', 0, 255), ('byte', 0, 255)):
        vals = [new[(kind, str(i))] for i in range(lo, hi + 1)]
        print('static const int32_t staticrefs_tm_%s[] = {' % kind)
        for i in range(0, len(vals), 8):
            print('    ' + ', '.join(str(x) for x in vals[i:i + 8]) + ',')
        print('};')


def print_names(new, what, table):
    """A table of names' counts by text, sorted for bsearch: `what` ends
    the comment's first sentence, `table` names the C array."""
    print('/* Generated by heap/staticrefs.py (make regen-staticrefs) from'
          ' /usr/bin/python3: the references\n * ' + what + ' */')
    print('static const ' + table + '[] = {')
    for key in sorted(k for k in new if new[k]):
        print('    {"%s", %d},' % (key[1], new[key]))
    print('};')


def print_objects(new, tm):
    """The objects table, sorted by key for bsearch (every entry, 0s too:
    the table is never empty)."""
    print('/* Generated by heap/staticrefs.py (make regen-staticrefs) from'
          ' /usr/bin/python3: the references\n * ' +
          ('`import tracemalloc` adds to' if tm else 'CPython 3.11\'s own objects hold to') +
          ' the built-in types, the builtin functions\n * and the modules, by key'
          ' (type:tp_name, func:module.name, module:name), sorted for\n * bsearch'
          ' (vm_interp_refs). */')
    print('static const struct staticref_name staticrefs_%sobj[] = {' % ('tm_' if tm else ''))
    for key in sorted(k for k in new if k[0] == 'obj'):
        print('    {"%s", %d},' % (key[1], new[key]))
    print('};')


def main():
    heapviz, regen, old_inc = sys.argv[1:4]
    old = old_table(old_inc)
    if sys.argv[4:] in (['objects'], ['objects-tracemalloc']):
        tm = sys.argv[4] == 'objects-tracemalloc'
        print_objects(fixed_point(old, *measure(heapviz, regen, 'probe.py', objects_probe(tm))), tm)
        return
    if sys.argv[4:] in (['names'], ['names-tracemalloc']):
        # a probe of its own: its context leaves the other counts as they are
        tm = sys.argv[4] == 'names-tracemalloc'
        new = fixed_point(old, *measure(heapviz, regen, 'probe.py',
                                        'import sys\n' + 'import tracemalloc\n' * tm +
                                        'r = sys.getrefcount\nNAMES = %r\n'
                                        % (tm_names() if tm else names()) + NAMES_PROBE))
        if tm:
            print_names(new, '`import tracemalloc` adds to the names of more than one character it interns\n'
                        ' * or finds interned, by text, sorted for bsearch (vm_startup_name, vm_interp_refs).',
                        'struct staticref_name staticrefs_tm_name')
        else:
            print_names(new, 'CPython 3.11\'s own objects hold to the interned names it starts with, by text,'
                        ' sorted\n * for bsearch (vm_interp_refs).',
                        'struct staticref_name { const char *text; int32_t refs; } staticrefs_name')
        return
    if sys.argv[4:] == ['tracemalloc']:
        # every count taken before the first print: print's pending text
        # (heap/textio.c) holds ' ' and '\n' as it fills and flushes
        probe = PROBE.replace("print(", "seen.append((").replace(")\n", "))\n")
        probe = ('import tracemalloc\nseen = []\n' + probe +
                 'for line in seen:\n    print(*line)\n')
        print_tm(fixed_point(old, *measure(heapviz, regen, 'probe.py', probe)))
        return
    py, hv, unstable = measure(heapviz, regen, 'probe.py', PROBE)
    new = fixed_point(old, py, hv, unstable)
    print('/* Generated by heap/staticrefs.py (make regen-staticrefs) from'
          ' /usr/bin/python3: the references\n * CPython 3.11\'s own objects'
          ' hold to each static object (vm_interp_refs). */')
    print('enum { ' + ', '.join('STATICREF_' + k[1].upper() for k in py if k[0] == 'single')
          + ', STATICREF_NSINGLE };')
    print('static const int32_t staticrefs_single[] = {')
    for k in py:
        if k[0] == 'single':
            print('    [STATICREF_%s] = %d,' % (k[1].upper(), new[k]))
    print('};')
    for kind, lo, hi in (('int', -5, 256), ('chr', 0, 255), ('byte', 0, 255)):
        vals = [new[(kind, str(i))] for i in range(lo, hi + 1)]
        print('static const int32_t staticrefs_%s[] = {' % kind)
        for i in range(0, len(vals), 8):
            print('    ' + ', '.join(str(x) for x in vals[i:i + 8]) + ',')
        print('};')


main()
