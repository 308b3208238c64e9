#!/bin/sh
# 27-refusals: every construct outside heapviz's language subset (DESIGN.md,
# "The language") is refused before the program runs: exit status 1, a
# CPython-style SyntaxError report on stderr whose first line names the file
# and the construct's line and whose last line names the construct.  Nothing
# the program would print is printed (the refusal comes before line 1 runs).
. "${TOP_SRCDIR:-.}/tests/tap.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hv-27.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tmp=$(cd "$tmp" && pwd -P)      # python3 names the script by its absolute path

# refused NAME LINE WANT SOURCE: SOURCE (printf format) is refused at LINE
# with "SyntaxError: heapviz does not support WANT"
refused() {
	name=$1 line=$2 want=$3
	printf "print('ran')\n$4" >"$tmp/$name.py"
	(cd "$tmp" && "$HEAPVIZ" run --no-record "$name.py" >"$tmp/out" 2>"$tmp/err")
	expect "$name: exit status" 1 $?
	expect "$name: nothing ran" "" "$(cat "$tmp/out")"
	expect "$name: located" "  File \"$tmp/$name.py\", line $line" "$(head -n 1 "$tmp/err")"
	expect "$name: named" "SyntaxError: heapviz does not support $want" "$(tail -n 1 "$tmp/err")"
}

refused async 2 "'async def'" "async def f():\n    pass\n"
# a case body is a block like any other (the match statement itself is built)
refused async-in-case 4 "'async def'" "match 3:\n    case 3:\n        async def f(): pass\n"
refused import-os 2 "importing 'os' (only sys, gc, tracemalloc and _weakref)" "import os\n"
refused import-later 4 "importing 'json' (only sys, gc, tracemalloc and _weakref)" "import sys\n\nimport json\n"
refused dotted-import 2 "dotted imports" "import os.path\n"
# a module python3 finds beside the script is refused too (one it finds
# nowhere raises ModuleNotFoundError at run time: tests/py/1014)
printf 'x = 1\n' >"$tmp/hvlocalmod.py"
mkdir "$tmp/hvlocalpkg"
refused local-module 2 "importing 'hvlocalmod' (only sys, gc, tracemalloc and _weakref)" "import hvlocalmod\n"
refused import-main 3 "importing '__main__' (only sys, gc, tracemalloc and _weakref)" "import sys\nimport __main__\n"
refused local-package 3 "importing 'hvlocalpkg' (only sys, gc, tracemalloc and _weakref)" "import gc\nfrom hvlocalpkg import x\n"
# from M import * works where heapviz has every public name python3's M
# binds (gc: tests/py/1048-1049); elsewhere the first it lacks is named.
refused from-import-star 2 "'from sys import *' (python3 binds sys.addaudithook, which heapviz does not model)" "from sys import *\n"
refused from-import-star-weakref 3 "'from _weakref import *' (python3 binds _weakref.proxy, which heapviz does not model)" "x = 1\nfrom _weakref import *\n"
refused from-import-os 2 "importing 'os' (only sys, gc, tracemalloc and _weakref)" "from os import path\n"
refused import-weakref 2 "importing 'weakref' (python3 loads weakref.py, _weakrefset, types and itertools for it; import _weakref for ref, getweakrefcount and getweakrefs)" "import weakref\n"
refused class-kwargs 2 "class keywords unpacked with ** (class C(**kw))" "class A(**{}):\n    pass\n"
refused except-star 4 "'except*'" "try:\n    pass\nexcept* ValueError:\n    pass\n"

# CPython's own compile-time errors keep CPython's messages.
printf "print('ran')\nfor i in range(3):\n    pass\nbreak\n" >"$tmp/brk.py"
(cd "$tmp" && "$HEAPVIZ" run --no-record brk.py >"$tmp/out" 2>"$tmp/err")
expect "break outside loop: status" 1 $?
expect "break outside loop: message" "SyntaxError: 'break' outside loop" "$(tail -n 1 "$tmp/err")"
expect "break outside loop: line" "  File \"$tmp/brk.py\", line 4" "$(head -n 1 "$tmp/err")"
printf "return 5\n" >"$tmp/ret.py"
(cd "$tmp" && "$HEAPVIZ" run --no-record ret.py >"$tmp/out" 2>"$tmp/err")
expect "return outside function" "SyntaxError: 'return' outside function" "$(tail -n 1 "$tmp/err")"
printf "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n" >"$tmp/bare.py"
(cd "$tmp" && "$HEAPVIZ" run --no-record bare.py >"$tmp/out" 2>"$tmp/err")
expect "bare except not last" "SyntaxError: default 'except:' must be last" "$(tail -n 1 "$tmp/err")"
for name in brk ret bare; do
	python_last=$(cd "$tmp" && /usr/bin/python3 "$name.py" 2>&1 >/dev/null | tail -n 1)
	got=$(cd "$tmp" && "$HEAPVIZ" run --no-record "$name.py" 2>&1 >/dev/null | tail -n 1)
	[ -x /usr/bin/python3 ] && expect "$name: as python3 says it" "$python_last" "$got"
done

# Reading what is not simulated at run time is refused the same way, named
# and located, as NotImplementedError.
printf "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(e.__traceback__.tb_lasti)\n" >"$tmp/lasti.py"
(cd "$tmp" && "$HEAPVIZ" run --no-record lasti.py >"$tmp/out" 2>"$tmp/err")
expect "tb_lasti: status" 1 $?
expect "tb_lasti: located" "  File \"$tmp/lasti.py\", line 4, in <module>" "$(grep "  File" "$tmp/err" | tail -n 1)"
expect "tb_lasti: named" \
	"NotImplementedError: heapviz: tb_lasti (CPython's bytecode offsets are not simulated)" \
	"$(tail -n 1 "$tmp/err")"

# A builtin, a module attribute or a method CPython 3.11 has and heapviz does
# not model (heap/cpynames.inc, from python3's dir()) is refused by name when
# the program reaches it, not reported as a NameError or AttributeError that
# python3 would never raise.  What ran before it ran.
refused_at_run() {
	name=$1 line=$2 want=$3
	printf "print('ran')\n$4" >"$tmp/$name.py"
	(cd "$tmp" && "$HEAPVIZ" run --no-record "$name.py" >"$tmp/out" 2>"$tmp/err")
	expect "$name: exit status" 1 $?
	expect "$name: ran up to it" "ran" "$(cat "$tmp/out")"
	expect "$name: located" "  File \"$tmp/$name.py\", line $line, in <module>" "$(grep "  File" "$tmp/err" | tail -n 1)"
	expect "$name: named" "NotImplementedError: heapviz does not support $want (outside its Python subset)" \
		"$(tail -n 1 "$tmp/err")"
}
refused_at_run builtin-open 3 "the builtin 'open'" "x = 1\nf = open('data.txt')\n"
refused_at_run builtin-aiter 2 "the builtin 'aiter'" "print(aiter(len))\n"
refused_at_run builtin-import 3 "the builtin '__import__'" "import sys\nm = __import__('sys')\n"
refused_at_run builtin-debug 2 "the builtin '__debug__'" "print(__builtins__.__debug__)\n"
refused_at_run module-attr 3 "sys.path" "import sys\nprint(sys.path)\n"
# sys.implementation is python3's (tests/py/1046), but its dict is
# start-up's: changing it is refused by name.
refused_at_run implementation-set 3 "changing sys.implementation" "import sys\nsys.implementation.name = 'x'\n"
refused_at_run implementation-dict 3 "sys.implementation.__dict__" "import sys\nprint(vars(sys.implementation))\n"
refused_at_run implementation-referents 3 "gc.get_referents of sys.implementation" "import sys, gc\ngc.get_referents(sys.implementation)\n"
refused_at_run namespace-reduce 3 "types.SimpleNamespace.__reduce__" "import sys\ntype(sys.implementation)().__reduce__()\n"
refused_at_run weakref-proxy 4 "_weakref.proxy" "import _weakref\nclass C: pass\n_weakref.proxy(C())\n"
refused_at_run relative-package 4 "relative imports in a module whose __package__, __spec__, __path__ or dotted __name__ names a package" "__package__ = 'pkg'\nimport sys\nfrom . import x\n"
refused_at_run gc-get-objects 3 "gc.get_objects" "import gc\ngc.get_objects()\n"
refused_at_run method 3 "float.__getnewargs__" "f = 1.5\nprint(f.__getnewargs__())\n"
refused_at_run type-attr 2 "float.__getformat__" "print(float.__getformat__('double'))\n"
refused_at_run str-method 2 "str.__getnewargs__" "print('A'.__getnewargs__())\n"
refused_at_run object-reduce 3 "object.__reduce_ex__" "class A: pass\nA().__reduce_ex__(2)\n"
refused_at_run dunder-method 3 "float.__round__" "x = 2.5\nprint(x.__round__())\n"
refused_at_run dunder-iterator 2 "list_iterator.__length_hint__" "print(iter([1]).__length_hint__())\n"
refused_at_run instance-new 3 "reversed.__new__" "class A: pass\nreversed.__new__(reversed)\n"
refused_at_run metatype-method 2 "int.__subclasses__" "print(int.__subclasses__())\n"
refused_at_run object-getstate 3 "object.__getstate__" "class A: pass\nA().__getstate__()\n"
refused_at_run textio-next 3 "iterating over sys.stdout" "import sys\nprint(type(sys.stdout).__next__(sys.stdout))\n"
refused_at_run textio-init 3 "_io.TextIOWrapper.__init__" "import sys\nsys.stdout.__init__()\n"
refused_at_run textio-with 3 "_io.TextIOWrapper.__enter__" "import sys\nwith sys.stdout:\n    pass\n"
refused_at_run textio-iter 3 "iterating over sys.stdout" "import sys\nfor line in sys.stdout:\n    pass\n"
refused_at_run textio-setattr 3 "setting attributes of sys.stderr" "import sys\nsys.stderr.tag = 1\n"
refused_at_run textio-referents 3 "gc.get_referents of sys.stdout" "import sys, gc\nprint(gc.get_referents(sys.stdout))\n"
refused_at_run textio-base-new 3 "making _io._TextIOBase objects" "import sys\nb = type(sys.stdout).__base__()\n"
refused_at_run textio-writelines 3 "_io.TextIOWrapper.writelines" "import sys\nsys.stdout.writelines(['a'])\n"
refused_at_run module-spec 3 "gc.__spec__" "import gc\nprint(gc.__spec__)\n"
refused_at_run module-dict 3 "sys.__dict__" "import sys\nprint(len(vars(sys)))\n"
refused_at_run builtins-module-open 2 "builtins.open" "f = __builtins__.open\n"
refused_at_run builtins-module-loader 2 "builtins.__loader__" "print(__builtins__.__loader__)\n"
refused_at_run function-doc 2 "builtin_function_or_method.__doc__" "print(len.__doc__)\n"
refused_at_run builtin-signature 2 "builtin_function_or_method.__text_signature__" "print(len.__text_signature__)\n"
refused_at_run tracemalloc-module 3 "_tracemalloc, the module of tracemalloc.start" "import tracemalloc\nprint(tracemalloc.start.__self__)\n"
refused_at_run subclass-reversed 2 "subclassing 'reversed'" "class R(reversed):\n    pass\n"
# memoryview: cast() makes views of other formats and shapes, which
# heapviz does not model;
# iter() of a released view is python3 3.11's SystemError (memory_iter
# returns an iterator with memory_length's ValueError set).
refused_at_run memoryview-iter-released 4 "iterating a released memoryview" "m = memoryview(b'ab')\nm.release()\nfor x in m:\n    pass\n"
refused_at_run memoryview-cast 2 "memoryview.cast" "memoryview(bytearray(b'ab')).cast('B')\n"
refused_at_run subclass-enumerate 3 "subclassing 'enumerate'" "x = 1\nclass E(enumerate):\n    pass\n"
refused_at_run subclass-second-base 3 "subclassing 'complex'" "class A: pass\nclass Y(A, complex):\n    pass\n"
# list, dict, float, int, str, tuple, set, frozenset, bytes and bytearray
# are the built-in bases heapviz models (tests/py 1150-1169, 1346-1349,
# 1390-1395); the other built-in types stay
# refused by name.
refused_at_run subclass-complex 2 "subclassing 'complex'" "class C(complex):\n    pass\n"
refused_at_run exception-subclass-new 3 "classes that define __new__" "x = 1\nclass E(OSError):\n    def __new__(cls):\n        pass\n"
# a special method a class body may not define is refused when set later
# too (python3 would call it: getsizeof, isinstance)
refused_at_run set-sizeof-later 3 "classes that define __sizeof__" "class C: pass\nC.__sizeof__ = lambda self: 5\n"
refused_at_run set-meta-hook-later 4 "metaclasses that define __instancecheck__" "class M(type): pass\nclass D(metaclass=M): pass\nM.__instancecheck__ = lambda c, o: True\n"

# A codec name that misses the fast paths of str.encode and bytes.decode
# but that python3's codec registry knows (heap/codecnames.inc: an alias or
# a module of the encodings package, imported at first use) is refused by
# name; one the registry does not know keeps python3's LookupError.
for spec in "u8:'a'.encode('U8')" "utf16le:b'a'.decode('UTF-16-LE')" "cp1252:'a'.encode('cp1252')" \
	    "latin:bytes('a', 'Latin')"; do
	name=${spec%%:*} src=${spec#*:}
	codec=$(printf '%s' "$src" | sed "s/.*'\\([^']*\\)')$/\\1/")
	printf "print('ran')\nx = %s\n" "$src" >"$tmp/codec-$name.py"
	(cd "$tmp" && "$HEAPVIZ" run --no-record "codec-$name.py" >"$tmp/out" 2>"$tmp/err")
	expect "codec $name: exit status" 1 $?
	expect "codec $name: ran up to it" "ran" "$(cat "$tmp/out")"
	expect "codec $name: named" "NotImplementedError: heapviz does not support the codec '$codec' (python3 finds it through the codec registry: encodings.search_function imports its module)" "$(tail -n 1 "$tmp/err")"
done
printf "try:\n    'a'.encode('U-9')\nexcept LookupError as e:\n    print(e)\n" >"$tmp/nocodec.py"
expect "unknown codec: LookupError" "unknown encoding: U-9" "$(cd "$tmp" && "$HEAPVIZ" run --no-record nocodec.py 2>&1)"
# Names CPython does not have keep python3's errors, and a program's own
# name shadows a builtin heapviz lacks.
printf "x = [1]\nx.frobnicate\n" >"$tmp/noattr.py"
printf "class A:\n    pass\nA().open\n" >"$tmp/noattr2.py"
printf "print(undefined_name)\n" >"$tmp/noname.py"
printf "def open(p):\n    return p\nprint(open('f'))\n" >"$tmp/shadow.py"
for name in noattr noattr2 noname shadow; do
	python_last=$(cd "$tmp" && /usr/bin/python3 "$name.py" 2>&1 | tail -n 1)
	got=$(cd "$tmp" && "$HEAPVIZ" run --no-record "$name.py" 2>&1 | tail -n 1)
	[ -x /usr/bin/python3 ] && expect "$name: as python3 says it" "$python_last" "$got"
done
expect "shadow: the program's own open" "f" "$(cd "$tmp" && "$HEAPVIZ" run --no-record shadow.py 2>&1)"

done_testing
