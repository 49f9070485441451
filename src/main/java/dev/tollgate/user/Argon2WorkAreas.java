package dev.tollgate.user;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import de.mkammerer.argon2.jna.Size_t;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * The native working memory of Argon2id (19 MiB per hash at the OWASP parameters), kept and
 * reused instead of being taken from malloc for every hash. Fresh memory for each hash means a
 * page fault for every 4 KiB page of it, which on our machines cost as much CPU again as a
 * fifth of the hash itself; a kept area is already mapped. libargon2 wipes an area before it
 * hands it back ({@code clear_internal_memory}), so no password-derived data waits in it.
 *
 * <p>No more than {@link #SLOTS} hashes (one per core) run at once, so a flood of sign-ins
 * queues for a slot instead of holding 19 MiB each; more hashes at once would not finish
 * sooner on the same cores. The areas are allocated on first use and kept for the life of the
 * process: at most {@code SLOTS} areas per memory size in use.
 */
final class Argon2WorkAreas {
  static final int SLOTS = Runtime.getRuntime().availableProcessors();

  private static final Semaphore SLOT = new Semaphore(SLOTS, true);
  private static final Map<Long, ConcurrentLinkedQueue<Memory>> FREE = new ConcurrentHashMap<>();
  /** Areas lent to libargon2 and not yet handed back, by address. */
  private static final Map<Long, Memory> LENT = new ConcurrentHashMap<>();

  /** libargon2's {@code allocate_fptr}: {@code int (*)(uint8_t **memory, size_t bytes)}. */
  interface Allocate extends Callback {
    int invoke(PointerByReference memory, Size_t bytes);
  }

  /** libargon2's {@code deallocate_fptr}: {@code void (*)(uint8_t *memory, size_t bytes)}. */
  interface Release extends Callback {
    void invoke(Pointer memory, Size_t bytes);
  }

  // Held in static fields: JNA frees a callback's native stub when the Java object is collected.
  private static final Allocate ALLOCATE = Argon2WorkAreas::lend;
  private static final Release RELEASE = Argon2WorkAreas::takeBack;
  static final Pointer ALLOCATE_FUNCTION = CallbackReference.getFunctionPointer(ALLOCATE);
  static final Pointer RELEASE_FUNCTION = CallbackReference.getFunctionPointer(RELEASE);

  private static final int ARGON2_OK = 0;
  private static final int ARGON2_MEMORY_ALLOCATION_ERROR = -22;

  private Argon2WorkAreas() {}

  /** Runs one hash in a slot: waits while {@link #SLOTS} others run. */
  static <T> T inSlot(java.util.function.Supplier<T> hash) {
    SLOT.acquireUninterruptibly();
    try {
      return hash.get();
    } finally {
      SLOT.release();
    }
  }

  /** Areas of this size kept between hashes (for tests). */
  static int kept(long bytes) {
    ConcurrentLinkedQueue<Memory> areas = FREE.get(bytes);
    return areas == null ? 0 : areas.size();
  }

  /** Whether every kept area of this size holds only zeros (for tests). */
  static boolean keptAreasAreZero(long bytes) {
    ConcurrentLinkedQueue<Memory> areas = FREE.get(bytes);
    if (areas == null || areas.isEmpty()) {
      return false;
    }
    for (Memory area : areas) {
      byte[] content = area.getByteArray(0, (int) area.size());
      for (byte b : content) {
        if (b != 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static int lend(PointerByReference memory, Size_t bytes) {
    long size = bytes.longValue();
    if (size <= 0) {
      return ARGON2_MEMORY_ALLOCATION_ERROR;
    }
    Memory area = FREE.computeIfAbsent(size, s -> new ConcurrentLinkedQueue<>()).poll();
    if (area == null) {
      try {
        area = new Memory(size);
      } catch (OutOfMemoryError e) {
        return ARGON2_MEMORY_ALLOCATION_ERROR;
      }
    }
    LENT.put(Pointer.nativeValue(area), area);
    memory.setValue(area);
    return ARGON2_OK;
  }

  private static void takeBack(Pointer memory, Size_t bytes) {
    Memory area = LENT.remove(Pointer.nativeValue(memory));
    if (area != null) {
      FREE.computeIfAbsent(area.size(), s -> new ConcurrentLinkedQueue<>()).add(area);
    }
  }
}
