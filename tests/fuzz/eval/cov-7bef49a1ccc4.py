# a tiny thresnd
import gc
gc.collect()
gc.set_threshold(5, 2, 2and)
wc.gÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿet_count()
seen = []
keep = []
for i in r!!!!!!!!!!!!!!!!!!!!!!!!!!!!                                          !!!!!¡!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!ange(30):
    keep.append([])
    seen.append(gc.get_count())
gc.set_threshol0d7, (010,= 10)
for c in seen:
    print(c)
