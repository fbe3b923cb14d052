package dev.aliendb.jdbc.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

/**
 * Seeded damage to a closed database file, the kinds a disk, a file system or a stray writer can cause:
 * flipped bits, a run of garbage bytes, a whole page of garbage or of zeros, a page written to the wrong
 * place (a valid page copied over another), a torn file (truncated), and garbage in the file header.
 * {@link #apply} returns a description so a failing trial can be replayed and understood.
 */
enum FileDamage {
    FLIP_BITS {
        @Override
        String damage(FileChannel f, long size, int pageSize, Random random) throws IOException {
            int flips = 1 + random.nextInt(8);
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < flips; i++) {
                long at = (long) (random.nextDouble() * size);
                byte[] b = read(f, at, 1);
                b[0] ^= (byte) (1 << random.nextInt(8));
                write(f, at, b);
                where.append(' ').append(at);
            }
            return "flipped a bit at" + where;
        }
    },
    GARBAGE_RUN {
        @Override
        String damage(FileChannel f, long size, int pageSize, Random random) throws IOException {
            int length = 1 + random.nextInt(64);
            long at = (long) (random.nextDouble() * (size - length));
            write(f, at, randomBytes(random, length));
            return length + " random bytes at " + at;
        }
    },
    GARBAGE_PAGE {
        @Override
        String damage(FileChannel f, long size, int pageSize, Random random) throws IOException {
            int page = randomPage(size, pageSize, random);
            write(f, (long) page * pageSize, randomBytes(random, pageSize));
            return "random bytes over page " + (page + 1);
        }
    },
    ZERO_PAGE {
        @Override
        String damage(FileChannel f, long size, int pageSize, Random random) throws IOException {
            int page = randomPage(size, pageSize, random);
            write(f, (long) page * pageSize, new byte[pageSize]);
            return "zeros over page " + (page + 1);
        }
    },
    MISPLACED_PAGE {
        @Override
        String damage(FileChannel f, long size, int pageSize, Random random) throws IOException {
            int from = randomPage(size, pageSize, random);
            int to = randomPage(size, pageSize, random);
            if (from == to) {
                to = (to + 1) % (int) (size / pageSize);
            }
            write(f, (long) to * pageSize, read(f, (long) from * pageSize, pageSize));
            return "page " + (from + 1) + " copied over page " + (to + 1);
        }
    },
    TRUNCATE {
        @Override
        String damage(FileChannel f, long size, int pageSize, Random random) throws IOException {
            long length = random.nextBoolean() ? (long) randomPage(size, pageSize, random) * pageSize
                    : (long) (random.nextDouble() * size);
            f.truncate(length);
            return "truncated from " + size + " to " + length + " bytes";
        }
    },
    HEADER_GARBAGE {
        @Override
        String damage(FileChannel f, long size, int pageSize, Random random) throws IOException {
            int at = random.nextInt(100);
            int length = 1 + random.nextInt(4);
            write(f, at, randomBytes(random, length));
            return length + " random bytes in the header at " + at;
        }
    };

    abstract String damage(FileChannel f, long size, int pageSize, Random random) throws IOException;

    /** Damages {@code file} (made of pages of {@code pageSize} bytes); returns what was done. */
    String apply(Path file, int pageSize, Random random) throws IOException {
        try (FileChannel f = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            String what = name() + ": " + damage(f, f.size(), pageSize, random);
            f.force(true);
            return what;
        }
    }

    private static int randomPage(long size, int pageSize, Random random) {
        return random.nextInt((int) (size / pageSize));
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    private static byte[] read(FileChannel f, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && f.read(buffer, at + buffer.position()) >= 0) {
            // keep reading until the buffer is full or the file ends
        }
        return buffer.array();
    }

    private static void write(FileChannel f, long at, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            f.write(buffer, at + buffer.position());
        }
    }
}
