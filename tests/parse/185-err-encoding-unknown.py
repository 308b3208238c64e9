# coding: foo
x = 1
