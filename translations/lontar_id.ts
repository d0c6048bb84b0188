<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="id">
<context>
    <name>AuditLog</name>
    <message>
        <source>Entri #%1 hilang dari log audit</source>
        <translation>Entri #%1 hilang dari log audit</translation>
    </message>
    <message>
        <source>Entri #%1 tidak menyambung ke entri sebelumnya</source>
        <translation>Entri #%1 tidak menyambung ke entri sebelumnya</translation>
    </message>
    <message>
        <source>Isi entri #%1 telah diubah</source>
        <translation>Isi entri #%1 telah diubah</translation>
    </message>
    <message>
        <source>Entri terakhir log audit telah dihapus (tercatat %1 entri, ditemukan %2)</source>
        <translation>Entri terakhir log audit telah dihapus (tercatat %1 entri, ditemukan %2)</translation>
    </message>
    <message>
        <source>Penanda akhir log audit hilang</source>
        <translation>Penanda akhir log audit hilang</translation>
    </message>
    <message>
        <source>Berhasil masuk</source>
        <translation>Berhasil masuk</translation>
    </message>
    <message>
        <source>Gagal masuk (kata sandi salah)</source>
        <translation>Gagal masuk (kata sandi salah)</translation>
    </message>
    <message>
        <source>Gagal masuk (pengguna tidak dikenal)</source>
        <translation>Gagal masuk (pengguna tidak dikenal)</translation>
    </message>
    <message>
        <source>Akun dikunci</source>
        <translation>Akun dikunci</translation>
    </message>
    <message>
        <source>Ditolak: akun terkunci</source>
        <translation>Ditolak: akun terkunci</translation>
    </message>
    <message>
        <source>Ditolak: akun nonaktif</source>
        <translation>Ditolak: akun nonaktif</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Data demo dimuat</source>
        <translation>Data demo dimuat</translation>
    </message>
    <message>
        <source>Pengguna dibuat</source>
        <translation>Pengguna dibuat</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang</source>
        <translation>Kata sandi diatur ulang</translation>
    </message>
    <message>
        <source>Kunci akun dibuka</source>
        <translation>Kunci akun dibuka</translation>
    </message>
    <message>
        <source>Akun diaktifkan</source>
        <translation>Akun diaktifkan</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan</source>
        <translation>Akun dinonaktifkan</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Nama pengguna atau kata sandi salah</source>
        <translation>Nama pengguna atau kata sandi salah</translation>
    </message>
    <message numerus="yes">
        <source>Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam %n menit.</source>
        <translation>
            <numerusform>Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam %n menit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Akun dikunci selama %n menit karena terlalu banyak percobaan gagal.</source>
        <translation>
            <numerusform>Akun dikunci selama %n menit karena terlalu banyak percobaan gagal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin OPD.</source>
        <translation>Akun ini dinonaktifkan. Hubungi admin OPD.</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>Jenis data %1 tidak dikenal</source>
        <translation>Jenis data %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Data %1 hanya dapat diubah oleh server</source>
        <translation>Data %1 hanya dapat diubah oleh server</translation>
    </message>
    <message>
        <source>Data %1 tidak dapat diubah setelah dibuat</source>
        <translation>Data %1 tidak dapat diubah setelah dibuat</translation>
    </message>
    <message>
        <source>Data %1 tidak dapat dihapus</source>
        <translation>Data %1 tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Data tidak ditemukan</source>
        <translation>Data tidak ditemukan</translation>
    </message>
    <message>
        <source>Konflik tidak ditemukan</source>
        <translation>Konflik tidak ditemukan</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca</source>
        <translation>Berkas %1 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat</source>
        <translation>Folder %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat ditulisi</source>
        <translation>Folder %1 tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Disk penuh atau tidak dapat ditulisi</source>
        <translation>Disk penuh atau tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Berkas terlalu besar</source>
        <translation>Berkas terlalu besar</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disimpan</source>
        <translation>Berkas %1 tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Tidak ada pengguna yang masuk</source>
        <translation>Tidak ada pengguna yang masuk</translation>
    </message>
    <message>
        <source>Perubahan yang ditolak tidak ditemukan</source>
        <translation>Perubahan yang ditolak tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Tidak dapat membuka basis data %1: %2</source>
        <translation>Tidak dapat membuka basis data %1: %2</translation>
    </message>
    <message>
        <source>Alamat PostgreSQL tidak valid; gunakan postgresql://pengguna@host:port/basisdata</source>
        <translation>Alamat PostgreSQL tidak valid; gunakan postgresql://pengguna@host:port/basisdata</translation>
    </message>
    <message>
        <source>Tidak dapat terhubung ke PostgreSQL di %1: %2</source>
        <translation>Tidak dapat terhubung ke PostgreSQL di %1: %2</translation>
    </message>
    <message>
        <source>Kesalahan SQL (%1): %2</source>
        <translation>Kesalahan SQL (%1): %2</translation>
    </message>
    <message>
        <source>Transaksi bertingkat tidak didukung</source>
        <translation>Transaksi bertingkat tidak didukung</translation>
    </message>
    <message>
        <source>Tidak dapat memulai transaksi: %1</source>
        <translation>Tidak dapat memulai transaksi: %1</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan transaksi: %1</source>
        <translation>Tidak dapat menyimpan transaksi: %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Data demo tidak ditemukan: %1</source>
        <translation>Data demo tidak ditemukan: %1</translation>
    </message>
    <message>
        <source>Data demo rusak: %1</source>
        <translation>Data demo rusak: %1</translation>
    </message>
    <message>
        <source>Pengguna demo %1: %2</source>
        <translation>Pengguna demo %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldSchema</name>
    <message>
        <source>Kolom %1 tidak valid: %2</source>
        <translation>Kolom %1 tidak valid: %2</translation>
    </message>
    <message>
        <source>Kolom %1 tidak dikenal</source>
        <translation>Kolom %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Kolom %1 wajib diisi</source>
        <translation>Kolom %1 wajib diisi</translation>
    </message>
    <message>
        <source>harus teks</source>
        <translation>harus teks</translation>
    </message>
    <message>
        <source>paling banyak %1 karakter</source>
        <translation>paling banyak %1 karakter</translation>
    </message>
    <message>
        <source>harus bilangan bulat</source>
        <translation>harus bilangan bulat</translation>
    </message>
    <message>
        <source>waktu tidak valid</source>
        <translation>waktu tidak valid</translation>
    </message>
    <message>
        <source>harus ya/tidak</source>
        <translation>harus ya/tidak</translation>
    </message>
    <message>
        <source>harus UUID</source>
        <translation>harus UUID</translation>
    </message>
    <message>
        <source>harus SHA-256 (64 huruf heksadesimal)</source>
        <translation>harus SHA-256 (64 huruf heksadesimal)</translation>
    </message>
    <message>
        <source>harus salah satu dari %1</source>
        <translation>harus salah satu dari %1</translation>
    </message>
    <message>
        <source>harus daftar teks</source>
        <translation>harus daftar teks</translation>
    </message>
    <message>
        <source>harus objek</source>
        <translation>harus objek</translation>
    </message>
</context>
<context>
    <name>FilePermissions</name>
    <message>
        <source>Tidak dapat membuat folder %1</source>
        <translation>Tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>Tidak dapat membatasi hak akses folder %1</source>
        <translation>Tidak dapat membatasi hak akses folder %1</translation>
    </message>
    <message>
        <source>Tidak dapat membatasi hak akses berkas %1</source>
        <translation>Tidak dapat membatasi hak akses berkas %1</translation>
    </message>
    <message>
        <source>Tidak dapat membuat berkas %1</source>
        <translation>Tidak dapat membuat berkas %1</translation>
    </message>
</context>
<context>
    <name>IdentityAdmin</name>
    <message>
        <source>Hanya admin OPD yang boleh mengubah data pengguna</source>
        <translation>Hanya admin OPD yang boleh mengubah data pengguna</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan</source>
        <translation>Pengguna tidak ditemukan</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri</translation>
    </message>
    <message>
        <source>Nama pengguna 2–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung</source>
        <translation>Nama pengguna 2–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung</translation>
    </message>
    <message>
        <source>Tingkat akses keamanan harus 0 sampai 3</source>
        <translation>Tingkat akses keamanan harus 0 sampai 3</translation>
    </message>
    <message>
        <source>%1 wajib diisi</source>
        <translation>%1 wajib diisi</translation>
    </message>
    <message>
        <source>%1 maksimal %2 karakter</source>
        <translation>%1 maksimal %2 karakter</translation>
    </message>
    <message>
        <source>%1 berisi karakter yang tidak diizinkan</source>
        <translation>%1 berisi karakter yang tidak diizinkan</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja wajib dipilih</source>
        <translation>Unit kerja wajib dipilih</translation>
    </message>
    <message>
        <source>Unit tidak ditemukan</source>
        <translation>Unit tidak ditemukan</translation>
    </message>
    <message>
        <source>Tidak ada data yang diubah</source>
        <translation>Tidak ada data yang diubah</translation>
    </message>
    <message>
        <source>NIP sudah terdaftar</source>
        <translation>NIP sudah terdaftar</translation>
    </message>
    <message>
        <source>Anda tidak dapat mencabut peran admin OPD Anda sendiri</source>
        <translation>Anda tidak dapat mencabut peran admin OPD Anda sendiri</translation>
    </message>
    <message>
        <source>Anda tidak dapat mengunci akun Anda sendiri</source>
        <translation>Anda tidak dapat mengunci akun Anda sendiri</translation>
    </message>
</context>
<context>
    <name>IdentityStore</name>
    <message>
        <source>Kata sandi minimal 8 karakter</source>
        <translation>Kata sandi minimal 8 karakter</translation>
    </message>
    <message>
        <source>Kata sandi maksimal 128 karakter</source>
        <translation>Kata sandi maksimal 128 karakter</translation>
    </message>
    <message>
        <source>NIP harus 18 digit angka</source>
        <translation>NIP harus 18 digit angka</translation>
    </message>
    <message>
        <source>Kode dan nama unit wajib diisi</source>
        <translation>Kode dan nama unit wajib diisi</translation>
    </message>
    <message>
        <source>Unit tidak ditemukan</source>
        <translation>Unit tidak ditemukan</translation>
    </message>
    <message>
        <source>Nama pengguna dan nama lengkap wajib diisi</source>
        <translation>Nama pengguna dan nama lengkap wajib diisi</translation>
    </message>
    <message>
        <source>Nama pengguna atau NIP sudah terdaftar</source>
        <translation>Nama pengguna atau NIP sudah terdaftar</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan</source>
        <translation>Pengguna tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Daftar migrasi tidak valid untuk modul %1 versi %2</source>
        <translation>Daftar migrasi tidak valid untuk modul %1 versi %2</translation>
    </message>
    <message>
        <source>Basis data dibuat oleh versi Lontar yang lebih baru (modul %1 versi %2); perbarui aplikasi sebelum membukanya.</source>
        <translation>Basis data dibuat oleh versi Lontar yang lebih baru (modul %1 versi %2); perbarui aplikasi sebelum membukanya.</translation>
    </message>
    <message>
        <source>Migrasi %1 versi %2 (%3) gagal: %4</source>
        <translation>Migrasi %1 versi %2 (%3) gagal: %4</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Berkas %1 tidak dapat dibuka</source>
        <translation>Berkas %1 tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Berkas %1 kosong</source>
        <translation>Berkas %1 kosong</translation>
    </message>
    <message>
        <source>%1 bukan PDF yang valid: %2</source>
        <translation>%1 bukan PDF yang valid: %2</translation>
    </message>
    <message>
        <source>Bukan PDF yang valid: %1</source>
        <translation>Bukan PDF yang valid: %1</translation>
    </message>
    <message>
        <source>PDF terenkripsi tidak didukung; buka kuncinya terlebih dahulu</source>
        <translation>PDF terenkripsi tidak didukung; buka kuncinya terlebih dahulu</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah</source>
        <translation>Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah</translation>
    </message>
    <message>
        <source>Halaman %1 tidak ada (dokumen berisi %2 halaman)</source>
        <translation>Halaman %1 tidak ada (dokumen berisi %2 halaman)</translation>
    </message>
    <message>
        <source>Area tanda tangan terlalu kecil (minimal 20×20 pt)</source>
        <translation>Area tanda tangan terlalu kecil (minimal 20×20 pt)</translation>
    </message>
    <message>
        <source>Dokumen terlalu besar</source>
        <translation>Dokumen terlalu besar</translation>
    </message>
    <message>
        <source>Tanda tangan (%1 byte) melebihi ruang yang disediakan (%2 byte)</source>
        <translation>Tanda tangan (%1 byte) melebihi ruang yang disediakan (%2 byte)</translation>
    </message>
    <message>
        <source>Berkas hasil %1 tidak dapat ditulisi</source>
        <translation>Berkas hasil %1 tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Disk penuh: berkas hasil tidak ditulis</source>
        <translation>Disk penuh: berkas hasil tidak ditulis</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca</source>
        <translation>Berkas %1 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak dapat dibaca</source>
        <translation>Sertifikat penanda tangan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan sudah kedaluwarsa sejak %1. Dokumen tidak ditandatangani; perbarui sertifikat elektronik Anda terlebih dahulu.</source>
        <translation>Sertifikat penanda tangan sudah kedaluwarsa sejak %1. Dokumen tidak ditandatangani; perbarui sertifikat elektronik Anda terlebih dahulu.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan belum berlaku sampai %1. Dokumen tidak ditandatangani.</source>
        <translation>Sertifikat penanda tangan belum berlaku sampai %1. Dokumen tidak ditandatangani.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Tidak dapat membuat folder profil %1</source>
        <translation>Tidak dapat membuat folder profil %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lontar</source>
        <translation>Lontar</translation>
    </message>
    <message>
        <source>Profil tidak dapat dibuka.

%1</source>
        <translation>Profil tidak dapat dibuka.

%1</translation>
    </message>
    <message>
        <source>Data demo tidak dapat dimuat.

%1</source>
        <translation>Data demo tidak dapat dimuat.

%1</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Isi tanda tangan (CMS) tidak dapat dibaca</source>
        <translation>Isi tanda tangan (CMS) tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak ada di dalam tanda tangan</source>
        <translation>Sertifikat penanda tangan tidak ada di dalam tanda tangan</translation>
    </message>
    <message>
        <source>Tanda tangan tanpa atribut message-digest tidak didukung</source>
        <translation>Tanda tangan tanpa atribut message-digest tidak didukung</translation>
    </message>
    <message>
        <source>Algoritme hash selain SHA-256 belum didukung</source>
        <translation>Algoritme hash selain SHA-256 belum didukung</translation>
    </message>
    <message>
        <source>Dokumen telah diubah setelah ditandatangani (hash tidak cocok)</source>
        <translation>Dokumen telah diubah setelah ditandatangani (hash tidak cocok)</translation>
    </message>
    <message>
        <source>Nilai tanda tangan tidak cocok dengan sertifikat</source>
        <translation>Nilai tanda tangan tidak cocok dengan sertifikat</translation>
    </message>
    <message>
        <source>Sertifikat tidak dipercaya: %1</source>
        <translation>Sertifikat tidak dipercaya: %1</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca</source>
        <translation>Berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Kamus tanda tangan berada di dalam object stream, sehingga /ByteRange tidak dapat menunjuk /Contents-nya</source>
        <translation>Kamus tanda tangan berada di dalam object stream, sehingga /ByteRange tidak dapat menunjuk /Contents-nya</translation>
    </message>
    <message>
        <source>Kamus tanda tangan tidak dapat diurai</source>
        <translation>Kamus tanda tangan tidak dapat diurai</translation>
    </message>
    <message>
        <source>Kamus tanda tangan harus berupa objek tersendiri, bukan ditulis langsung di dalam field</source>
        <translation>Kamus tanda tangan harus berupa objek tersendiri, bukan ditulis langsung di dalam field</translation>
    </message>
    <message>
        <source>verify: tidak ada sertifikat akar yang dipercaya; berikan folder sertifikat akar dengan --trust DIR</source>
        <translation>verify: tidak ada sertifikat akar yang dipercaya; berikan folder sertifikat akar dengan --trust DIR</translation>
    </message>
    <message>
        <source>penggunaan kunci (keyUsage) sertifikat tidak mencakup digitalSignature atau nonRepudiation</source>
        <translation>penggunaan kunci (keyUsage) sertifikat tidak mencakup digitalSignature atau nonRepudiation</translation>
    </message>
    <message>
        <source>extendedKeyUsage sertifikat tidak dapat dibaca</source>
        <translation>extendedKeyUsage sertifikat tidak dapat dibaca</translation>
    </message>
    <message>
        <source>extendedKeyUsage sertifikat tidak mengizinkan penandatanganan dokumen (misalnya hanya untuk server TLS)</source>
        <translation>extendedKeyUsage sertifikat tidak mengizinkan penandatanganan dokumen (misalnya hanya untuk server TLS)</translation>
    </message>
    <message>
        <source>Stempel waktu tidak tepercaya; sertifikat dinilai pada waktu pemeriksaan</source>
        <translation>Stempel waktu tidak tepercaya; sertifikat dinilai pada waktu pemeriksaan</translation>
    </message>
    <message>
        <source>Stempel waktu tidak cocok dengan tanda tangan</source>
        <translation>Stempel waktu tidak cocok dengan tanda tangan</translation>
    </message>
    <message>
        <source>Identitas penanda tangan tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</source>
        <translation>Identitas penanda tangan tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</translation>
    </message>
    <message>
        <source>tidak diperlukan</source>
        <translation>tidak diperlukan</translation>
    </message>
    <message>
        <source>belum dianalisis</source>
        <translation>belum dianalisis</translation>
    </message>
    <message>
        <source>, waktu stempel waktu tepercaya</source>
        <translation>, waktu stempel waktu tepercaya</translation>
    </message>
    <message>
        <source>, waktu pemeriksaan, karena tidak ada stempel waktu tepercaya</source>
        <translation>, waktu pemeriksaan, karena tidak ada stempel waktu tepercaya</translation>
    </message>
    <message>
        <source>tepercaya (rantai sampai ke sertifikat akar yang dipercaya, diperiksa pada %1)</source>
        <translation>tepercaya (rantai sampai ke sertifikat akar yang dipercaya, diperiksa pada %1)</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</source>
        <translation>tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan: sertifikat tidak berantai ke sertifikat akar yang dipercaya</source>
        <translation>tidak dapat dipastikan: sertifikat tidak berantai ke sertifikat akar yang dipercaya</translation>
    </message>
    <message>
        <source>tidak tepercaya: sertifikat sudah kedaluwarsa pada %1</source>
        <translation>tidak tepercaya: sertifikat sudah kedaluwarsa pada %1</translation>
    </message>
    <message>
        <source>tidak tepercaya: sertifikat belum berlaku pada %1</source>
        <translation>tidak tepercaya: sertifikat belum berlaku pada %1</translation>
    </message>
    <message>
        <source>tidak tepercaya: %1</source>
        <translation>tidak tepercaya: %1</translation>
    </message>
    <message>
        <source>tidak tepercaya: rantai sertifikat tidak valid (%1)</source>
        <translation>tidak tepercaya: rantai sertifikat tidak valid (%1)</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan: sertifikat penanda tangan tidak dapat diperiksa</source>
        <translation>tidak dapat dipastikan: sertifikat penanda tangan tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>tidak ada perubahan sesudah ditandatangani</source>
        <translation>tidak ada perubahan sesudah ditandatangani</translation>
    </message>
    <message>
        <source>ada %1 revisi sesudahnya yang ditandatangani lagi; isi perubahannya %2</source>
        <translation>ada %1 revisi sesudahnya yang ditandatangani lagi; isi perubahannya %2</translation>
    </message>
    <message>
        <source>ada perubahan sesudah ditandatangani yang tidak ditandatangani siapa pun (%1 byte)</source>
        <translation>ada perubahan sesudah ditandatangani yang tidak ditandatangani siapa pun (%1 byte)</translation>
    </message>
    <message>
        <source>Dokumen ini tidak memiliki tanda tangan elektronik</source>
        <translation>Dokumen ini tidak memiliki tanda tangan elektronik</translation>
    </message>
    <message>
        <source>SEMUA TANDA TANGAN SAH: utuh, tepercaya, dan tidak diubah sesudahnya</source>
        <translation>SEMUA TANDA TANGAN SAH: utuh, tepercaya, dan tidak diubah sesudahnya</translation>
    </message>
    <message>
        <source>BELUM TEPERCAYA: dokumen utuh dan tidak diubah, tetapi identitas penanda tangan tidak dapat dipastikan</source>
        <translation>BELUM TEPERCAYA: dokumen utuh dan tidak diubah, tetapi identitas penanda tangan tidak dapat dipastikan</translation>
    </message>
    <message>
        <source>TIDAK SAH: tanda tangan rusak dan dokumen diubah sesudah ditandatangani</source>
        <translation>TIDAK SAH: tanda tangan rusak dan dokumen diubah sesudah ditandatangani</translation>
    </message>
    <message>
        <source>TIDAK SAH: tanda tangan rusak atau dokumen diubah (keutuhan gagal)</source>
        <translation>TIDAK SAH: tanda tangan rusak atau dokumen diubah (keutuhan gagal)</translation>
    </message>
    <message>
        <source>TIDAK SAH: dokumen diubah sesudah ditandatangani tanpa tanda tangan baru</source>
        <translation>TIDAK SAH: dokumen diubah sesudah ditandatangani tanpa tanda tangan baru</translation>
    </message>
    <message>
        <source>Berkas: %1 (%2 byte)
</source>
        <translation>Berkas: %1 (%2 byte)
</translation>
    </message>
    <message>
        <source>SAH</source>
        <translation>SAH</translation>
    </message>
    <message>
        <source>BELUM TEPERCAYA</source>
        <translation>BELUM TEPERCAYA</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>TIDAK SAH</translation>
    </message>
    <message>
        <source>
Tanda tangan %1 (%2): %3
</source>
        <translation>
Tanda tangan %1 (%2): %3
</translation>
    </message>
    <message>
        <source>  Catatan: tanda tangan (objek %1) tidak terdaftar di /Fields formulir
</source>
        <translation>  Catatan: tanda tangan (objek %1) tidak terdaftar di /Fields formulir
</translation>
    </message>
    <message>
        <source>  Penanda tangan: %1
</source>
        <translation>  Penanda tangan: %1
</translation>
    </message>
    <message>
        <source>  Waktu: %1 (%2)
</source>
        <translation>  Waktu: %1 (%2)
</translation>
    </message>
    <message>
        <source>stempel waktu tepercaya</source>
        <translation>stempel waktu tepercaya</translation>
    </message>
    <message>
        <source>stempel waktu yang belum dapat dipercaya</source>
        <translation>stempel waktu yang belum dapat dipercaya</translation>
    </message>
    <message>
        <source>diakui penanda tangan, tidak dipakai untuk menilai sertifikat</source>
        <translation>diakui penanda tangan, tidak dipakai untuk menilai sertifikat</translation>
    </message>
    <message>
        <source>  Keutuhan: %1
</source>
        <translation>  Keutuhan: %1
</translation>
    </message>
    <message>
        <source>utuh, isi yang ditandatangani tidak berubah</source>
        <translation>utuh, isi yang ditandatangani tidak berubah</translation>
    </message>
    <message>
        <source>RUSAK</source>
        <translation>RUSAK</translation>
    </message>
    <message>
        <source>  Kepercayaan: %1
</source>
        <translation>  Kepercayaan: %1
</translation>
    </message>
    <message>
        <source>  Perubahan sesudahnya: %1
</source>
        <translation>  Perubahan sesudahnya: %1
</translation>
    </message>
    <message>
        <source>
Hasil: %1
</source>
        <translation>
Hasil: %1
</translation>
    </message>
    <message>
        <source>Kunci /%1 muncul lebih dari sekali di kamus tanda tangan; nilai ganda tidak diterima karena salah satunya dapat disisipkan tanpa ditandatangani</source>
        <translation>Kunci /%1 muncul lebih dari sekali di kamus tanda tangan; nilai ganda tidak diterima karena salah satunya dapat disisipkan tanpa ditandatangani</translation>
    </message>
    <message>
        <source>/ByteRange harus berisi tepat empat bilangan bulat</source>
        <translation>/ByteRange harus berisi tepat empat bilangan bulat</translation>
    </message>
    <message>
        <source>/ByteRange berisi angka negatif</source>
        <translation>/ByteRange berisi angka negatif</translation>
    </message>
    <message>
        <source>/ByteRange tidak dimulai dari awal berkas (byte 0), jadi awal berkas tidak ikut ditandatangani</source>
        <translation>/ByteRange tidak dimulai dari awal berkas (byte 0), jadi awal berkas tidak ikut ditandatangani</translation>
    </message>
    <message>
        <source>Bagian-bagian /ByteRange tumpang tindih</source>
        <translation>Bagian-bagian /ByteRange tumpang tindih</translation>
    </message>
    <message>
        <source>/ByteRange melewati akhir berkas</source>
        <translation>/ByteRange melewati akhir berkas</translation>
    </message>
    <message>
        <source>/Contents bukan string heksadesimal</source>
        <translation>/Contents bukan string heksadesimal</translation>
    </message>
    <message>
        <source>Celah /ByteRange (byte %1 sampai %2) tidak sama persis dengan /Contents tanda tangan ini (byte %3 sampai %4): ada byte di dalam celah yang tidak ikut ditandatangani</source>
        <translation>Celah /ByteRange (byte %1 sampai %2) tidak sama persis dengan /Contents tanda tangan ini (byte %3 sampai %4): ada byte di dalam celah yang tidak ikut ditandatangani</translation>
    </message>
    <message>
        <source>Kamus tanda tangan tidak seluruhnya berada di bagian yang ditandatangani</source>
        <translation>Kamus tanda tangan tidak seluruhnya berada di bagian yang ditandatangani</translation>
    </message>
    <message>
        <source>/Type kamus tanda tangan harus /Sig atau /DocTimeStamp</source>
        <translation>/Type kamus tanda tangan harus /Sig atau /DocTimeStamp</translation>
    </message>
    <message>
        <source>/Filter harus /Adobe.PPKLite</source>
        <translation>/Filter harus /Adobe.PPKLite</translation>
    </message>
    <message>
        <source>/SubFilter stempel waktu dokumen harus /ETSI.RFC3161</source>
        <translation>/SubFilter stempel waktu dokumen harus /ETSI.RFC3161</translation>
    </message>
    <message>
        <source>/SubFilter &quot;%1&quot; tidak didukung (hanya ETSI.CAdES.detached dan adbe.pkcs7.detached)</source>
        <translation>/SubFilter &quot;%1&quot; tidak didukung (hanya ETSI.CAdES.detached dan adbe.pkcs7.detached)</translation>
    </message>
    <message>
        <source>Stempel waktu dokumen (DocTimeStamp) belum dapat diperiksa</source>
        <translation>Stempel waktu dokumen (DocTimeStamp) belum dapat diperiksa</translation>
    </message>
    <message>
        <source>Waktu, alasan dan lokasi penandatanganan tidak dibaca karena kamus tanda tangan tidak utuh ditandatangani</source>
        <translation>Waktu, alasan dan lokasi penandatanganan tidak dibaca karena kamus tanda tangan tidak utuh ditandatangani</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Server menjawab dengan status %1</source>
        <translation>Server menjawab dengan status %1</translation>
    </message>
    <message>
        <source>Perangkat belum terdaftar di server</source>
        <translation>Perangkat belum terdaftar di server</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Berkas lokal %1 hilang</source>
        <translation>Berkas lokal %1 hilang</translation>
    </message>
    <message>
        <source>Berkas lokal %1 tidak dapat dibaca</source>
        <translation>Berkas lokal %1 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Jawaban server tidak lengkap</source>
        <translation>Jawaban server tidak lengkap</translation>
    </message>
    <message>
        <source>Jawaban server tidak sesuai urutan</source>
        <translation>Jawaban server tidak sesuai urutan</translation>
    </message>
    <message>
        <source>Perubahan dari server tidak valid</source>
        <translation>Perubahan dari server tidak valid</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulisi</source>
        <translation>Berkas %1 tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Unduhan terputus</source>
        <translation>Unduhan terputus</translation>
    </message>
    <message>
        <source>Disk penuh atau tidak dapat ditulisi</source>
        <translation>Disk penuh atau tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Isi berkas tidak cocok dengan hash SHA-256</source>
        <translation>Isi berkas tidak cocok dengan hash SHA-256</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disimpan</source>
        <translation>Berkas %1 tidak dapat disimpan</translation>
    </message>
    <message numerus="yes">
        <source>Masih ada %n perubahan milik %1 yang belum terkirim ke server. Minta %1 masuk dan menyinkronkan dulu.</source>
        <translation>
            <numerusform>Masih ada %n perubahan milik %1 yang belum terkirim ke server. Minta %1 masuk dan menyinkronkan dulu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncServer</name>
    <message>
        <source>Terlalu banyak percobaan masuk; coba lagi nanti.</source>
        <translation>Terlalu banyak percobaan masuk; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Perangkat ini terdaftar untuk pengguna lain.</source>
        <translation>Perangkat ini terdaftar untuk pengguna lain.</translation>
    </message>
    <message>
        <source>Perangkat menunggu persetujuan admin OPD.</source>
        <translation>Perangkat menunggu persetujuan admin OPD.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan pada server; coba lagi nanti.</source>
        <translation>Terjadi kesalahan pada server; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Kolom %1 tidak dikenal atau jenis isinya salah</source>
        <translation>Kolom %1 tidak dikenal atau jenis isinya salah</translation>
    </message>
    <message>
        <source>Kolom %1 wajib diisi</source>
        <translation>Kolom %1 wajib diisi</translation>
    </message>
    <message>
        <source>Kolom %1 harus bilangan bulat</source>
        <translation>Kolom %1 harus bilangan bulat</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: %1</source>
        <translation>Peran tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Hanya untuk admin OPD.</source>
        <translation>Hanya untuk admin OPD.</translation>
    </message>
    <message>
        <source>Perangkat tidak ditemukan di unit Anda.</source>
        <translation>Perangkat tidak ditemukan di unit Anda.</translation>
    </message>
    <message>
        <source>Perangkat ini sudah dicabut dan tidak dapat disetujui lagi; daftarkan perangkat sebagai perangkat baru.</source>
        <translation>Perangkat ini sudah dicabut dan tidak dapat disetujui lagi; daftarkan perangkat sebagai perangkat baru.</translation>
    </message>
    <message>
        <source>Isi permintaan harus objek JSON.</source>
        <translation>Isi permintaan harus objek JSON.</translation>
    </message>
    <message>
        <source>Nama pengguna dan kata sandi wajib diisi.</source>
        <translation>Nama pengguna dan kata sandi wajib diisi.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi tidak valid.</source>
        <translation>Nama pengguna atau kata sandi tidak valid.</translation>
    </message>
    <message>
        <source>ID perangkat harus 8–64 karakter berupa huruf, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>ID perangkat harus 8–64 karakter berupa huruf, angka, titik, garis bawah atau tanda hubung.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin OPD.</source>
        <translation>Akun ini dinonaktifkan. Hubungi admin OPD.</translation>
    </message>
    <message>
        <source>Akun ini belum ditempatkan di unit kerja; hubungi admin OPD.</source>
        <translation>Akun ini belum ditempatkan di unit kerja; hubungi admin OPD.</translation>
    </message>
    <message>
        <source>Perangkat ini telah dicabut oleh admin OPD dan tidak dapat dipakai lagi untuk sinkronisasi.</source>
        <translation>Perangkat ini telah dicabut oleh admin OPD dan tidak dapat dipakai lagi untuk sinkronisasi.</translation>
    </message>
    <message>
        <source>Sesi perangkat tidak berlaku lagi; masuk lagi dengan kata sandi.</source>
        <translation>Sesi perangkat tidak berlaku lagi; masuk lagi dengan kata sandi.</translation>
    </message>
    <message>
        <source>Token sesi dipakai ulang; semua sesi perangkat ini dicabut. Masuk lagi dengan kata sandi.</source>
        <translation>Token sesi dipakai ulang; semua sesi perangkat ini dicabut. Masuk lagi dengan kata sandi.</translation>
    </message>
    <message>
        <source>Kuota penyimpanan berkas unit kerja Anda tidak cukup: terpakai %1 MiB dari %2 MiB, berkas ini %3 MiB. Hubungi admin OPD.</source>
        <translation>Kuota penyimpanan berkas unit kerja Anda tidak cukup: terpakai %1 MiB dari %2 MiB, berkas ini %3 MiB. Hubungi admin OPD.</translation>
    </message>
    <message>
        <source>Permintaan tanpa token akses.</source>
        <translation>Permintaan tanpa token akses.</translation>
    </message>
    <message>
        <source>Server sibuk; coba lagi.</source>
        <translation>Server sibuk; coba lagi.</translation>
    </message>
    <message>
        <source>Token akses tidak berlaku.</source>
        <translation>Token akses tidak berlaku.</translation>
    </message>
    <message>
        <source>Token akses kedaluwarsa.</source>
        <translation>Token akses kedaluwarsa.</translation>
    </message>
    <message>
        <source>Token akses milik perangkat lain.</source>
        <translation>Token akses milik perangkat lain.</translation>
    </message>
    <message>
        <source>Perangkat ini tidak disetujui untuk sinkronisasi.</source>
        <translation>Perangkat ini tidak disetujui untuk sinkronisasi.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Transaksi sudah selesai</source>
        <translation>Transaksi sudah selesai</translation>
    </message>
</context>
<context>
    <name>lontar::AboutDialog</name>
    <message>
        <source>Tentang Lontar</source>
        <translation>Tentang Lontar</translation>
    </message>
    <message>
        <source>Versi %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Aplikasi perkantoran untuk aparatur pemerintah daerah: absensi daring, tanda tangan elektronik (TTE) pada PDF, kearsipan dinamis, dan e-katalog lokal. Bekerja tanpa koneksi dan menyinkronkan data ke server pusat saat terhubung.</source>
        <translation>Aplikasi perkantoran untuk aparatur pemerintah daerah: absensi daring, tanda tangan elektronik (TTE) pada PDF, kearsipan dinamis, dan e-katalog lokal. Bekerja tanpa koneksi dan menyinkronkan data ke server pusat saat terhubung.</translation>
    </message>
    <message>
        <source>Dibangun dengan Qt %1, OpenSSL %2, SQLite, Poppler, libargon2, libqrencode dan libp11.</source>
        <translation>Dibangun dengan Qt %1, OpenSSL %2, SQLite, Poppler, libargon2, libqrencode dan libp11.</translation>
    </message>
    <message>
        <source>© 2026 Tim Lontar. Perangkat lunak bebas.</source>
        <translation>© 2026 Tim Lontar. Perangkat lunak bebas.</translation>
    </message>
</context>
<context>
    <name>lontar::AdminDevicesPanel</name>
    <message>
        <source>Perangkat baru milik pegawai di unit Anda perlu disetujui sebelum dapat menyinkronkan data. Cabut perangkat yang hilang atau tidak dipakai lagi.</source>
        <translation>Perangkat baru milik pegawai di unit Anda perlu disetujui sebelum dapat menyinkronkan data. Cabut perangkat yang hilang atau tidak dipakai lagi.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Cabut…</source>
        <translation>Cabut…</translation>
    </message>
    <message>
        <source>Cabut perangkat</source>
        <translation>Cabut perangkat</translation>
    </message>
    <message>
        <source>Cabut perangkat &quot;%1&quot; milik %2? Perangkat itu tidak dapat sinkron lagi, dan pencabutan tidak dapat dibatalkan.</source>
        <translation>Cabut perangkat &quot;%1&quot; milik %2? Perangkat itu tidak dapat sinkron lagi, dan pencabutan tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Perangkat &quot;%1&quot; milik %2 disetujui.</source>
        <translation>Perangkat &quot;%1&quot; milik %2 disetujui.</translation>
    </message>
    <message>
        <source>Perangkat &quot;%1&quot; milik %2 dicabut.</source>
        <translation>Perangkat &quot;%1&quot; milik %2 dicabut.</translation>
    </message>
</context>
<context>
    <name>lontar::AdministrationPage</name>
    <message>
        <source>Unit organisasi</source>
        <translation>Unit organisasi</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tambah pengguna…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Buka kunci akun</source>
        <translation>Buka kunci akun</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Terkunci</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Ubah data…</source>
        <translation>Ubah data…</translation>
    </message>
    <message>
        <source>Pilih unit untuk melihat pegawai di unit itu dan di bawahnya. Perubahan dikirim ke server lalu diterima semua perangkat saat sinkronisasi.</source>
        <translation>Pilih unit untuk melihat pegawai di unit itu dan di bawahnya. Perubahan dikirim ke server lalu diterima semua perangkat saat sinkronisasi.</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Menghubungi server…</translation>
    </message>
    <message>
        <source>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi tidak aktif pada sesi ini. Data di bawah hanya dapat dilihat.</source>
        <translation>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi tidak aktif pada sesi ini. Data di bawah hanya dapat dilihat.</translation>
    </message>
    <message>
        <source>Menghubungi server… Administrasi pengguna memerlukan koneksi ke server; tombol aktif setelah terhubung.</source>
        <translation>Menghubungi server… Administrasi pengguna memerlukan koneksi ke server; tombol aktif setelah terhubung.</translation>
    </message>
    <message>
        <source>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi gagal: %1 Data di bawah hanya dapat dilihat.</source>
        <translation>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi gagal: %1 Data di bawah hanya dapat dilihat.</translation>
    </message>
    <message>
        <source>Administrasi pengguna memerlukan koneksi ke server. Perangkat ini sedang tidak terhubung, jadi data di bawah hanya dapat dilihat. Tombol aktif kembali begitu koneksi pulih.</source>
        <translation>Administrasi pengguna memerlukan koneksi ke server. Perangkat ini sedang tidak terhubung, jadi data di bawah hanya dapat dilihat. Tombol aktif kembali begitu koneksi pulih.</translation>
    </message>
    <message>
        <source>Data di perangkat ini diperbarui pada sinkronisasi berikutnya.</source>
        <translation>Data di perangkat ini diperbarui pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Kunci akun</source>
        <translation>Kunci akun</translation>
    </message>
    <message>
        <source>Mengirim ke server…</source>
        <translation>Mengirim ke server…</translation>
    </message>
    <message>
        <source>Tersimpan di server. Memperbarui data di perangkat ini…</source>
        <translation>Tersimpan di server. Memperbarui data di perangkat ini…</translation>
    </message>
    <message>
        <source>Pengguna %1 ditambahkan. Saat pertama kali masuk, perangkatnya perlu terhubung ke server.</source>
        <translation>Pengguna %1 ditambahkan. Saat pertama kali masuk, perangkatnya perlu terhubung ke server.</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Data %1 diperbarui.</source>
        <translation>Data %1 diperbarui.</translation>
    </message>
    <message>
        <source>Kata sandi %1 telah diatur ulang. Yang bersangkutan masuk dengan kata sandi baru saat perangkatnya terhubung ke server.</source>
        <translation>Kata sandi %1 telah diatur ulang. Yang bersangkutan masuk dengan kata sandi baru saat perangkatnya terhubung ke server.</translation>
    </message>
    <message>
        <source>Kunci akun %1 telah dibuka.</source>
        <translation>Kunci akun %1 telah dibuka.</translation>
    </message>
    <message>
        <source>Akun %1 dikunci sampai dibuka kembali oleh admin.</source>
        <translation>Akun %1 dikunci sampai dibuka kembali oleh admin.</translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan.</source>
        <translation>Akun %1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>Akun %1 diaktifkan.</source>
        <translation>Akun %1 diaktifkan.</translation>
    </message>
</context>
<context>
    <name>lontar::BuiltinModules</name>
    <message>
        <source>Beranda</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Selamat pagi</source>
        <translation>Selamat pagi</translation>
    </message>
    <message>
        <source>Selamat siang</source>
        <translation>Selamat siang</translation>
    </message>
    <message>
        <source>Selamat sore</source>
        <translation>Selamat sore</translation>
    </message>
    <message>
        <source>Selamat malam</source>
        <translation>Selamat malam</translation>
    </message>
    <message>
        <source>Profil Anda</source>
        <translation>Profil Anda</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Keamanan data lokal</source>
        <translation>Keamanan data lokal</translation>
    </message>
    <message numerus="yes">
        <source>✔ Log audit utuh (%n entri terverifikasi)</source>
        <translation>
            <numerusform>✔ Log audit utuh (%n entri terverifikasi)</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Log audit rusak: %1</source>
        <translation>✖ Log audit rusak: %1</translation>
    </message>
    <message>
        <source>Data disimpan di perangkat ini (SQLite, mode WAL, sinkron penuh) dan tetap dapat digunakan tanpa koneksi internet.</source>
        <translation>Data disimpan di perangkat ini (SQLite, mode WAL, sinkron penuh) dan tetap dapat digunakan tanpa koneksi internet.</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Belum ada layanan lain yang tersedia untuk peran Anda.</source>
        <translation>Belum ada layanan lain yang tersedia untuk peran Anda.</translation>
    </message>
    <message>
        <source>Pengguna &amp; Unit</source>
        <translation>Pengguna &amp; Unit</translation>
    </message>
    <message>
        <source>Log Audit</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>Periksa integritas</source>
        <translation>Periksa integritas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Pelaku</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Objek</translation>
    </message>
    <message numerus="yes">
        <source>Rantai hash utuh: %n entri diperiksa, tidak ada yang diubah atau dihapus.</source>
        <translation>
            <numerusform>Rantai hash utuh: %n entri diperiksa, tidak ada yang diubah atau dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rantai hash RUSAK pada entri #%1: %2</source>
        <translation>Rantai hash RUSAK pada entri #%1: %2</translation>
    </message>
</context>
<context>
    <name>lontar::Cades</name>
    <message>
        <source>Server stempel waktu tidak dapat dihubungi: %1</source>
        <translation>Server stempel waktu tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>Jawaban server stempel waktu tidak valid</source>
        <translation>Jawaban server stempel waktu tidak valid</translation>
    </message>
    <message>
        <source>Stempel waktu ditolak: %1</source>
        <translation>Stempel waktu ditolak: %1</translation>
    </message>
</context>
<context>
    <name>lontar::ConflictsModel</name>
    <message>
        <source>Jenis data</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <source>Ditolak pada</source>
        <translation>Ditolak pada</translation>
    </message>
    <message>
        <source>Diketahui pada</source>
        <translation>Diketahui pada</translation>
    </message>
</context>
<context>
    <name>lontar::DeviceListModel</name>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Nama perangkat</source>
        <translation>Nama perangkat</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation>Didaftarkan</translation>
    </message>
</context>
<context>
    <name>lontar::EntityPolicy</name>
    <message>
        <source>Unit kerja data ini di luar wewenang Anda</source>
        <translation>Unit kerja data ini di luar wewenang Anda</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan data melebihi izin akses Anda</source>
        <translation>Klasifikasi keamanan data melebihi izin akses Anda</translation>
    </message>
</context>
<context>
    <name>lontar::EsignUiModule</name>
    <message>
        <source>Tanda Tangan Elektronik</source>
        <translation>Tanda Tangan Elektronik</translation>
    </message>
</context>
<context>
    <name>lontar::FieldComparisonModel</name>
    <message>
        <source>(dihapus di server)</source>
        <translation>(dihapus di server)</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Versi saya (perangkat ini)</source>
        <translation>Versi saya (perangkat ini)</translation>
    </message>
    <message>
        <source>Versi server</source>
        <translation>Versi server</translation>
    </message>
</context>
<context>
    <name>lontar::LoginDialog</name>
    <message>
        <source>Masuk ke Lontar</source>
        <translation>Masuk ke Lontar</translation>
    </message>
    <message>
        <source>Layanan perkantoran digital pemerintah daerah: absensi, tanda tangan elektronik, kearsipan dinamis dan e-katalog lokal — tetap bekerja tanpa koneksi.</source>
        <translation>Layanan perkantoran digital pemerintah daerah: absensi, tanda tangan elektronik, kearsipan dinamis dan e-katalog lokal — tetap bekerja tanpa koneksi.</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Gunakan akun yang diberikan oleh admin OPD Anda.</source>
        <translation>Gunakan akun yang diberikan oleh admin OPD Anda.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>contoh: budi.santoso</source>
        <translation>contoh: budi.santoso</translation>
    </message>
    <message>
        <source>Data tersimpan di perangkat ini dan disinkronkan ke server saat terhubung.</source>
        <translation>Data tersimpan di perangkat ini dan disinkronkan ke server saat terhubung.</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Isi nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>Menghubungi server… Kata sandi Anda diperiksa oleh server.</source>
        <translation>Menghubungi server… Kata sandi Anda diperiksa oleh server.</translation>
    </message>
    <message>
        <source>Perangkat ini belum mengenal pengguna mana pun. Masuk pertama kali memerlukan koneksi ke server; hubungi admin OPD untuk menyambungkan perangkat ini.</source>
        <translation>Perangkat ini belum mengenal pengguna mana pun. Masuk pertama kali memerlukan koneksi ke server; hubungi admin OPD untuk menyambungkan perangkat ini.</translation>
    </message>
    <message>
        <source>Setelah admin OPD menindaklanjutinya, masuk lagi dengan kata sandi yang sama.</source>
        <translation>Setelah admin OPD menindaklanjutinya, masuk lagi dengan kata sandi yang sama.</translation>
    </message>
</context>
<context>
    <name>lontar::MainWindow</name>
    <message>
        <source>Lontar — %1</source>
        <translation>Lontar — %1</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <source>&amp;Tutup aplikasi</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Tentang Lontar</source>
        <translation>&amp;Tentang Lontar</translation>
    </message>
    <message>
        <source>Profil: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>&amp;Sinkronisasi</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sinkronisasi</translation>
    </message>
</context>
<context>
    <name>lontar::PasswordDialog</name>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk %1. Sampaikan kepada yang bersangkutan secara langsung.</source>
        <translation>Kata sandi baru untuk %1. Sampaikan kepada yang bersangkutan secara langsung.</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lontar::PendingChangesModel</name>
    <message>
        <source>(data yang dihapus)</source>
        <translation>(data yang dihapus)</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Jenis data</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
</context>
<context>
    <name>lontar::Role</name>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>Arsiparis</source>
        <translation>Arsiparis</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Pejabat Pengadaan</source>
        <translation>Pejabat Pengadaan</translation>
    </message>
    <message>
        <source>Admin OPD</source>
        <translation>Admin OPD</translation>
    </message>
</context>
<context>
    <name>lontar::SecurityClass</name>
    <message>
        <source>Biasa</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Terbatas</source>
        <translation>Terbatas</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Sangat Rahasia</source>
        <translation>Sangat Rahasia</translation>
    </message>
</context>
<context>
    <name>lontar::SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Bahasa antarmuka</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>Folder profil</source>
        <translation>Folder profil</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lontar::SigningKey</name>
    <message>
        <source>Penandatanganan dengan kunci gagal: %1</source>
        <translation>Penandatanganan dengan kunci gagal: %1</translation>
    </message>
    <message>
        <source>Berkas kunci %1 tidak dapat dibuka</source>
        <translation>Berkas kunci %1 tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1 bukan berkas PKCS#12 yang valid</source>
        <translation>%1 bukan berkas PKCS#12 yang valid</translation>
    </message>
    <message>
        <source>Kata sandi berkas kunci salah</source>
        <translation>Kata sandi berkas kunci salah</translation>
    </message>
    <message>
        <source>Berkas kunci tidak dapat dibaca (kata sandi salah atau algoritme tidak didukung)</source>
        <translation>Berkas kunci tidak dapat dibaca (kata sandi salah atau algoritme tidak didukung)</translation>
    </message>
    <message>
        <source>Berkas PKCS#12 tidak berisi kunci dan sertifikat</source>
        <translation>Berkas PKCS#12 tidak berisi kunci dan sertifikat</translation>
    </message>
    <message>
        <source>Modul PKCS#11 %1 tidak dapat dimuat</source>
        <translation>Modul PKCS#11 %1 tidak dapat dimuat</translation>
    </message>
    <message>
        <source>Token tidak dapat dibaca</source>
        <translation>Token tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; tidak ditemukan</source>
        <translation>Token &quot;%1&quot; tidak ditemukan</translation>
    </message>
    <message>
        <source>PIN token salah atau token terkunci</source>
        <translation>PIN token salah atau token terkunci</translation>
    </message>
    <message>
        <source>Token tidak berisi sertifikat</source>
        <translation>Token tidak berisi sertifikat</translation>
    </message>
    <message>
        <source>Token tidak berisi kunci privat untuk sertifikatnya</source>
        <translation>Token tidak berisi kunci privat untuk sertifikatnya</translation>
    </message>
    <message>
        <source>Layanan tanda tangan menolak NIK atau passphrase</source>
        <translation>Layanan tanda tangan menolak NIK atau passphrase</translation>
    </message>
    <message>
        <source>Layanan tanda tangan tidak dapat dihubungi: %1</source>
        <translation>Layanan tanda tangan tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>Tanda tangan dari layanan tidak cocok dengan sertifikat</source>
        <translation>Tanda tangan dari layanan tidak cocok dengan sertifikat</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak valid</source>
        <translation>Sertifikat penanda tangan tidak valid</translation>
    </message>
</context>
<context>
    <name>lontar::SyncEngineConnection</name>
    <message>
        <source>Server tidak dapat dihubungi. Periksa koneksi jaringan, lalu coba lagi.</source>
        <translation>Server tidak dapat dihubungi. Periksa koneksi jaringan, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>lontar::SyncPage</name>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Perubahan yang Anda buat disimpan dulu di perangkat ini, lalu dikirim ke server setiap kali terhubung. Di sini terlihat apa yang belum terkirim dan apa yang perlu keputusan Anda.</source>
        <translation>Perubahan yang Anda buat disimpan dulu di perangkat ini, lalu dikirim ke server setiap kali terhubung. Di sini terlihat apa yang belum terkirim dan apa yang perlu keputusan Anda.</translation>
    </message>
    <message>
        <source>Perubahan berikut tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</source>
        <translation>Perubahan berikut tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</translation>
    </message>
    <message>
        <source>✔ Semua perubahan sudah terkirim ke server.</source>
        <translation>✔ Semua perubahan sudah terkirim ke server.</translation>
    </message>
    <message>
        <source>Data berikut diubah di perangkat ini dan juga oleh orang lain di server sejak sinkronisasi terakhir. Bandingkan kedua versi, lalu pilih yang dipakai.</source>
        <translation>Data berikut diubah di perangkat ini dan juga oleh orang lain di server sejak sinkronisasi terakhir. Bandingkan kedua versi, lalu pilih yang dipakai.</translation>
    </message>
    <message>
        <source>Perbandingan isian</source>
        <translation>Perbandingan isian</translation>
    </message>
    <message>
        <source>✔ Tidak ada konflik. Tidak ada data yang perlu Anda pilih.</source>
        <translation>✔ Tidak ada konflik. Tidak ada data yang perlu Anda pilih.</translation>
    </message>
    <message>
        <source>Pakai versi saya</source>
        <translation>Pakai versi saya</translation>
    </message>
    <message>
        <source>Versi di perangkat ini dikirim lagi dan menggantikan versi server.</source>
        <translation>Versi di perangkat ini dikirim lagi dan menggantikan versi server.</translation>
    </message>
    <message>
        <source>Pakai versi server</source>
        <translation>Pakai versi server</translation>
    </message>
    <message>
        <source>Perubahan Anda dibuang; perangkat ini memakai versi server.</source>
        <translation>Perubahan Anda dibuang; perangkat ini memakai versi server.</translation>
    </message>
    <message>
        <source>Server tidak menerima perubahan berikut, sehingga perubahan itu tidak berlaku. Baca alasannya, perbaiki bila perlu, lalu tutup.</source>
        <translation>Server tidak menerima perubahan berikut, sehingga perubahan itu tidak berlaku. Baca alasannya, perbaiki bila perlu, lalu tutup.</translation>
    </message>
    <message>
        <source>✔ Tidak ada perubahan yang ditolak server.</source>
        <translation>✔ Tidak ada perubahan yang ditolak server.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Hapus pemberitahuan ini dari daftar.</source>
        <translation>Hapus pemberitahuan ini dari daftar.</translation>
    </message>
    <message>
        <source>Sinkronisasi tidak aktif pada sesi ini; perubahan tetap tersimpan di perangkat.</source>
        <translation>Sinkronisasi tidak aktif pada sesi ini; perubahan tetap tersimpan di perangkat.</translation>
    </message>
    <message>
        <source>Menunggu dikirim (%1)</source>
        <translation>Menunggu dikirim (%1)</translation>
    </message>
    <message>
        <source>Konflik (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <source>Ditolak server (%1)</source>
        <translation>Ditolak server (%1)</translation>
    </message>
    <message>
        <source>Ditampilkan %1 perubahan terlama dari %2. Semuanya tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</source>
        <translation>Ditampilkan %1 perubahan terlama dari %2. Semuanya tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Alasan dari server: %3&lt;br&gt;Perubahan ini tidak berlaku; data di perangkat ini sudah dikembalikan seperti yang ada di server.</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Alasan dari server: %3&lt;br&gt;Perubahan ini tidak berlaku; data di perangkat ini sudah dikembalikan seperti yang ada di server.</translation>
    </message>
    <message>
        <source>Versi Anda dipakai dan sedang dikirim ke server.</source>
        <translation>Versi Anda dipakai dan sedang dikirim ke server.</translation>
    </message>
    <message>
        <source>Versi Anda dipakai dan dikirim saat terhubung ke server.</source>
        <translation>Versi Anda dipakai dan dikirim saat terhubung ke server.</translation>
    </message>
    <message>
        <source>Versi server dipakai; perubahan Anda di perangkat ini dibuang.</source>
        <translation>Versi server dipakai; perubahan Anda di perangkat ini dibuang.</translation>
    </message>
    <message>
        <source>Pemberitahuan penolakan ditutup.</source>
        <translation>Pemberitahuan penolakan ditutup.</translation>
    </message>
</context>
<context>
    <name>lontar::SyncStatusWidget</name>
    <message>
        <source>belum pernah</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Sinkronisasi belum dikonfigurasi</source>
        <translation>Sinkronisasi belum dikonfigurasi</translation>
    </message>
    <message numerus="yes">
        <source>Luring — %n perubahan menunggu</source>
        <translation>
            <numerusform>Luring — %n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daring — %n perubahan menunggu</source>
        <translation>
            <numerusform>Daring — %n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Daring — tersinkron %1</source>
        <translation>Daring — tersinkron %1</translation>
    </message>
    <message numerus="yes">
        <source>Menyinkronkan… (%n perubahan menunggu)</source>
        <translation>
            <numerusform>Menyinkronkan… (%n perubahan menunggu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
    <message>
        <source>Luring — semua perubahan terkirim</source>
        <translation>Luring — semua perubahan terkirim</translation>
    </message>
    <message>
        <source>Menyinkronkan…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Sinkronisasi terakhir: %1. Klik untuk melihat rinciannya.</source>
        <translation>Sinkronisasi terakhir: %1. Klik untuk melihat rinciannya.</translation>
    </message>
</context>
<context>
    <name>lontar::SyncText</name>
    <message>
        <source>Riwayat tanda tangan</source>
        <translation>Riwayat tanda tangan</translation>
    </message>
    <message>
        <source>Data pegawai</source>
        <translation>Data pegawai</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Produk e-katalog</source>
        <translation>Produk e-katalog</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Izin akses</source>
        <translation>Izin akses</translation>
    </message>
    <message>
        <source>Versi kata sandi</source>
        <translation>Versi kata sandi</translation>
    </message>
    <message>
        <source>Nama dokumen</source>
        <translation>Nama dokumen</translation>
    </message>
    <message>
        <source>Sidik dokumen asli</source>
        <translation>Sidik dokumen asli</translation>
    </message>
    <message>
        <source>Sidik dokumen bertanda tangan</source>
        <translation>Sidik dokumen bertanda tangan</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Tingkat tanda tangan</source>
        <translation>Tingkat tanda tangan</translation>
    </message>
    <message>
        <source>Keterangan kesalahan</source>
        <translation>Keterangan kesalahan</translation>
    </message>
    <message>
        <source>Waktu tanda tangan</source>
        <translation>Waktu tanda tangan</translation>
    </message>
    <message>
        <source>Diterima server</source>
        <translation>Diterima server</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Nama penanda tangan</source>
        <translation>Nama penanda tangan</translation>
    </message>
    <message>
        <source>NIP penanda tangan</source>
        <translation>NIP penanda tangan</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Klasifikasi keamanan</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Berhasil ditandatangani</source>
        <translation>Berhasil ditandatangani</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>(tanpa keterangan)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <source>Server menolak perubahan ini tanpa menyebut alasannya.</source>
        <translation>Server menolak perubahan ini tanpa menyebut alasannya.</translation>
    </message>
</context>
<context>
    <name>lontar::UserDialog</name>
    <message>
        <source>Tambah pengguna</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Kata sandi awal</source>
        <translation>Kata sandi awal</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Nama pengguna dan nama lengkap wajib diisi</source>
        <translation>Nama pengguna dan nama lengkap wajib diisi</translation>
    </message>
    <message>
        <source>Pilih setidaknya satu peran</source>
        <translation>Pilih setidaknya satu peran</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama</source>
        <translation>Kedua kata sandi tidak sama</translation>
    </message>
    <message>
        <source>Ubah data pengguna</source>
        <translation>Ubah data pengguna</translation>
    </message>
    <message>
        <source>Izin akses dokumen</source>
        <translation>Izin akses dokumen</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lontar::directory::ServerWrittenPolicy</name>
    <message>
        <source>Direktori pegawai hanya diubah oleh admin melalui server</source>
        <translation>Direktori pegawai hanya diubah oleh admin melalui server</translation>
    </message>
</context>
<context>
    <name>lontar::esign::EsignPage</name>
    <message>
        <source>Kata sandi kunci</source>
        <translation>Kata sandi kunci</translation>
    </message>
    <message>
        <source>Kata sandi berkas kunci (PKCS#12):</source>
        <translation>Kata sandi berkas kunci (PKCS#12):</translation>
    </message>
    <message>
        <source>Buka PDF…</source>
        <translation>Buka PDF…</translation>
    </message>
    <message>
        <source>berkas .p12 dari BSrE atau CA internal</source>
        <translation>berkas .p12 dari BSrE atau CA internal</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Stempel terlihat (tanpa centang: paraf)</source>
        <translation>Stempel terlihat (tanpa centang: paraf)</translation>
    </message>
    <message>
        <source>Tandatangani</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya.</source>
        <translation>Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya.</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Kunci penandatanganan</source>
        <translation>Kunci penandatanganan</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Periksa PDF…</source>
        <translation>Periksa PDF…</translation>
    </message>
    <message>
        <source>Simpan laporan…</source>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Mulai tanda tangan massal</source>
        <translation>Mulai tanda tangan massal</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Folder dokumen asli</source>
        <translation>Folder dokumen asli</translation>
    </message>
    <message>
        <source>Folder hasil</source>
        <translation>Folder hasil</translation>
    </message>
    <message>
        <source>Dokumen asli tidak diubah; hasil ditulis ke folder lain dengan nama yang sama. Kunci dan stempel diambil dari tab Tandatangani.</source>
        <translation>Dokumen asli tidak diubah; hasil ditulis ke folder lain dengan nama yang sama. Kunci dan stempel diambil dari tab Tandatangani.</translation>
    </message>
    <message>
        <source>Tanda tangan massal</source>
        <translation>Tanda tangan massal</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Buka PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Periksa PDF</source>
        <translation>Periksa PDF</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibuka sebagai PDF.</source>
        <translation>%1 tidak dapat dibuka sebagai PDF.</translation>
    </message>
    <message>
        <source>Dokumen: %1</source>
        <translation>Dokumen: %1</translation>
    </message>
    <message>
        <source>Pilih berkas kunci</source>
        <translation>Pilih berkas kunci</translation>
    </message>
    <message>
        <source>Kunci PKCS#12 (*.p12 *.pfx)</source>
        <translation>Kunci PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Berhasil</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Pilih berkas kunci terlebih dahulu.</source>
        <translation>Pilih berkas kunci terlebih dahulu.</translation>
    </message>
    <message>
        <source>Simpan PDF bertanda tangan</source>
        <translation>Simpan PDF bertanda tangan</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel.</source>
        <translation>Seret di halaman untuk menempatkan stempel.</translation>
    </message>
    <message>
        <source>Menandatangani…</source>
        <translation>Menandatangani…</translation>
    </message>
    <message>
        <source>Ditandatangani: %1</source>
        <translation>Ditandatangani: %1</translation>
    </message>
    <message>
        <source>Tidak sah</source>
        <translation>Tidak sah</translation>
    </message>
    <message>
        <source>Sah</source>
        <translation>Sah</translation>
    </message>
    <message>
        <source>Seluruh dokumen</source>
        <translation>Seluruh dokumen</translation>
    </message>
    <message>
        <source>Ada perubahan sesudahnya</source>
        <translation>Ada perubahan sesudahnya</translation>
    </message>
    <message>
        <source>Simpan laporan verifikasi</source>
        <translation>Simpan laporan verifikasi</translation>
    </message>
    <message>
        <source>Laporan (*.txt *.json)</source>
        <translation>Laporan (*.txt *.json)</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan ke %1</source>
        <translation>Laporan tidak dapat disimpan ke %1</translation>
    </message>
    <message>
        <source>Pilih folder dokumen asli dan folder hasil.</source>
        <translation>Pilih folder dokumen asli dan folder hasil.</translation>
    </message>
    <message>
        <source>Folder hasil harus berbeda dari folder dokumen asli.</source>
        <translation>Folder hasil harus berbeda dari folder dokumen asli.</translation>
    </message>
    <message>
        <source>Folder hasil tidak dapat dibuat.</source>
        <translation>Folder hasil tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Dibatalkan setelah %1 dari %2 dokumen.</source>
        <translation>Dibatalkan setelah %1 dari %2 dokumen.</translation>
    </message>
    <message numerus="yes">
        <source>Selesai: %n dokumen.</source>
        <translation>
            <numerusform>Selesai: %n dokumen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas kunci PKCS#12</source>
        <translation>Berkas kunci PKCS#12</translation>
    </message>
    <message>
        <source>Token / kartu pintar (PKCS#11)</source>
        <translation>Token / kartu pintar (PKCS#11)</translation>
    </message>
    <message>
        <source>label token</source>
        <translation>label token</translation>
    </message>
    <message>
        <source>opsional: alamat server stempel waktu (RFC 3161)</source>
        <translation>opsional: alamat server stempel waktu (RFC 3161)</translation>
    </message>
    <message>
        <source>Stempel waktu (PAdES B-T)</source>
        <translation>Stempel waktu (PAdES B-T)</translation>
    </message>
    <message>
        <source>Isi label token terlebih dahulu.</source>
        <translation>Isi label token terlebih dahulu.</translation>
    </message>
    <message>
        <source>Gagal menandatangani</source>
        <translation>Gagal menandatangani</translation>
    </message>
    <message>
        <source>Belum tepercaya</source>
        <translation>Belum tepercaya</translation>
    </message>
    <message>
        <source>Ada revisi bertanda tangan</source>
        <translation>Ada revisi bertanda tangan</translation>
    </message>
    <message>
        <source>Penandatanganan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Penandatanganan dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::PdfPageView</name>
    <message>
        <source>QR  Ditandatangani secara elektronik</source>
        <translation>QR  Ditandatangani secara elektronik</translation>
    </message>
</context>
<context>
    <name>lontar::esign::SigningHistoryPolicy</name>
    <message>
        <source>Riwayat tanda tangan tidak dapat dihapus</source>
        <translation>Riwayat tanda tangan tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Riwayat tanda tangan hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Riwayat tanda tangan hanya dapat dicatat atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Unit kerja pada riwayat tidak sesuai dengan unit Anda</source>
        <translation>Unit kerja pada riwayat tidak sesuai dengan unit Anda</translation>
    </message>
    <message>
        <source>Penandatanganan yang berhasil harus menyebut hash berkas hasil</source>
        <translation>Penandatanganan yang berhasil harus menyebut hash berkas hasil</translation>
    </message>
    <message>
        <source>Penandatanganan yang gagal harus menyebut alasannya</source>
        <translation>Penandatanganan yang gagal harus menyebut alasannya</translation>
    </message>
</context>
<context>
    <name>lontar::server::MutationWriter</name>
    <message>
        <source>Jenis data %1 tidak dikenal server</source>
        <translation>Jenis data %1 tidak dikenal server</translation>
    </message>
    <message>
        <source>Kode data harus UUID</source>
        <translation>Kode data harus UUID</translation>
    </message>
    <message>
        <source>Data terlalu besar</source>
        <translation>Data terlalu besar</translation>
    </message>
    <message>
        <source>Data ini hanya diubah oleh server</source>
        <translation>Data ini hanya diubah oleh server</translation>
    </message>
    <message>
        <source>Anda tidak berwenang mengubah data ini</source>
        <translation>Anda tidak berwenang mengubah data ini</translation>
    </message>
    <message>
        <source>Data ini tidak dapat dihapus</source>
        <translation>Data ini tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Berkas yang dirujuk belum diunggah oleh unit Anda</source>
        <translation>Berkas yang dirujuk belum diunggah oleh unit Anda</translation>
    </message>
</context>
<context>
    <name>lontar::sync::OnlineLogin</name>
    <message>
        <source>Server tidak dapat dihubungi. Masuk pertama kali di perangkat ini memerlukan koneksi ke server.</source>
        <translation>Server tidak dapat dihubungi. Masuk pertama kali di perangkat ini memerlukan koneksi ke server.</translation>
    </message>
    <message>
        <source>Server menerima kata sandi Anda, tetapi data pegawai belum diterima. Coba lagi.</source>
        <translation>Server menerima kata sandi Anda, tetapi data pegawai belum diterima. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>lontar::sync::SyncWorker</name>
    <message>
        <source>Sinkronisasi belum berjalan</source>
        <translation>Sinkronisasi belum berjalan</translation>
    </message>
</context>
</TS>
