import sys
import gc, tracemalloc
import os.path
import os.path as osp, sys as s
from x import y
from x.y import (a, b as c,)
from . import m
from .. import n
from .pkg.mod import *
from ... import z
