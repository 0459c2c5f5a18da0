package dev.symbolon.internal.cuda;

import java.util.ArrayList;
import java.util.List;

/**
 * Combines a per-thread state across a block: a shuffle tree in each warp, the warps' results through
 * shared memory, a second shuffle tree in warp 0, and the block's result broadcast to every thread.
 * The order of the combinations depends only on the block size, so results repeat run to run.
 * Every thread of the block must execute it (it has barriers), the block size must be a multiple
 * of 32 up to 1024, and the state is 64-bit registers ({@code f64} or {@code b64}).
 */
final class BlockReduction {
    /** The combination of two states, emitted as instructions; returns the combined state's registers. */
    interface Combine {
        List<String> apply(PtxWriter w, List<String> a, List<String> b);
    }

    /** A state's registers' types, its identity (immediates) and how two states combine. */
    record Monoid(List<String> types, List<String> identity, Combine combine) {}

    private final PtxWriter w;
    private final Monoid monoid;
    private final List<String> arrays = new ArrayList<>();

    /** Declares the shared arrays (32 × 8 bytes per state register) once per kernel and monoid. */
    BlockReduction(PtxWriter w, Monoid monoid, String name) {
        this.w = w;
        this.monoid = monoid;
        for (int k = 0; k < monoid.types().size(); k++) {
            arrays.add(w.sharedArray(name + "_s" + k, 32 * 8));
        }
    }

    /** A fresh state holding the identity. */
    List<String> identity() {
        List<String> state = new ArrayList<>();
        for (int k = 0; k < monoid.types().size(); k++) {
            String t = monoid.types().get(k);
            state.add(w.op("mov." + (t.equals("f64") ? "f64" : "b64"), t, monoid.identity().get(k)));
        }
        return state;
    }

    List<String> combine(List<String> a, List<String> b) {
        return monoid.combine().apply(w, a, b);
    }

    /** The block's combination of every thread's {@code state}, in every thread. */
    List<String> reduce(List<String> state) {
        String tid = w.op("mov.u32", "b32", "%tid.x");
        String lane = w.op("and.b32", "b32", tid, "31");
        String warp = w.op("shr.u32", "b32", tid, "5");
        String warps = w.op("shr.u32", "b32", w.op("mov.u32", "b32", "%ntid.x"), "5");
        state = warpReduce(state);
        String lane0 = w.op("setp.eq.u32", "pred", lane, "0");
        String warpOffset = w.op("mul.wide.u32", "b64", warp, "8");
        for (int k = 0; k < state.size(); k++) {
            w.line("@" + lane0 + " st.shared." + bits(k) + " [" + slot(k, warpOffset) + "], " + state.get(k));
        }
        w.line("bar.sync 0");
        String present = w.op("setp.lt.u32", "pred", tid, warps);
        String threadOffset = w.op("mul.wide.u32", "b64", tid, "8");
        List<String> partial = identity();
        for (int k = 0; k < partial.size(); k++) {
            w.line("@" + present + " ld.shared." + bits(k) + " " + partial.get(k) + ", [" + slot(k, threadOffset) + "]");
        }
        partial = warpReduce(partial);
        String first = w.op("setp.eq.u32", "pred", tid, "0");
        for (int k = 0; k < partial.size(); k++) {
            w.line("@" + first + " st.shared." + bits(k) + " [" + arrays.get(k) + "], " + partial.get(k));
        }
        w.line("bar.sync 0");
        List<String> result = new ArrayList<>();
        for (int k = 0; k < partial.size(); k++) {
            result.add(w.op("ld.shared." + bits(k), monoid.types().get(k), "[" + arrays.get(k) + "]"));
        }
        // the arrays are free again only once every thread has read the result
        w.line("bar.sync 0");
        return result;
    }

    /** Lane 0 ends with the warp's combination (other lanes with partial ones). */
    private List<String> warpReduce(List<String> state) {
        for (int offset = 16; offset >= 1; offset /= 2) {
            List<String> other = new ArrayList<>();
            for (int k = 0; k < state.size(); k++) {
                String lo = w.registers.fresh("b32");
                String hi = w.registers.fresh("b32");
                w.line("mov.b64 {" + lo + ", " + hi + "}, " + state.get(k));
                String lo2 = w.op("shfl.sync.down.b32", "b32", lo, Integer.toString(offset), "31", "-1");
                String hi2 = w.op("shfl.sync.down.b32", "b32", hi, Integer.toString(offset), "31", "-1");
                other.add(w.op("mov.b64", monoid.types().get(k), "{" + lo2 + ", " + hi2 + "}"));
            }
            state = combine(state, other);
        }
        return state;
    }

    private String slot(int k, String offset) {
        String base = w.op("mov.u64", "b64", arrays.get(k));
        return w.op("add.s64", "b64", base, offset);
    }

    private String bits(int k) {
        return monoid.types().get(k).equals("f64") ? "f64" : "u64";
    }
}
