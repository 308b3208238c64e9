/*
 * 53-graph-layout: the graph view's pure engine — layers, sticky rows,
 * routes, shortest paths from a root, deep and retained sizes — on small
 * graphs whose answers are worked out by hand in the comments, and on
 * random graphs stepped forwards and back.
 */
#include "testutil.h"

#include "graph_layout.h"

#include <stdlib.h>
#include <string.h>

/* Node ids are index + 1; every box is 12 × (3 + slots). */
static gl_node node(uint64_t id, uint64_t size, int slots, int root)
{
    return (gl_node){id, size, 12, 3 + slots, (uint8_t)root};
}

static void check_rows_unique(const graph_layout *gl, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            const gl_place *a = graph_layout_place(gl, i), *b = graph_layout_place(gl, j);
            if (a->band == b->band && a->layer == b->layer && a->row == b->row)
                fail_msg("nodes %zu and %zu share band %d layer %d row %d", i, j, a->band, a->layer, a->row);
        }
}

/*   R ─▶ A ─▶ C ─▶ D        sizes: R 0, A 10, B 20, C 40, D 80, E 160
 *   R ─▶ B ─▶ C
 *        A ─▶ E
 */
enum { R, A, B, C, D, E, NDIAMOND };
static const gl_edge diamond_edges[] = {
    {R, A, 1}, {R, B, 2}, {A, C, 1}, {A, E, 2}, {B, C, 1}, {C, D, 1},
};

static graph_layout *diamond(void)
{
    gl_node nodes[NDIAMOND] = {
        node(1, 0, 2, 1), node(2, 10, 2, 0), node(3, 20, 1, 0),
        node(4, 40, 1, 0), node(5, 80, 0, 0), node(6, 160, 0, 0),
    };
    graph_layout *gl = graph_layout_new();
    graph_layout_run(gl, nodes, NDIAMOND, diamond_edges, HV_COUNTOF(diamond_edges));
    return gl;
}

static void test_layers(void **state)
{
    graph_layout *gl = diamond();
    static const int want_layer[] = {0, 1, 1, 2, 3, 2};
    for (size_t i = 0; i < NDIAMOND; i++) {
        assert_int_equal(graph_layout_place(gl, i)->layer, want_layer[i]);
        assert_int_equal(graph_layout_place(gl, i)->depth, want_layer[i]);
    }
    /* A and B share layer 1: A (given first) near R's row 0, B next. */
    assert_int_equal(graph_layout_place(gl, A)->row, 0);
    assert_int_equal(graph_layout_place(gl, B)->row, 1);
    check_rows_unique(gl, NDIAMOND);
    /* Layers sit left to right, a channel apart; boxes never overlap. */
    assert_int_equal(graph_layout_place(gl, R)->x, 0);
    assert_int_equal(graph_layout_place(gl, A)->x, 12 + GRAPH_LAYOUT_CHANNEL);
    assert_true(graph_layout_place(gl, B)->y >= graph_layout_place(gl, A)->y + 5 + GRAPH_LAYOUT_GAP);
    assert_int_equal(graph_layout_find(gl, 4), C);
    assert_int_equal(graph_layout_find(gl, 99), -1);
    graph_layout_delete(gl);
}

static void test_paths_and_sizes(void **state)
{
    graph_layout *gl = diamond();
    uint32_t path[8];
    /* Breadth-first reaches C through A (R's first reference). */
    assert_int_equal(graph_layout_path(gl, D, path, 8), 4);
    assert_int_equal(path[0], R);
    assert_int_equal(path[1], A);
    assert_int_equal(path[2], C);
    assert_int_equal(path[3], D);
    assert_int_equal(graph_layout_parent(gl, R), -1);
    assert_int_equal(diamond_edges[graph_layout_parent(gl, C)].from, A);
    size_t cnt;
    /* deep(A) = A + C + D + E = 10 + 40 + 80 + 160 */
    assert_int_equal(graph_layout_deep(gl, A, &cnt), 290);
    assert_int_equal(cnt, 4);
    assert_int_equal(graph_layout_deep(gl, B, &cnt), 140);   /* B C D */
    assert_int_equal(graph_layout_deep(gl, R, &cnt), 310);
    assert_int_equal(cnt, 6);
    /* retained(A) = A + E: C is also reached through B, so A does not
     * dominate it; retained(C) = C + D. */
    assert_int_equal(graph_layout_retained(gl, A, &cnt), 170);
    assert_int_equal(cnt, 2);
    assert_int_equal(graph_layout_retained(gl, B, &cnt), 20);
    assert_int_equal(graph_layout_retained(gl, C, &cnt), 120);
    assert_int_equal(graph_layout_retained(gl, R, &cnt), 310);
    assert_int_equal(graph_layout_idom(gl, C), R);
    assert_int_equal(graph_layout_idom(gl, D), C);
    assert_int_equal(graph_layout_idom(gl, R), -1);
    graph_layout_delete(gl);
}

/*   R1 ─▶ A ─▶ B ─▶ A (a cycle)      R2 ─▶ B
 *   X ─▶ Y ─▶ X  (garbage: no root reaches it)
 */
static void test_cycles_and_garbage(void **state)
{
    enum { R1, R2, CA, CB, X, Y, N };
    gl_node nodes[N] = {
        node(1, 0, 1, 1), node(2, 0, 1, 1), node(3, 56, 1, 0),
        node(4, 72, 1, 0), node(5, 100, 1, 0), node(6, 200, 1, 0),
    };
    const gl_edge edges[] = {{R1, CA, 1}, {CA, CB, 1}, {CB, CA, 1}, {R2, CB, 1}, {X, Y, 1}, {Y, X, 1}};
    graph_layout *gl = graph_layout_new();
    graph_layout_run(gl, nodes, N, edges, HV_COUNTOF(edges));
    size_t cnt;
    /* Two roots reach the cycle: neither A nor B dominates the other. */
    assert_int_equal(graph_layout_retained(gl, CA, &cnt), 56);
    assert_int_equal(graph_layout_retained(gl, CB, &cnt), 72);
    assert_int_equal(graph_layout_idom(gl, CA), -1);
    assert_int_equal(graph_layout_deep(gl, CA, &cnt), 128);
    /* The garbage cycle: unreachable, laid out from X in layer 1. */
    assert_int_equal(graph_layout_place(gl, X)->depth, -1);
    assert_int_equal(graph_layout_place(gl, Y)->depth, -1);
    assert_int_equal(graph_layout_place(gl, X)->layer, 1);
    assert_int_equal(graph_layout_place(gl, Y)->layer, 2);
    uint32_t path[4];
    assert_int_equal(graph_layout_path(gl, Y, path, 4), 0);
    assert_int_equal(graph_layout_retained(gl, X, &cnt), 0);
    assert_int_equal(cnt, 0);
    assert_int_equal(graph_layout_deep(gl, X, &cnt), 300);
    check_rows_unique(gl, N);
    graph_layout_delete(gl);

    /* One root: R1 dominates the whole cycle, A dominates B. */
    gl = graph_layout_new();
    const gl_edge one[] = {{R1, CA, 1}, {CA, CB, 1}, {CB, CA, 1}};
    graph_layout_run(gl, nodes, 4, one, HV_COUNTOF(one));
    assert_int_equal(graph_layout_retained(gl, CA, &cnt), 128);
    assert_int_equal(graph_layout_idom(gl, CB), CA);
    graph_layout_delete(gl);
}

/* Every route starts on its source's right border at the port row, ends
 * left of its target on the first inner row, and is orthogonal. */
static void check_routes(const graph_layout *gl, const gl_node *nodes, const gl_edge *edges, size_t ne)
{
    for (size_t k = 0; k < ne; k++) {
        gl_route r;
        if (!graph_layout_route(gl, k, &r))
            continue;
        const gl_place *s = graph_layout_place(gl, edges[k].from), *t = graph_layout_place(gl, edges[k].to);
        assert_true(r.n >= 2 && r.n <= GRAPH_LAYOUT_MAX_ROUTE);
        assert_int_equal(r.pt[0].x, s->x + nodes[edges[k].from].w - 1);
        assert_int_equal(r.pt[0].y, s->y + edges[k].port);
        assert_int_equal(r.pt[r.n - 1].x, t->x - 1);
        assert_int_equal(r.pt[r.n - 1].y, t->y + 1);
        for (int i = 1; i < r.n; i++)
            assert_true(r.pt[i].x == r.pt[i - 1].x || r.pt[i].y == r.pt[i - 1].y);
    }
}

static void test_routes(void **state)
{
    graph_layout *gl = diamond();
    gl_node nodes[NDIAMOND] = {
        node(1, 0, 2, 1), node(2, 10, 2, 0), node(3, 20, 1, 0),
        node(4, 40, 1, 0), node(5, 80, 0, 0), node(6, 160, 0, 0),
    };
    check_routes(gl, nodes, diamond_edges, HV_COUNTOF(diamond_edges));
    /* R → A, next layer: right, down the channel, right into A. */
    gl_route r;
    assert_int_equal(graph_layout_route(gl, 0, &r), 1);
    assert_int_equal(r.n, 2);                   /* A's entry row is R's port row: straight */
    /* An edge to a root, or naming no node, has no route. */
    const gl_edge bad[] = {{A, R, 1}, {A, 42, 1}};
    graph_layout_run(gl, nodes, NDIAMOND, bad, 2);
    assert_int_equal(graph_layout_route(gl, 0, &r), 0);
    assert_int_equal(graph_layout_route(gl, 1, &r), 0);
    assert_int_equal(graph_layout_place(gl, A)->depth, -1);
    graph_layout_delete(gl);
}

/* Two routes share cells only as one line: where they lead from the same
 * port (a bus) or into the same box.  Checks every pair of segments of
 * different routes: overlapping collinear segments must be such a pair. */
static int same_line(const gl_edge *a, const gl_edge *b)
{
    return a->to == b->to || (a->from == b->from && a->port == b->port);
}

static void check_no_overlap(const graph_layout *gl, const gl_edge *edges, size_t ne)
{
    gl_route *r = calloc(ne, sizeof *r);
    int *ok = calloc(ne, sizeof *ok);
    for (size_t k = 0; k < ne; k++)
        ok[k] = graph_layout_route(gl, k, &r[k]);
    for (size_t a = 0; a < ne; a++)
        for (size_t b = a + 1; b < ne; b++) {
            if (!ok[a] || !ok[b] || same_line(&edges[a], &edges[b]))
                continue;
            for (int i = 1; i < r[a].n; i++)
                for (int j = 1; j < r[b].n; j++) {
                    gl_point p = r[a].pt[i - 1], q = r[a].pt[i], u = r[b].pt[j - 1], v = r[b].pt[j];
                    int vert = p.x == q.x && u.x == v.x && p.x == u.x;
                    int horiz = p.y == q.y && u.y == v.y && p.y == u.y;
                    int lo1 = vert ? (p.y < q.y ? p.y : q.y) : (p.x < q.x ? p.x : q.x);
                    int hi1 = vert ? (p.y > q.y ? p.y : q.y) : (p.x > q.x ? p.x : q.x);
                    int lo2 = vert ? (u.y < v.y ? u.y : v.y) : (u.x < v.x ? u.x : v.x);
                    int hi2 = vert ? (u.y > v.y ? u.y : v.y) : (u.x > v.x ? u.x : v.x);
                    if ((vert || horiz) && lo1 < hi2 && lo2 < hi1)
                        fail_msg("edges %zu (%u→%u) and %zu (%u→%u) overlap %s at %d, %d..%d", a, edges[a].from,
                                 edges[a].to, b, edges[b].from, edges[b].to, vert ? "in column" : "on row",
                                 vert ? p.x : p.y, lo1 > lo2 ? lo1 : lo2, hi1 < hi2 ? hi1 : hi2);
                }
        }
    free(ok);
    free(r);
}

/* A busy gap (issue 6): a root whose 24 slots each hold a different
 * object, and whose 25th holds 20 more (a list's items), all in the next
 * layer — 44 references across one gap, more than a fixed number of
 * tracks — plus two holders sharing one target.  Every line gets a column
 * of its own unless it is the same line (the 20 items fan out from one
 * bus), and the channel is as wide as that needs. */
static void test_busy_gap(void **state)
{
    (void)state;
    enum { SLOTS = 24, ITEMS = 20, N = 1 + SLOTS + ITEMS + 2 };
    gl_node nodes[N];
    gl_edge edges[SLOTS + ITEMS + 4];
    size_t ne = 0;
    nodes[0] = node(1, 0, SLOTS + 1, 1);
    for (int i = 1; i < N; i++)
        nodes[i] = node((uint64_t)i + 1, 8, i > SLOTS + ITEMS ? 1 : 0, 0);
    for (int k = 0; k < SLOTS; k++)
        edges[ne++] = (gl_edge){0, (uint32_t)(1 + k), 1 + k};
    for (int k = 0; k < ITEMS; k++)
        edges[ne++] = (gl_edge){0, (uint32_t)(1 + SLOTS + k), SLOTS + 1};
    /* the last two holders, reached from slots 0 and 1's objects' layer */
    edges[ne++] = (gl_edge){0, N - 2, SLOTS};
    edges[ne++] = (gl_edge){0, N - 1, SLOTS - 1};
    edges[ne++] = (gl_edge){N - 2, 1 + SLOTS, 1};   /* into an item: a second line into it */
    edges[ne++] = (gl_edge){N - 1, 1 + SLOTS, 1};
    graph_layout *gl = graph_layout_new();
    graph_layout_run(gl, nodes, N, edges, ne);
    check_routes(gl, nodes, edges, ne);
    check_no_overlap(gl, edges, ne);
    /* More lines cross some row of the gap side by side than the 12
     * tracks a gap used to have at most (they overlapped then) */
    int most = 0;
    for (int y = 0; y < 200; y++) {
        int cols[SLOTS + ITEMS + 4], nc = 0;
        for (size_t k = 0; k < ne; k++) {
            gl_route q;
            graph_layout_route(gl, k, &q);
            for (int i = 1; i < q.n; i++) {
                gl_point u = q.pt[i - 1], v = q.pt[i];
                int seen = 0;
                if (u.x != v.x || y < (u.y < v.y ? u.y : v.y) || y > (u.y > v.y ? u.y : v.y))
                    continue;
                for (int c = 0; c < nc; c++)
                    seen |= cols[c] == u.x;
                if (!seen)
                    cols[nc++] = u.x;
            }
        }
        most = nc > most ? nc : most;
    }
    assert_true(most > 12);
    /* the items only the list's row refers to (all but the first, which
     * two more lines enter) share one column: the bus */
    int bus = -1;
    for (size_t k = SLOTS + 1; k < SLOTS + ITEMS; k++) {
        gl_route r;
        graph_layout_route(gl, k, &r);
        if (r.n == 2)
            continue;                               /* straight: facing the row */
        if (bus < 0)
            bus = r.pt[1].x;
        assert_int_equal(r.pt[1].x, bus);
    }
    assert_true(bus >= 0);
    graph_layout_delete(gl);
}

/* Stepping: a state, a later state with nodes added and removed, and back:
 * every node present in both keeps its place, and going back gives the
 * first layout exactly. */
static void test_stable_steps(void **state)
{
    gl_node s1[] = {node(1, 0, 3, 1), node(10, 8, 1, 0), node(11, 8, 1, 0), node(12, 8, 0, 0)};
    gl_edge e1[] = {{0, 1, 1}, {0, 2, 2}, {0, 3, 3}};
    /* step 2: 11 freed, 13 and 14 new */
    gl_node s2[] = {node(1, 0, 4, 1), node(10, 8, 1, 0), node(12, 8, 0, 0), node(13, 8, 0, 0), node(14, 8, 0, 0)};
    gl_edge e2[] = {{0, 1, 1}, {0, 2, 3}, {0, 3, 2}, {1, 4, 1}};
    graph_layout *gl = graph_layout_new();
    graph_layout_run(gl, s1, 4, e1, 3);
    gl_place p1[4];
    for (int i = 0; i < 4; i++)
        p1[i] = *graph_layout_place(gl, i);
    graph_layout_run(gl, s2, 5, e2, 4);
    gl_place p2[5];
    for (int i = 0; i < 5; i++)
        p2[i] = *graph_layout_place(gl, i);
    assert_int_equal(p2[1].row, p1[1].row);     /* 10 and 12 keep their rows */
    assert_int_equal(p2[2].row, p1[3].row);
    assert_int_equal(p2[3].row, p1[2].row);     /* 13 takes 11's free row */
    check_rows_unique(gl, 5);
    graph_layout_run(gl, s1, 4, e1, 3);         /* back */
    for (int i = 0; i < 4; i++)
        assert_memory_equal(graph_layout_place(gl, i), &p1[i], sizeof p1[i]);
    graph_layout_run(gl, s2, 5, e2, 4);         /* forward again */
    for (int i = 0; i < 5; i++)
        assert_memory_equal(graph_layout_place(gl, i), &p2[i], sizeof p2[i]);
    graph_layout_delete(gl);
}

/* A random history of states (nodes born and dying, references changing);
 * laid out forwards then backwards, each state must come back the same. */
enum { STATES = 30, MAXN = 60 };

typedef struct gstate {
    gl_node nodes[MAXN];
    gl_edge edges[3 * MAXN];
    size_t n, ne;
} gstate;

static void random_history(gstate *st, uint64_t *seed)
{
    uint64_t next_id = 100;
    gstate cur = {0};
    cur.nodes[0] = node(1, 0, 3, 1);
    cur.nodes[1] = node(2, 0, 3, 1);
    cur.n = 2;
    for (int s = 0; s < STATES; s++) {
        gstate nx = {0};
        for (size_t i = 0; i < cur.n; i++)          /* some die */
            if (i < 2 || test_rand(seed) % 6)
                nx.nodes[nx.n++] = cur.nodes[i];
        for (int k = (int)(test_rand(seed) % 5); k > 0 && nx.n < MAXN; k--)
            nx.nodes[nx.n++] = node(next_id++, 16 + test_rand(seed) % 100, 3, 0);
        for (size_t i = 0; i < nx.n; i++)           /* fresh references */
            for (int p = 1; p <= 3 && nx.n > 2; p++)
                if (test_rand(seed) % 3 == 0)
                    nx.edges[nx.ne++] = (gl_edge){(uint32_t)i, (uint32_t)(2 + test_rand(seed) % (nx.n - 2)), p};
        st[s] = cur = nx;
    }
}

static void test_random_forward_back(void **state)
{
    static gstate st[STATES];
    static gl_place saved[STATES][MAXN];
    uint64_t seed = 0x9e3779b97f4a7c15ULL;
    random_history(st, &seed);
    graph_layout *gl = graph_layout_new();
    for (int s = 0; s < STATES; s++) {
        graph_layout_run(gl, st[s].nodes, st[s].n, st[s].edges, st[s].ne);
        check_rows_unique(gl, st[s].n);
        check_routes(gl, st[s].nodes, st[s].edges, st[s].ne);
        check_no_overlap(gl, st[s].edges, st[s].ne);
        for (size_t i = 0; i < st[s].n; i++)
            saved[s][i] = *graph_layout_place(gl, i);
    }
    for (int s = STATES - 1; s >= 0; s--) {
        graph_layout_run(gl, st[s].nodes, st[s].n, st[s].edges, st[s].ne);
        for (size_t i = 0; i < st[s].n; i++)
            if (memcmp(graph_layout_place(gl, i), &saved[s][i], sizeof saved[s][i]) != 0)
                fail_msg("state %d node %zu moved going back: band %d/%d layer %d/%d row %d/%d x %d/%d y %d/%d", s, i, graph_layout_place(gl, i)->band, saved[s][i].band, graph_layout_place(gl, i)->layer, saved[s][i].layer, graph_layout_place(gl, i)->row, saved[s][i].row, graph_layout_place(gl, i)->x, saved[s][i].x, graph_layout_place(gl, i)->y, saved[s][i].y);
        /* deep ≥ retained for every node, and the path ends where it should */
        for (size_t i = 0; i < st[s].n; i++) {
            uint64_t d = graph_layout_deep(gl, i, NULL), r = graph_layout_retained(gl, i, NULL);
            assert_true(r <= d);
            uint32_t path[MAXN];
            size_t len = graph_layout_path(gl, i, path, MAXN);
            if (len) {
                assert_int_equal(path[len - 1], i);
                assert_true(st[s].nodes[path[0]].root);
            }
        }
    }
    graph_layout_delete(gl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layers),
        cmocka_unit_test(test_paths_and_sizes),
        cmocka_unit_test(test_cycles_and_garbage),
        cmocka_unit_test(test_routes),
        cmocka_unit_test(test_busy_gap),
        cmocka_unit_test(test_stable_steps),
        cmocka_unit_test(test_random_forward_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
