# -*- coding: utf-8 -*-
s = "héllo"
