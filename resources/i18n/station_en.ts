<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <source>Tidak ada terminal untuk meminta kata sandi; pakai --passphrase-file.</source>
        <translation>No terminal to ask for the passphrase; use --passphrase-file.</translation>
    </message>
    <message>
        <source>Kata sandi stasiun: </source>
        <translation>Station passphrase: </translation>
    </message>
    <message>
        <source>Berkas {what} {file} bukan teks UTF-8; simpan ulang sebagai UTF-8 (mis. dengan Notepad: Simpan Sebagai, Encoding UTF-8).</source>
        <translation>The {what} file {file} is not UTF-8 text; save it again as UTF-8 (e.g. in Notepad: Save As, Encoding UTF-8).</translation>
    </message>
    <message>
        <source>Ulangi kata sandi: </source>
        <translation>Repeat passphrase: </translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>Berkas {what} {file} tidak dapat dibaca atau kosong.</source>
        <translation>The {what} file {file} cannot be read or is empty.</translation>
    </message>
    <message>
        <source>Tidak ada terminal untuk meminta {what}; pakai berkas.</source>
        <translation>No terminal to ask for the {what}; use a file.</translation>
    </message>
    <message>
        <source>Stasiun {station} disiapkan di {folder}.</source>
        <translation>Station {station} set up in {folder}.</translation>
    </message>
    <message>
        <source>Catatan: kunci hasil HQ masih kunci pengganti sampai stasiun didaftarkan ke HQ.</source>
        <translation>Note: the HQ results key remains a placeholder key until the station is registered with HQ.</translation>
    </message>
    <message>
        <source>Ujian {exam} dimuat: {items} soal dalam {sections} bagian, {media} gambar, {candidates} peserta, sesi {sessions}.</source>
        <translation>Exam {exam} loaded: {items} items in {sections} sections, {media} images, {candidates} candidates, sessions {sessions}.</translation>
    </message>
    <message>
        <source>Kunci jawaban dan bobot pilihan tidak disimpan di stasiun.</source>
        <translation>Answer keys and option weights are not stored on the station.</translation>
    </message>
    <message>
        <source>Stasiun {station} ({folder})</source>
        <translation>Station {station} ({folder})</translation>
    </message>
    <message>
        <source>Sesi {session} — {title}, {start}: {roster} peserta, {attempts} ujian ({ended} selesai).</source>
        <translation>Session {session} — {title}, {start}: {roster} candidates, {attempts} attempts ({ended} finished).</translation>
    </message>
    <message>
        <source>Diperiksa: {attempts} ujian, {events} kejadian, {audit} catatan audit.</source>
        <translation>Checked: {attempts} attempts, {events} events, {audit} audit log entries.</translation>
    </message>
    <message>
        <source>Semua rantai utuh.</source>
        <translation>All chains are intact.</translation>
    </message>
    <message>
        <source>{count} masalah ditemukan.</source>
        <translation>{count} problems found.</translation>
    </message>
    <message>
        <source>Simulasi sesi {session}: {candidates} peserta ({submitted} mengirim, {timed_out} kehabisan waktu).</source>
        <translation>Simulation of session {session}: {candidates} candidates ({submitted} submitted, {timed_out} ran out of time).</translation>
    </message>
    <message>
        <source>{answers} jawaban ({changes} diubah), {flags} ditandai, {timeouts} bagian habis waktu, {interruptions} gangguan, {pauses} jeda; {events} kejadian.</source>
        <translation>{answers} answers ({changes} changed), {flags} flagged, {timeouts} sections timed out, {interruptions} interruptions, {pauses} pauses; {events} events.</translation>
    </message>
    <message>
        <source>Pemeriksaan rantai: {attempts} ujian, {problems} masalah.</source>
        <translation>Chain check: {attempts} attempts, {problems} problems.</translation>
    </message>
    <message>
        <source>Waktu nyata {seconds:.1f} detik untuk {minutes:.0f} menit waktu ujian.</source>
        <translation>{seconds:.1f} seconds of real time for {minutes:.0f} minutes of exam time.</translation>
    </message>
    <message>
        <source>  {nip}  kode {code}  sidik {fingerprint}  ({reason})</source>
        <translation>  {nip}  code {code}  fingerprint {fingerprint}  ({reason})</translation>
    </message>
    <message>
        <source>Belum ada ujian di stasiun ini; pakai --exam atau &apos;station load-exam&apos;.</source>
        <translation>No exam on this station yet; use --exam or &apos;station load-exam&apos;.</translation>
    </message>
    <message>
        <source>Sesi {session} tidak ada di stasiun ini.</source>
        <translation>Session {session} is not on this station.</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>{folder} berisi stasiun sungguhan; &apos;station simulate&apos; tidak menulis ke stasiun yang dipakai untuk ujian (jam simulasinya maju). Jalankan tanpa --data (folder sementara) atau dengan --data folder baru.</source>
        <translation>{folder} holds a real station; &apos;station simulate&apos; does not write into a station used for exams (its simulated clock runs ahead). Run it without --data (a temporary folder) or with --data and a new folder.</translation>
    </message>
    <message>
        <source>Membuat ujian sintetis ukuran penuh (435 soal, 22 bagian, 100 gambar)…</source>
        <translation>Creating a full-size synthetic exam (435 items, 22 sections, 100 images)…</translation>
    </message>
    <message>
        <source>jalankan peserta sintetis melalui ujian, tanpa layar, di folder sementara atau --data folder baru (tidak pernah di stasiun sungguhan)</source>
        <translation>run synthetic candidates through an exam, without a window, in a temporary folder or a new --data folder (never a real station)</translation>
    </message>
    <message>
        <source>Bagian HQ ({module}) tidak ada dalam program stasiun ini; jalankan perintah HQ di komputer HQ yang memasang cact-station[hq].</source>
        <translation>The HQ part ({module}) is not in this station program; run HQ commands on the HQ computer that has cact-station[hq] installed.</translation>
    </message>
    <message>
        <source>Folder {folder} sudah berisi data; pilih folder --out yang kosong.</source>
        <translation>Folder {folder} already contains data; choose an empty --out folder.</translation>
    </message>
    <message>
        <source>1. HQ demo: root CA, kunci penanda tangan dan kunci hasil dibuat.</source>
        <translation>1. Demo HQ: root CA, signing key and results key created.</translation>
    </message>
    <message>
        <source>2. Stasiun demo {station} didaftarkan ke HQ.</source>
        <translation>2. Demo station {station} enrolled with HQ.</translation>
    </message>
    <message>
        <source>3. Paket {package} dibangun, ditandatangani dan diimpor: {candidates} peserta, soal masih tersegel.</source>
        <translation>3. Package {package} built, signed and imported: {candidates} candidates, items still sealed.</translation>
    </message>
    <message>
        <source>4. Sesi {session} dibuka dengan kode rilis {code}: {items} soal, {sections} bagian.</source>
        <translation>4. Session {session} released with release code {code}: {items} items, {sections} sections.</translation>
    </message>
    <message>
        <source>Tidak ada layar (DISPLAY atau WAYLAND_DISPLAY); alur dijalankan tanpa layar.</source>
        <translation>No display (DISPLAY or WAYLAND_DISPLAY); running the pipeline headless.</translation>
    </message>
    <message>
        <source>5. Konsol petugas dibuka. Buka kuncinya dengan kata sandi stasiun demo (BUKAN rahasia): {passphrase}</source>
        <translation>5. The staff console opens. Unlock it with the demo station passphrase (NOT secret): {passphrase}</translation>
    </message>
    <message>
        <source>   Tab Sesi menampilkan token peserta; tekan &apos;Mulai mode peserta&apos; lalu masuk dengan NIP fiktif {nip} ({name}) dan token itu.</source>
        <translation>   The Session tab shows the candidate token; press &apos;Start candidate mode&apos; and log in with the fictional NIP {nip} ({name}) and that token.</translation>
    </message>
    <message>
        <source>   Kode rilis dan kredensial pengawas demo: {folder}</source>
        <translation>   Release code and demo proctor credentials: {folder}</translation>
    </message>
    <message>
        <source>   Tanpa layar: station demo --headless --out FOLDER menjalankan seluruh alur.</source>
        <translation>   Without a display: station demo --headless --out FOLDER runs the whole pipeline.</translation>
    </message>
    <message>
        <source>5. Bundel hasil nomor {sequence} ditulis dan diperiksa: {file}</source>
        <translation>5. Result bundle number {sequence} written and verified: {file}</translation>
    </message>
    <message>
        <source>   Berita acara, daftar hadir, bukti selesai dan tanda terima berkas: {folder}</source>
        <translation>   Session report, attendance list, candidate receipt and bundle handover slip: {folder}</translation>
    </message>
    <message>
        <source>6. HQ memeriksa dan menerima bundel ({verdicts}); tanda terima: {file}</source>
        <translation>6. HQ verified and accepted the bundle ({verdicts}); receipt: {file}</translation>
    </message>
    <message>
        <source>7. Stasiun mengimpor tanda terima: {count} ujian diterima HQ.</source>
        <translation>7. The station imported the receipt: {count} attempts acknowledged by HQ.</translation>
    </message>
    <message>
        <source>8. HQ menilai {count} ujian ({ratings} nilai kinerja dimuat); tabel: {versions}.</source>
        <translation>8. HQ scores {count} attempts ({ratings} performance ratings loaded); tables: {versions}.</translation>
    </message>
    <message>
        <source>9. Profil kompetensi, ringkasan instansi dan ekspor kepegawaian ditulis di {folder}.</source>
        <translation>9. Competency profile, agency summary and HR export written to {folder}.</translation>
    </message>
    <message>
        <source>Keluaran demo ada di {folder}:</source>
        <translation>The demo&apos;s output is in {folder}:</translation>
    </message>
    <message>
        <source>  HQ demo: {folder}</source>
        <translation>  demo HQ: {folder}</translation>
    </message>
    <message>
        <source>  data stasiun demo: {folder}</source>
        <translation>  demo station data: {folder}</translation>
    </message>
    <message>
        <source>  paket, bundel dan permintaan pendaftaran: {folder}</source>
        <translation>  package, bundle and enrollment request: {folder}</translation>
    </message>
    <message>
        <source>  kode rilis dan kredensial pengawas: {folder}</source>
        <translation>  release codes and proctor credentials: {folder}</translation>
    </message>
    <message>
        <source>Periksa bundel dengan OpenSSL saja: lihat docs/formats.md §10.3 (root: {root}).</source>
        <translation>Check the bundle with OpenSSL alone: see docs/formats.md §10.3 (root: {root}).</translation>
    </message>
    <message>
        <source>Kata sandi demo (BUKAN rahasia): stasiun {station}, HQ {hq}, petugas HQ {operator} {password}</source>
        <translation>Demo passphrases (NOT secret): station {station}, HQ {hq}, HQ operator {operator} {password}</translation>
    </message>
    <message>
        <source>{slot}  ({kind})  {label}</source>
        <translation>{slot}  ({kind})  {label}</translation>
    </message>
    <message>
        <source>Slot {slot} ditambahkan.</source>
        <translation>Key slot {slot} added.</translation>
    </message>
    <message>
        <source>Slot {slot} dihapus.</source>
        <translation>Key slot {slot} removed.</translation>
    </message>
    <message>
        <source>Kata sandi slot {slot} diganti.</source>
        <translation>Passphrase of key slot {slot} changed.</translation>
    </message>
    <message>
        <source>Pakai --new-passphrase-file untuk kata sandi baru.</source>
        <translation>Use --new-passphrase-file for the new passphrase.</translation>
    </message>
    <message>
        <source>Kata sandi HQ: </source>
        <translation>HQ passphrase: </translation>
    </message>
    <message>
        <source>HQ disiapkan di {folder}.</source>
        <translation>HQ set up in {folder}.</translation>
    </message>
    <message>
        <source>Berkas kepercayaan untuk stasiun: {file}</source>
        <translation>Trust file for stations: {file}</translation>
    </message>
    <message>
        <source>Simpan kunci root secara luring; lihat docs/keys.md.</source>
        <translation>Keep the root key offline; see docs/keys.md.</translation>
    </message>
    <message>
        <source>Berkas kepercayaan ditulis ke {folder}.</source>
        <translation>Trust file written to {folder}.</translation>
    </message>
    <message>
        <source>Sertifikat stasiun {station} diterbitkan: {file} (sidik {fingerprint}).</source>
        <translation>Certificate for station {station} issued: {file} (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>Stasiun {station} dicabut; CRL nomor {number} diterbitkan.</source>
        <translation>Station {station} revoked; CRL number {number} issued.</translation>
    </message>
    <message>
        <source>CRL nomor {number} diterbitkan.</source>
        <translation>CRL number {number} issued.</translation>
    </message>
    <message>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Paket {package} ditulis: {file} ({size} bita).</source>
        <translation>Package {package} written: {file} ({size} bytes).</translation>
    </message>
    <message>
        <source>Jam komputer diterima sebagai benar mulai sekarang (tercatat di log audit).</source>
        <translation>The computer clock is accepted as correct from now on (recorded in the audit log).</translation>
    </message>
    <message>
        <source>Pemeriksaan stasiun {station}, {time}</source>
        <translation>Check of station {station}, {time}</translation>
    </message>
    <message>
        <source>Ringkasan: {failed} gagal, {warnings} peringatan, {ok} baik.</source>
        <translation>Summary: {failed} failed, {warnings} warnings, {ok} OK.</translation>
    </message>
    <message>
        <source>Cadangan ditulis dan diperiksa: {file}</source>
        <translation>Backup written and verified: {file}</translation>
    </message>
    <message>
        <source>Stasiun {station}, skema {schema}: {attempts} ujian ({live} belum selesai), {events} kejadian, {size} bita.</source>
        <translation>Station {station}, schema {schema}: {attempts} attempts ({live} unfinished), {events} events, {size} bytes.</translation>
    </message>
    <message>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Simpan cadangan seaman basis data stasiun: isinya tersegel, tetapi tetap milik stasiun ini.</source>
        <translation>Keep the backup as securely as the station database: its contents are sealed but still belong to this station.</translation>
    </message>
    <message>
        <source>Cadangan {file} dipulihkan ke {folder}: stasiun {station}, dibuat {created}.</source>
        <translation>Backup {file} restored to {folder}: station {station}, created {created}.</translation>
    </message>
    <message>
        <source>Basis data yang tadinya ada disimpan sebagai {file} (tidak dihapus).</source>
        <translation>The existing database was kept as {file} (not deleted).</translation>
    </message>
    <message>
        <source>{live} ujian belum selesai saat dicadangkan; ujian itu dilanjutkan di soal yang sama setelah pengawas memutuskan selisih waktunya (gangguan tercatat).</source>
        <translation>{live} attempts were unfinished at backup time; they resume at the same item once the proctor decides on the time difference (interruption recorded).</translation>
    </message>
    <message>
        <source>Jalankan &apos;station doctor&apos; dengan kata sandi stasiun sebelum dipakai.</source>
        <translation>Run &apos;station doctor&apos; with the station passphrase before use.</translation>
    </message>
    <message>
        <source>periksa kesehatan stasiun (keluar 0 baik, 1 peringatan, 2 gagal)</source>
        <translation>check station health (exit 0 OK, 1 warning, 2 failed)</translation>
    </message>
    <message>
        <source>keluaran JSON untuk mesin</source>
        <translation>JSON output for machines</translation>
    </message>
    <message>
        <source>minta kata sandi agar setiap rantai dapat diperiksa</source>
        <translation>ask for the passphrase so that every chain can be checked</translation>
    </message>
    <message>
        <source>jalankan juga ujian latihan dari awal sampai tanda terima</source>
        <translation>also run a practice attempt from start to receipt</translation>
    </message>
    <message>
        <source>terima jam sekarang sebagai benar (waktu yang tercatat sebelumnya salah)</source>
        <translation>accept the current clock as correct (previously recorded time was wrong)</translation>
    </message>
    <message>
        <source>periksa bagian program ini (berkas, basis data, kriptografi, PDF)</source>
        <translation>check this program&apos;s parts (files, database, cryptography, PDF)</translation>
    </message>
    <message>
        <source>cadangkan basis data stasiun, juga saat ujian berjalan</source>
        <translation>back up the station database, also while an exam is running</translation>
    </message>
    <message>
        <source>folder tujuan (mis. flashdisk atau disk lain)</source>
        <translation>destination folder (e.g. USB flash drive or another disk)</translation>
    </message>
    <message>
        <source>pulihkan cadangan .cactbak ke folder data</source>
        <translation>restore a .cactbak backup to the data folder</translation>
    </message>
    <message>
        <source>berkas cadangan .cactbak</source>
        <translation>.cactbak backup file</translation>
    </message>
    <message>
        <source>ganti stasiun yang sudah ada (basis data lama disimpan, tidak dihapus)</source>
        <translation>replace an existing station (old database kept, not deleted)</translation>
    </message>
    <message>
        <source>Kode rilis dan kredensial pengawas ada di {folder}; cetak dan kirim terpisah dari paket.</source>
        <translation>Release codes and proctor credentials are in {folder}; print them and send them separately from the package.</translation>
    </message>
    <message>
        <source>Paket pembaruan versi {version} ({platform}, menggantikan {needed} ke atas) ditulis: {file}, {files} berkas, {size} bita.</source>
        <translation>Update package for version {version} ({platform}, replaces {needed} and later) written: {file}, {files} files, {size} bytes.</translation>
    </message>
    <message>
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>sudah pernah diterima</source>
        <translation>already accepted</translation>
    </message>
    <message>
        <source>dikarantina (stasiun dicabut)</source>
        <translation>quarantined (station revoked)</translation>
    </message>
    <message>
        <source>DITOLAK</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>{file}: {status}</source>
        <translation>{file}: {status}</translation>
    </message>
    <message>
        <source>  ujian: {counts}</source>
        <translation>  attempts: {counts}</translation>
    </message>
    <message>
        <source>  tanda terima: {file}</source>
        <translation>  receipt: {file}</translation>
    </message>
    <message>
        <source>Ringkasan: {total} bundel, {accepted} diterima, {other} lainnya.</source>
        <translation>Summary: {total} bundles, {accepted} accepted, {other} other.</translation>
    </message>
    <message>
        <source>Ujian: {counts}; anomali tercatat: {anomalies}.</source>
        <translation>Attempts: {counts}; anomalies recorded: {anomalies}.</translation>
    </message>
    <message>
        <source>Identitas layanan unggah {address} ditulis ke {folder} (sidik {fingerprint}).</source>
        <translation>Upload service identity {address} written to {folder} (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>hq-trust.pem kini menyebut layanan ini; berikan kepada stasiun bersama sertifikatnya.</source>
        <translation>hq-trust.pem now names this service; give it to stations together with their certificates.</translation>
    </message>
    <message>
        <source>Bundel {bundle} nomor {sequence} dari stasiun {station}.</source>
        <translation>Bundle {bundle}, number {sequence}, from station {station}.</translation>
    </message>
    <message>
        <source>  {attempt}  sesi {session}  {status}/{reason}  {events} kejadian, {answers} jawaban  [{verdict}]</source>
        <translation>  {attempt}  session {session}  {status}/{reason}  {events} events, {answers} answers  [{verdict}]</translation>
    </message>
    <message>
        <source>Catatan sesi: {sessions} sesi, {audit} catatan audit.</source>
        <translation>Session records: {sessions} sessions, {audit} audit log entries.</translation>
    </message>
    <message>
        <source>Kata sandi baru: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>kata sandi</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>Sebutkan petugas HQ yang menjalankan perintah ini: --operator NAMA atau variabel lingkungan CACT_HQ_OPERATOR.</source>
        <translation>Name the HQ operator running this command: --operator NAME or the environment variable CACT_HQ_OPERATOR.</translation>
    </message>
    <message>
        <source>kata sandi petugas</source>
        <translation>operator password</translation>
    </message>
    <message>
        <source>Tidak ada kata sandi petugas {name}: pakai --password-file, CACT_HQ_PASSWORD atau --key-file, atau jalankan di terminal.</source>
        <translation>No password for operator {name}: use --password-file, CACT_HQ_PASSWORD or --key-file, or run this in a terminal.</translation>
    </message>
    <message>
        <source>Kata sandi petugas {name}: </source>
        <translation>Password of operator {name}: </translation>
    </message>
    <message>
        <source>Sebutkan admin pertama HQ: --admin NAMA (atau CACT_HQ_OPERATOR); kata sandinya dari --password-file, CACT_HQ_PASSWORD atau ketikan.</source>
        <translation>Name HQ&apos;s first admin: --admin NAME (or CACT_HQ_OPERATOR); their password from --password-file, CACT_HQ_PASSWORD or typed.</translation>
    </message>
    <message>
        <source>Admin pertama: {name}.</source>
        <translation>First admin: {name}.</translation>
    </message>
    <message>
        <source>konflik</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>konflik diselesaikan</source>
        <translation>conflict resolved</translation>
    </message>
    <message>
        <source>Slot {slot} diubah pada brankas: {vaults}.</source>
        <translation>Key slot {slot} changed in vaults: {vaults}.</translation>
    </message>
    <message>
        <source>{count} nilai kinerja dimuat.</source>
        <translation>{count} performance ratings loaded.</translation>
    </message>
    <message>
        <source>{count} ujian dinilai dengan tabel {versions}.</source>
        <translation>{count} attempts scored with tables {versions}.</translation>
    </message>
    <message>
        <source>  tidak dinilai: {attempt} — {reason}</source>
        <translation>  not scored: {attempt} — {reason}</translation>
    </message>
    <message>
        <source>{count} ujian dinilai ulang dengan tabel terbaru {versions}.</source>
        <translation>{count} attempts rescored with the newest tables {versions}.</translation>
    </message>
    <message>
        <source>  tabel berubah: {kind} {before} → {after}</source>
        <translation>  table changed: {kind} {before} → {after}</translation>
    </message>
    <message>
        <source>  {nip}  {name}: kotak {before} → {after}</source>
        <translation>  {nip}  {name}: box {before} → {after}</translation>
    </message>
    <message>
        <source>Profil kompetensi ditulis: {file}</source>
        <translation>Competency profile written: {file}</translation>
    </message>
    <message>
        <source>Tinjauan dicatat untuk {nip} oleh {by}: kotak {before} → {after}.</source>
        <translation>Review recorded for {nip} by {by}: box {before} → {after}.</translation>
    </message>
    <message>
        <source>Ringkasan ditulis: {file}</source>
        <translation>Summary written: {file}</translation>
    </message>
    <message>
        <source>{count} pegawai diekspor ke {file}.</source>
        <translation>{count} employees exported to {file}.</translation>
    </message>
    <message>
        <source>diterima, salinan lebih lengkap</source>
        <translation>received, a more complete copy</translation>
    </message>
    <message>
        <source>diterima; datanya kemudian dihapus, bukti penerimaan disimpan</source>
        <translation>received; its data was deleted later, the proof of receipt is kept</translation>
    </message>
    <message>
        <source>dikirim peserta</source>
        <translation>submitted by the candidate</translation>
    </message>
    <message>
        <source>waktu habis</source>
        <translation>time ran out</translation>
    </message>
    <message>
        <source>dikirim pengawas</source>
        <translation>submitted by the proctor</translation>
    </message>
    <message>
        <source>dibatalkan pengawas</source>
        <translation>voided by the proctor</translation>
    </message>
    <message>
        <source>ditunda ke sesi lain</source>
        <translation>postponed to another session</translation>
    </message>
    <message>
        <source>Ujian dengan kode {code} belum diterima HQ.</source>
        <translation>The attempt with code {code} has not reached HQ.</translation>
    </message>
    <message>
        <source>Ujian dengan kode {code} telah diterima HQ ({verdict}); berakhir {ended} ({reason}) di stasiun {station}.</source>
        <translation>The attempt with code {code} has reached HQ ({verdict}); it ended {ended} ({reason}) at station {station}.</translation>
    </message>
    <message>
        <source>Sidik pada tanda terima COCOK dengan yang diterima HQ.</source>
        <translation>The receipt&apos;s fingerprint MATCHES what HQ received.</translation>
    </message>
    <message>
        <source>Sidik pada tanda terima TIDAK COCOK dengan yang diterima HQ.</source>
        <translation>The receipt&apos;s fingerprint DOES NOT MATCH what HQ received.</translation>
    </message>
    <message>
        <source>rantai rusak</source>
        <translation>broken chain</translation>
    </message>
    <message>
        <source>salinan bertentangan</source>
        <translation>conflicting copies</translation>
    </message>
    <message>
        <source>jam dinding melompat</source>
        <translation>wall-clock jump</translation>
    </message>
    <message>
        <source>jeda padam</source>
        <translation>outage gap</translation>
    </message>
    <message>
        <source>jendela kehilangan fokus</source>
        <translation>window lost focus</translation>
    </message>
    <message>
        <source>jawaban terlalu cepat</source>
        <translation>implausibly fast answers</translation>
    </message>
    <message>
        <source>peserta di dua stasiun</source>
        <translation>candidate at two stations</translation>
    </message>
    <message>
        <source>nomor bundel hilang</source>
        <translation>missing bundle number</translation>
    </message>
    <message>
        <source>nomor bundel dipakai ulang</source>
        <translation>reused bundle number</translation>
    </message>
    <message>
        <source>stasiun dicabut</source>
        <translation>revoked station</translation>
    </message>
    <message>
        <source>bundel diubah setelah diterima</source>
        <translation>bundle altered after it was received</translation>
    </message>
    <message>
        <source>daftar peserta diubah pengawas</source>
        <translation>roster changed by the proctor</translation>
    </message>
    <message>
        <source>waktu ditambah melewati akhir sesi</source>
        <translation>time extended past the end of the session</translation>
    </message>
    <message>
        <source>pindah kursi (ujian dilanjutkan di stasiun lain)</source>
        <translation>seat change (attempt continued at another station)</translation>
    </message>
    <message>
        <source>bundel berisi sesi yang tidak diberikan ke stasiun ini</source>
        <translation>bundle holds a session not issued to this station</translation>
    </message>
    <message>
        <source>bundel ditandatangani kunci yang tidak didaftarkan HQ</source>
        <translation>bundle signed by a key HQ did not enroll</translation>
    </message>
    <message>
        <source>kode bundel yang sama dari dua stasiun</source>
        <translation>the same bundle ID from two stations</translation>
    </message>
    <message>
        <source>{when}  {kind}  stasiun {station}  ujian {attempt}  {detail}{state}</source>
        <translation>{when}  {kind}  station {station}  attempt {attempt}  {detail}{state}</translation>
    </message>
    <message>
        <source>  (selesai)</source>
        <translation>  (resolved)</translation>
    </message>
    <message>
        <source>{count} anomali, {open} belum selesai.</source>
        <translation>{count} anomalies, {open} unresolved.</translation>
    </message>
    <message>
        <source>{when}  {operator}  {action}  {subject}  {detail}</source>
        <translation>{when}  {operator}  {action}  {subject}  {detail}</translation>
    </message>
    <message>
        <source>Log akses utuh: {lines} baris, rantai dan tanda tangan cocok, kepala log di baris {head}.</source>
        <translation>Access log intact: {lines} lines, chain and signatures match, signed head at line {head}.</translation>
    </message>
    <message>
        <source>Log akses TIDAK utuh. Temuan pertama: {finding}</source>
        <translation>Access log NOT intact. First finding: {finding}</translation>
    </message>
    <message>
        <source>Peran {roles} tidak dikenal; pilih dari {known}.</source>
        <translation>Unknown role {roles}; choose from {known}.</translation>
    </message>
    <message>
        <source>Tidak ada terminal untuk meminta kata sandi {name}; pakai --new-password-file atau --key-file.</source>
        <translation>No terminal to ask for {name}&apos;s password; use --new-password-file or --key-file.</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {name}: </source>
        <translation>New password for {name}: </translation>
    </message>
    <message>
        <source>Petugas {name} ditambahkan dengan peran {roles}.</source>
        <translation>Operator {name} added with roles {roles}.</translation>
    </message>
    <message>
        <source>Berkas kunci petugas ditulis ke {file}; simpan seperti kata sandi.</source>
        <translation>The operator&apos;s key file was written to {file}; keep it like a password.</translation>
    </message>
    <message>
        <source>HQ ini belum mempunyai petugas: {name} menjadi admin pertama ({roles}).</source>
        <translation>This HQ had no operators: {name} is its first admin ({roles}).</translation>
    </message>
    <message>
        <source>Akun petugas {name} dihapus.</source>
        <translation>Operator account {name} removed.</translation>
    </message>
    <message>
        <source>Kata sandi atau berkas kunci petugas {name} diganti.</source>
        <translation>Operator {name}&apos;s password or key file replaced.</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>{name}  {roles}  {method}  {state}  ditambahkan {added} oleh {by}</source>
        <translation>{name}  {roles}  {method}  {state}  added {added} by {by}</translation>
    </message>
    <message>
        <source>HQ ini memakai berkas SQLite: peran basis data tidak berlaku. Layanan unggah hanya menulis ke folder spool-nya sendiri dan halaman tanda terima membuka hq.db hanya-baca (lihat docs/hq-operators.md).</source>
        <translation>This HQ uses an SQLite file: database roles do not apply. The upload service writes only its own spool folder and the receipt page opens hq.db read-only (see docs/hq-operators.md).</translation>
    </message>
    <message>
        <source>folder HQ</source>
        <translation>HQ folder</translation>
    </message>
    <message>
        <source>baca kata sandi HQ dari baris pertama berkas ini</source>
        <translation>read the HQ passphrase from the first line of this file</translation>
    </message>
    <message>
        <source>petugas HQ yang menjalankan perintah (bawaan: CACT_HQ_OPERATOR)</source>
        <translation>the HQ operator running the command (default: CACT_HQ_OPERATOR)</translation>
    </message>
    <message>
        <source>baca kata sandi petugas dari baris pertama berkas ini (atau CACT_HQ_PASSWORD, atau ketik)</source>
        <translation>read the operator&apos;s password from the first line of this file (or CACT_HQ_PASSWORD, or type it)</translation>
    </message>
    <message>
        <source>masuk dengan berkas kunci petugas ini (atau CACT_HQ_KEY_FILE)</source>
        <translation>sign in with this operator key file (or CACT_HQ_KEY_FILE)</translation>
    </message>
    <message>
        <source>perintah kantor pusat (HQ)</source>
        <translation>headquarters (HQ) commands</translation>
    </message>
    <message>
        <source>buat root CA, kunci penanda tangan dan kunci hasil HQ</source>
        <translation>create the HQ root CA, signer key and results key</translation>
    </message>
    <message>
        <source>nama HQ dalam sertifikat</source>
        <translation>HQ name in certificates</translation>
    </message>
    <message>
        <source>basis data PostgreSQL untuk HQ, tanpa kata sandi (bawaan: berkas hq.db di folder HQ)</source>
        <translation>HQ&apos;s PostgreSQL database, without a password (default: the file hq.db in the HQ folder)</translation>
    </message>
    <message>
        <source>nama petugas admin pertama (bawaan: CACT_HQ_OPERATOR)</source>
        <translation>the first admin&apos;s operator name (default: CACT_HQ_OPERATOR)</translation>
    </message>
    <message>
        <source>peran admin pertama selain admin (bawaan: semua peran)</source>
        <translation>the first admin&apos;s roles besides admin (default: every role)</translation>
    </message>
    <message>
        <source>kata sandi admin pertama dari baris pertama berkas ini (atau CACT_HQ_PASSWORD)</source>
        <translation>the first admin&apos;s password from the first line of this file (or CACT_HQ_PASSWORD)</translation>
    </message>
    <message>
        <source>buat berkas kunci baru untuk admin pertama, bukan kata sandi</source>
        <translation>make a new key file for the first admin instead of a password</translation>
    </message>
    <message>
        <source>tulis ulang berkas kepercayaan untuk stasiun</source>
        <translation>rewrite the trust file for stations</translation>
    </message>
    <message>
        <source>terbitkan sertifikat stasiun dari permintaannya</source>
        <translation>issue a station certificate from its enrollment request</translation>
    </message>
    <message>
        <source>PC pengawas: sertifikat juga untuk hub ruang yang diikuti stasiun lain</source>
        <translation>proctor&apos;s PC: the certificate is also valid for a room hub that other stations join</translation>
    </message>
    <message>
        <source>cabut sertifikat stasiun</source>
        <translation>revoke a station certificate</translation>
    </message>
    <message>
        <source>kredensial pengawas yang diterbitkan dalam paket</source>
        <translation>proctor credentials issued in packages</translation>
    </message>
    <message>
        <source>cabut satu kredensial pengawas yang hilang</source>
        <translation>revoke one lost proctor credential</translation>
    </message>
    <message>
        <source>paket yang menerbitkannya</source>
        <translation>the package that issued it</translation>
    </message>
    <message>
        <source>slot kredensial, mis. proctor:S1:1</source>
        <translation>credential slot, e.g. proctor:S1:1</translation>
    </message>
    <message>
        <source>terbitkan CRL baru</source>
        <translation>issue a new CRL</translation>
    </message>
    <message>
        <source>slot kata sandi brankas HQ (titipan/escrow)</source>
        <translation>passphrase slots of the HQ vaults (escrow)</translation>
    </message>
    <message>
        <source>daftar stasiun terdaftar</source>
        <translation>list enrolled stations</translation>
    </message>
    <message>
        <source>ujian yang sampai di HQ: per peserta, stasiun, pusat uji atau sesi</source>
        <translation>attempts that reached HQ: by candidate, station, centre or session</translation>
    </message>
    <message>
        <source>NIP peserta</source>
        <translation>the candidate&apos;s NIP</translation>
    </message>
    <message>
        <source>stasiun (tempat mulai atau terakhir)</source>
        <translation>station (where it began or last ran)</translation>
    </message>
    <message>
        <source>pusat uji (satu ruang)</source>
        <translation>exam centre (one room)</translation>
    </message>
    <message>
        <source>sesi</source>
        <translation>session</translation>
    </message>
    <message>
        <source>paket ujian</source>
        <translation>exam package</translation>
    </message>
    <message>
        <source>buat paket .cactpkg dari sumber ujian</source>
        <translation>build a .cactpkg package from an exam source</translation>
    </message>
    <message>
        <source>tandatangani build stasiun menjadi paket pembaruan .cactupd</source>
        <translation>sign a station build into a .cactupd update package</translation>
    </message>
    <message>
        <source>folder build (dist/cact-station)</source>
        <translation>build folder (dist/cact-station)</translation>
    </message>
    <message>
        <source>versi terpasang tertua yang boleh diganti</source>
        <translation>oldest installed version it may replace</translation>
    </message>
    <message>
        <source>catatan perubahan (bahasa Indonesia)</source>
        <translation>release notes (Indonesian)</translation>
    </message>
    <message>
        <source>catatan perubahan (bahasa Inggris)</source>
        <translation>release notes (English)</translation>
    </message>
    <message>
        <source>platform build, mis. linux-x86_64 (bawaan: komputer ini)</source>
        <translation>build platform, e.g. linux-x86_64 (default: this computer)</translation>
    </message>
    <message>
        <source>berkas .cactupd</source>
        <translation>.cactupd file</translation>
    </message>
    <message>
        <source>terima bundel hasil dan tulis tanda terima</source>
        <translation>accept result bundles and write receipts</translation>
    </message>
    <message>
        <source>untuk spool layanan unggah: lewati bundel yang sudah dijawab, catat penolakan di sampingnya</source>
        <translation>for the upload service&apos;s spool: skip bundles already answered, note refusals beside them</translation>
    </message>
    <message>
        <source>masukkan bundel ke antrean untuk pekerja ingest</source>
        <translation>queue bundles for the ingest workers</translation>
    </message>
    <message>
        <source>berkas .cactres atau folder</source>
        <translation>.cactres files or folders</translation>
    </message>
    <message>
        <source>isi antrean ingest dan alasan bundel yang gagal</source>
        <translation>the ingest queue and why bundles failed</translation>
    </message>
    <message>
        <source>masukkan kembali bundel yang gagal setelah penyebabnya diperbaiki</source>
        <translation>put failed bundles back in the queue once the cause is fixed</translation>
    </message>
    <message>
        <source>pekerja ingest: ambil bundel dari antrean satu per satu</source>
        <translation>ingest worker: take bundles from the queue one at a time</translation>
    </message>
    <message>
        <source>ambil satu bundel lalu berhenti</source>
        <translation>take one bundle, then stop</translation>
    </message>
    <message>
        <source>berhenti bila antrean kosong selama sekian detik (0: segera)</source>
        <translation>stop when the queue has been empty for this many seconds (0: at once)</translation>
    </message>
    <message>
        <source>nama pekerja dalam log (bawaan: host-pid)</source>
        <translation>worker name in the log (default: host-pid)</translation>
    </message>
    <message>
        <source>percobaan sebelum bundel yang gagal diproses ditandai gagal</source>
        <translation>tries before a bundle whose processing fails is marked failed</translation>
    </message>
    <message>
        <source>terbitkan sertifikat dan kunci layanan unggah</source>
        <translation>issue the upload service&apos;s certificate and key</translation>
    </message>
    <message>
        <source>folder identitas layanan</source>
        <translation>service identity folder</translation>
    </message>
    <message>
        <source>jalankan layanan unggah HTTPS (TLS timbal balik)</source>
        <translation>run the HTTPS upload service (mutual TLS)</translation>
    </message>
    <message>
        <source>folder bundel yang diterima</source>
        <translation>folder of received bundles</translation>
    </message>
    <message>
        <source>basis data HQ (URL postgresql:// atau berkas hq.db): setiap bundel masuk antrean pekerja ingest</source>
        <translation>HQ&apos;s database (a postgresql:// URL or an hq.db file): every bundle is queued for the ingest workers</translation>
    </message>
    <message>
        <source>unggahan yang diterima sekaligus dari semua stasiun; sisanya menunggu</source>
        <translation>uploads received at once from all stations; the rest wait</translation>
    </message>
    <message>
        <source>utas pemeriksa dan penyimpan bundel</source>
        <translation>threads that verify and store bundles</translation>
    </message>
    <message>
        <source>sambungan terbuka paling banyak (bawaan: batas berkas proses - 64)</source>
        <translation>most open connections (default: the process&apos;s file limit - 64)</translation>
    </message>
    <message>
        <source>detik untuk jabat tangan TLS</source>
        <translation>seconds for the TLS handshake</translation>
    </message>
    <message>
        <source>detik untuk mengirim kepala permintaan, sejak bita pertamanya</source>
        <translation>seconds to send a request header, from its first byte</translation>
    </message>
    <message>
        <source>detik sambungan boleh diam di antara permintaan</source>
        <translation>seconds a connection may stay idle between requests</translation>
    </message>
    <message>
        <source>detik untuk setiap 64 KiB isi unggahan</source>
        <translation>seconds for each 64 KiB of an upload&apos;s body</translation>
    </message>
    <message>
        <source>tulis log JSON ke berkas ini (bawaan: stderr)</source>
        <translation>write the JSON log to this file (default: stderr)</translation>
    </message>
    <message>
        <source>jalankan halaman publik tempat peserta memeriksa tanda terimanya (hanya membaca HQ)</source>
        <translation>run the public page where candidates check their receipt (reads HQ only)</translation>
    </message>
    <message>
        <source>permintaan per menit dari satu alamat setelah jatah awal habis</source>
        <translation>requests per minute from one address once the initial allowance is used</translation>
    </message>
    <message>
        <source>permintaan sekaligus dari satu alamat</source>
        <translation>requests at once from one address</translation>
    </message>
    <message>
        <source>alamat reverse proxy HTTPS yang X-Forwarded-For-nya dipercaya untuk batas per alamat (boleh berulang)</source>
        <translation>address of the HTTPS reverse proxy whose X-Forwarded-For is trusted for the per-address limit (may be repeated)</translation>
    </message>
    <message>
        <source>buka dan tampilkan isi bundel</source>
        <translation>open a bundle and show its contents</translation>
    </message>
    <message>
        <source>tampilkan setiap kejadian</source>
        <translation>show every event</translation>
    </message>
    <message>
        <source>periksa rantai, tanda tangan dan kepala log; sebutkan baris pertama yang diubah, dihapus atau terpotong</source>
        <translation>check the chain, the signatures and the signed head; name the first line edited, deleted or cut off</translation>
    </message>
    <message>
        <source>akun petugas HQ dan perannya</source>
        <translation>HQ operator accounts and their roles</translation>
    </message>
    <message>
        <source>kata sandi baru petugas dari baris pertama berkas ini (atau ketik)</source>
        <translation>the operator&apos;s new password from the first line of this file (or type it)</translation>
    </message>
    <message>
        <source>buat berkas kunci baru untuk petugas ini, bukan kata sandi</source>
        <translation>make a new key file for this operator instead of a password</translation>
    </message>
    <message>
        <source>tambahkan petugas dengan perannya</source>
        <translation>add an operator with their roles</translation>
    </message>
    <message>
        <source>intake, scoring, reader, hr_export atau admin (boleh berulang)</source>
        <translation>intake, scoring, reader, hr_export or admin (may repeat)</translation>
    </message>
    <message>
        <source>ganti kata sandi atau berkas kunci petugas</source>
        <translation>replace an operator&apos;s password or key file</translation>
    </message>
    <message>
        <source>hapus akun petugas</source>
        <translation>remove an operator account</translation>
    </message>
    <message>
        <source>daftar petugas dan perannya</source>
        <translation>list the operators and their roles</translation>
    </message>
    <message>
        <source>SQL yang membuat peran PostgreSQL berhak sempit untuk layanan unggah, pekerja dan pembaca</source>
        <translation>the SQL creating least-privilege PostgreSQL roles for the upload service, the worker and the reader</translation>
    </message>
    <message>
        <source>tampilkan SQL-nya</source>
        <translation>print the SQL</translation>
    </message>
    <message>
        <source>Stasiun ini juga boleh menjalankan hub ruang untuk stasiun lain di pusat ujiannya.</source>
        <translation>This station may also run a room hub for the other stations of its test centre.</translation>
    </message>
    <message>
        <source>Kredensial {slot} paket {package} dicabut; daftar pencabutan nomor {number} ditulis ke {file}. Bawa berkas itu ke pusat uji (&apos;station revocations import&apos;) — paket berikutnya juga membawanya.</source>
        <translation>Credential {slot} of package {package} revoked; revocation list number {number} written to {file}. Take that file to the test centre (&apos;station revocations import&apos;) — the next package carries it too.</translation>
    </message>
    <message>
        <source>stasiun + hub ruang</source>
        <translation>station + room hub</translation>
    </message>
    <message>
        <source>{station}  {enrolled}  {state}  {role}  {fingerprint}</source>
        <translation>{station}  {enrolled}  {state}  {role}  {fingerprint}</translation>
    </message>
    <message>
        <source>{count} ujian.</source>
        <translation>{count} attempts.</translation>
    </message>
    <message>
        <source>{file}: DITOLAK</source>
        <translation>{file}: REFUSED</translation>
    </message>
    <message>
        <source>{file}: masuk antrean</source>
        <translation>{file}: queued</translation>
    </message>
    <message>
        <source>{file}: sudah ada di antrean</source>
        <translation>{file}: already in the queue</translation>
    </message>
    <message>
        <source>Ringkasan: {total} berkas, {new} baru masuk antrean, {known} sudah ada.</source>
        <translation>Summary: {total} files, {new} newly queued, {known} already there.</translation>
    </message>
    <message>
        <source>{count} bundel yang gagal dimasukkan kembali ke antrean.</source>
        <translation>{count} failed bundles put back in the queue.</translation>
    </message>
    <message>
        <source>Antrean: {queued} menunggu, {done} selesai, {failed} gagal.</source>
        <translation>Queue: {queued} waiting, {done} done, {failed} failed.</translation>
    </message>
    <message>
        <source>{file} ({outcome}, {attempts} percobaan): {reason}</source>
        <translation>{file} ({outcome}, {attempts} tries): {reason}</translation>
    </message>
    <message>
        <source>folder tabel penilaian instansi (bawaan: tabel bawaan aplikasi)</source>
        <translation>folder of the agency&apos;s scoring tables (default: the bundled tables)</translation>
    </message>
    <message>
        <source>nilai kinerja pegawai</source>
        <translation>employee performance ratings</translation>
    </message>
    <message>
        <source>muat nilai kinerja dari CSV (kolom nip, nilai_kinerja)</source>
        <translation>load performance ratings from a CSV (columns nip, nilai_kinerja)</translation>
    </message>
    <message>
        <source>nilai semua ujian yang telah berakhir dengan tabel terbaru</source>
        <translation>score every ended attempt with the current tables</translation>
    </message>
    <message>
        <source>nilai ulang setiap ujian yang telah berakhir dengan tabel terbaru; tampilkan kotak sebelum dan sesudah</source>
        <translation>rescore every ended attempt with the newest tables; show each box before and after</translation>
    </message>
    <message>
        <source>cetak profil kompetensi seorang pegawai (PDF)</source>
        <translation>print one employee&apos;s competency profile (PDF)</translation>
    </message>
    <message>
        <source>catat tinjauan manusia atas profil otomatis seorang pegawai (UU 27/2022 Pasal 10)</source>
        <translation>record a human review of an employee&apos;s automated profile (UU 27/2022 Article 10)</translation>
    </message>
    <message>
        <source>nama peninjau</source>
        <translation>reviewer&apos;s name</translation>
    </message>
    <message>
        <source>alasan tinjauan</source>
        <translation>reason for the review</translation>
    </message>
    <message>
        <source>kotak talenta yang ditetapkan peninjau, K1 sampai K9</source>
        <translation>talent box the reviewer sets, K1 to K9</translation>
    </message>
    <message>
        <source>cetak ringkasan instansi atau unit kerja (PDF)</source>
        <translation>print the agency or unit summary (PDF)</translation>
    </message>
    <message>
        <source>hanya unit kerja ini</source>
        <translation>only this unit</translation>
    </message>
    <message>
        <source>ekspor hasil dalam nama kolom sistem kepegawaian</source>
        <translation>export results in the HR system&apos;s field names</translation>
    </message>
    <message>
        <source>csv: satu baris per pegawai, untuk dibaca orang; json: rekaman kompetensi, potensi dan pemetaan talenta berbentuk SIASN</source>
        <translation>csv: one row per employee, for people to read; json: SIASN-shaped competency, potential and talent-mapping records</translation>
    </message>
    <message>
        <source>periksa apakah ujian dengan kode tanda terima ini telah diterima</source>
        <translation>check whether the attempt with this receipt code has arrived</translation>
    </message>
    <message>
        <source>sidik yang tercetak pada tanda terima peserta</source>
        <translation>the fingerprint printed on the candidate&apos;s receipt</translation>
    </message>
    <message>
        <source>daftar anomali</source>
        <translation>list anomalies</translation>
    </message>
    <message>
        <source>hanya stasiun ini</source>
        <translation>only this station</translation>
    </message>
    <message>
        <source>siapa membuka, mengekspor atau mencetak data siapa</source>
        <translation>who opened, exported or printed whose data</translation>
    </message>
    <message>
        <source>Salinan ujian {attempt} ditulis ke {file}.</source>
        <translation>Copy of attempt {attempt} written to {file}.</translation>
    </message>
    <message>
        <source>Salinan ujian {attempt} digabung: {new} kejadian baru, kepala rantai nomor {head}.</source>
        <translation>Copy of attempt {attempt} merged: {new} new events, chain head at event {head}.</translation>
    </message>
    <message>
        <source>folder data stasiun (bawaan: {folder})</source>
        <translation>station data folder (default: {folder})</translation>
    </message>
    <message>
        <source>baca kata sandi stasiun dari baris pertama berkas ini</source>
        <translation>read the station passphrase from the first line of this file</translation>
    </message>
    <message>
        <source>bahasa pesan (bawaan: id)</source>
        <translation>message language (default: id)</translation>
    </message>
    <message>
        <source>CACT Station — stasiun uji kompetensi luring</source>
        <translation>CACT Station — offline competency test station</translation>
    </message>
    <message>
        <source>siapkan stasiun baru di folder data</source>
        <translation>set up a new station in the data folder</translation>
    </message>
    <message>
        <source>kunci publik hasil HQ (PEM X25519); tanpa ini dibuat kunci pengganti</source>
        <translation>HQ results public key (PEM X25519); without it a placeholder key is created</translation>
    </message>
    <message>
        <source>muat sumber ujian (exam.json)</source>
        <translation>load an exam source (exam.json)</translation>
    </message>
    <message>
        <source>turunkan kunci sesi dari rahasia ini (pengganti sampai paket bertanda tangan)</source>
        <translation>derive session keys from this secret (a stand-in until signed packages)</translation>
    </message>
    <message>
        <source>tampilkan sesi dan ujian</source>
        <translation>show sessions and attempts</translation>
    </message>
    <message>
        <source>periksa rantai setiap ujian dan log audit</source>
        <translation>check the chain of every attempt and the audit log</translation>
    </message>
    <message>
        <source>sumber ujian yang dimuat lebih dulu (bawaan: ujian sintetis ukuran penuh)</source>
        <translation>exam source to load first (default: full-size synthetic exam)</translation>
    </message>
    <message>
        <source>sesi yang dikerjakan (bawaan: yang pertama)</source>
        <translation>session to run (default: the first one)</translation>
    </message>
    <message>
        <source>jalankan alur stasiun pada ujian demo bawaan</source>
        <translation>run the station workflow on the built-in demo exam</translation>
    </message>
    <message>
        <source>tanpa jendela: peserta disimulasikan</source>
        <translation>no window: candidates are simulated</translation>
    </message>
    <message>
        <source>folder untuk data dan keluaran demo</source>
        <translation>folder for the demo data and output</translation>
    </message>
    <message>
        <source>basis data PostgreSQL kosong untuk HQ demo, tanpa kata sandi (bawaan: berkas hq.db)</source>
        <translation>an empty PostgreSQL database for the demo HQ, without a password (default: the file hq.db)</translation>
    </message>
    <message>
        <source>lihat, tambah, hapus atau ganti slot kunci</source>
        <translation>list, add, remove or change key slots</translation>
    </message>
    <message>
        <source>salin ujian untuk dilanjutkan di stasiun lain</source>
        <translation>copy an attempt to continue it on another station</translation>
    </message>
    <message>
        <source>Struktur JSON terlalu dalam.</source>
        <translation>JSON structure is nested too deeply.</translation>
    </message>
    <message>
        <source>JSON kanonik tidak menerima bilangan pecahan.</source>
        <translation>Canonical JSON does not accept fractional numbers.</translation>
    </message>
    <message>
        <source>Kunci JSON harus berupa teks.</source>
        <translation>JSON keys must be strings.</translation>
    </message>
    <message>
        <source>Nilai bertipe {type} tidak dapat ditulis sebagai JSON.</source>
        <translation>A value of type {type} cannot be written as JSON.</translation>
    </message>
    <message>
        <source>Teks tidak dapat ditulis sebagai JSON: {error}.</source>
        <translation>Text cannot be written as JSON: {error}.</translation>
    </message>
    <message>
        <source>Kunci JSON ganda: {key!r}.</source>
        <translation>Duplicate JSON key: {key!r}.</translation>
    </message>
    <message>
        <source>JSON tidak menerima {name}.</source>
        <translation>JSON does not accept {name}.</translation>
    </message>
    <message>
        <source>JSON tidak dapat dibaca: {error}.</source>
        <translation>JSON cannot be read: {error}.</translation>
    </message>
    <message>
        <source>Rantai ujian {attempt_id} putus: kejadian nomor {seq} hilang.</source>
        <translation>Chain of attempt {attempt_id} is broken: event {seq} is missing.</translation>
    </message>
    <message>
        <source>Rantai ujian {attempt_id} putus pada kejadian nomor {seq}: isi atau tautannya diubah, atau ditambahkan tanpa kunci.</source>
        <translation>Chain of attempt {attempt_id} is broken at event {seq}: its content or link was changed, or it was added without the key.</translation>
    </message>
    <message>
        <source>Kejadian nomor {seq} ujian {attempt_id} tidak dapat dibuka.</source>
        <translation>Event {seq} of attempt {attempt_id} cannot be opened.</translation>
    </message>
    <message>
        <source>Segel ujian tidak dapat dibaca.</source>
        <translation>The attempt seal cannot be read.</translation>
    </message>
    <message>
        <source>Segel ujian berformat tidak dikenal.</source>
        <translation>The attempt seal has an unknown format.</translation>
    </message>
    <message>
        <source>Data HPKE terpotong.</source>
        <translation>HPKE data is truncated.</translation>
    </message>
    <message>
        <source>Data HPKE telah diubah atau bukan untuk kunci ini.</source>
        <translation>HPKE data has been altered or is not meant for this key.</translation>
    </message>
    <message>
        <source>Data terenkripsi terpotong.</source>
        <translation>Encrypted data is truncated.</translation>
    </message>
    <message>
        <source>Data terenkripsi telah diubah atau kuncinya salah.</source>
        <translation>Encrypted data has been altered or the key is wrong.</translation>
    </message>
    <message>
        <source>Tanda tangan tidak sah.</source>
        <translation>Invalid signature.</translation>
    </message>
    <message>
        <source>Kunci publik PEM tidak dapat dibaca.</source>
        <translation>The PEM public key cannot be read.</translation>
    </message>
    <message>
        <source>Kunci publik harus Ed25519 atau X25519.</source>
        <translation>The public key must be Ed25519 or X25519.</translation>
    </message>
    <message>
        <source>Kunci privat tidak dapat dibuka (kata sandi salah atau berkas rusak).</source>
        <translation>The private key cannot be opened (wrong passphrase or damaged file).</translation>
    </message>
    <message>
        <source>Kunci privat harus Ed25519 atau X25519.</source>
        <translation>The private key must be Ed25519 or X25519.</translation>
    </message>
    <message>
        <source>Kunci ini harus kunci publik X25519.</source>
        <translation>This key must be an X25519 public key.</translation>
    </message>
    <message>
        <source>Slot kunci memakai KDF yang tidak dikenal.</source>
        <translation>The key slot uses an unknown KDF.</translation>
    </message>
    <message>
        <source>Tidak ada slot kunci {slot!r}.</source>
        <translation>There is no key slot {slot!r}.</translation>
    </message>
    <message>
        <source>Format brankas tidak dikenal: {format!r}.</source>
        <translation>Unknown vault format: {format!r}.</translation>
    </message>
    <message>
        <source>Brankas kunci rusak atau tidak lengkap.</source>
        <translation>The key vault is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Kata sandi atau kredensial salah.</source>
        <translation>Wrong passphrase or credential.</translation>
    </message>
    <message>
        <source>Jenis slot kunci tidak dikenal: {kind!r}.</source>
        <translation>Unknown key slot kind: {kind!r}.</translation>
    </message>
    <message>
        <source>Isi brankas kunci rusak.</source>
        <translation>The contents of the key vault are damaged.</translation>
    </message>
    <message>
        <source>Kata sandi minimal {count} karakter.</source>
        <translation>The passphrase must be at least {count} characters long.</translation>
    </message>
    <message>
        <source>Brankas tidak menyimpan {name!r}.</source>
        <translation>The vault does not hold {name!r}.</translation>
    </message>
    <message>
        <source>Slot kata sandi terakhir tidak dapat dihapus.</source>
        <translation>The last passphrase slot cannot be removed.</translation>
    </message>
    <message>
        <source>Slot {slot!r} bukan slot kata sandi.</source>
        <translation>Key slot {slot!r} is not a passphrase slot.</translation>
    </message>
    <message>
        <source>Slot kunci {slot!r} sudah ada.</source>
        <translation>Key slot {slot!r} already exists.</translation>
    </message>
    <message>
        <source>Catatan kejadian tidak dikenal: {error}.</source>
        <translation>Unknown event record: {error}.</translation>
    </message>
    <message>
        <source>Ujian ini sudah dimulai.</source>
        <translation>This attempt has already started.</translation>
    </message>
    <message>
        <source>Bagian baru hanya dapat dimulai di antara bagian.</source>
        <translation>A new section can only be started between sections.</translation>
    </message>
    <message>
        <source>Tidak ada bagian yang tersisa.</source>
        <translation>There are no sections left.</translation>
    </message>
    <message>
        <source>Bagian {index} tidak ada.</source>
        <translation>Section {index} does not exist.</translation>
    </message>
    <message>
        <source>Bagian harus dikerjakan berurutan; berikutnya: {title}.</source>
        <translation>Sections must be taken in order; next: {title}.</translation>
    </message>
    <message>
        <source>Bagian {title} sudah dikunci.</source>
        <translation>Section {title} is already locked.</translation>
    </message>
    <message>
        <source>Soal nomor {number} tidak ada; bagian ini punya {count} soal.</source>
        <translation>There is no item {number}; this section has {count} items.</translation>
    </message>
    <message>
        <source>Ini soal terakhir di bagian ini.</source>
        <translation>This is the last item in this section.</translation>
    </message>
    <message>
        <source>Ini soal pertama di bagian ini.</source>
        <translation>This is the first item in this section.</translation>
    </message>
    <message>
        <source>Ujian hanya dapat dijeda saat sedang berjalan.</source>
        <translation>An attempt can only be paused while it is in progress.</translation>
    </message>
    <message>
        <source>Waktu bagian ini sudah habis.</source>
        <translation>The time for this section has run out.</translation>
    </message>
    <message>
        <source>Ujian tidak sedang dijeda.</source>
        <translation>The attempt is not paused.</translation>
    </message>
    <message>
        <source>Pengawas harus memutuskan apakah jeda {seconds} detik dihitung sebagai waktu ujian.</source>
        <translation>The proctor must decide whether the pause of {seconds} seconds counts as exam time.</translation>
    </message>
    <message>
        <source>Waktu hanya dapat ditambah selama ujian berlangsung.</source>
        <translation>Time can only be added while the attempt is in progress.</translation>
    </message>
    <message>
        <source>Tambahan waktu harus lebih dari nol.</source>
        <translation>Extra time must be more than zero.</translation>
    </message>
    <message>
        <source>Tambahan waktu harus disertai alasan.</source>
        <translation>Extra time requires a reason.</translation>
    </message>
    <message>
        <source>Tidak ada bagian yang dapat diperpanjang.</source>
        <translation>There is no section that can be extended.</translation>
    </message>
    <message>
        <source>Bagian {title} sudah selesai.</source>
        <translation>Section {title} is already finished.</translation>
    </message>
    <message>
        <source>Selesaikan bagian yang sedang berjalan sebelum mengirim ujian.</source>
        <translation>Finish the current section before submitting the attempt.</translation>
    </message>
    <message>
        <source>Masih ada bagian yang belum dikerjakan.</source>
        <translation>Some sections have not been taken yet.</translation>
    </message>
    <message>
        <source>Ujian belum sampai di bagian terakhir.</source>
        <translation>The attempt has not reached the last section yet.</translation>
    </message>
    <message>
        <source>Bagian terakhir tidak habis waktunya.</source>
        <translation>The last section did not run out of time.</translation>
    </message>
    <message>
        <source>Ujian ini tidak terputus.</source>
        <translation>This attempt is not interrupted.</translation>
    </message>
    <message>
        <source>Ujian tidak sedang berjalan.</source>
        <translation>The attempt is not running.</translation>
    </message>
    <message>
        <source>Kejadian {kind} nomor {seq} rusak: {error}.</source>
        <translation>Event {seq} ({kind}) is damaged: {error}.</translation>
    </message>
    <message>
        <source>Kejadian {kind} nomor {seq} tidak cocok dengan keadaan ujian ({status}).</source>
        <translation>Event {seq} ({kind}) does not match the state of the attempt ({status}).</translation>
    </message>
    <message>
        <source>Ujian ini terputus; pemulihan harus dicatat lebih dulu.</source>
        <translation>This attempt was interrupted; the recovery must be recorded first.</translation>
    </message>
    <message>
        <source>Ujian sedang dijeda.</source>
        <translation>The attempt is paused.</translation>
    </message>
    <message>
        <source>Tidak ada bagian yang sedang berjalan.</source>
        <translation>No section is in progress.</translation>
    </message>
    <message>
        <source>Soal {item} tidak ada di bagian yang sedang berjalan.</source>
        <translation>Item {item} is not in the current section.</translation>
    </message>
    <message>
        <source>Ujian ini sudah berakhir.</source>
        <translation>This attempt has already ended.</translation>
    </message>
    <message>
        <source>Keputusan pengawas harus disertai alasan.</source>
        <translation>A proctor decision requires a reason.</translation>
    </message>
    <message>
        <source>Soal {item} tidak punya pilihan {option!r}.</source>
        <translation>Item {item} has no option {option!r}.</translation>
    </message>
    <message>
        <source>Soal {item} menerima satu pilihan.</source>
        <translation>Item {item} takes a single option.</translation>
    </message>
    <message>
        <source>Soal {item} menerima daftar pilihan.</source>
        <translation>Item {item} takes a list of options.</translation>
    </message>
    <message>
        <source>Pilihan ganda pada soal {item} tidak boleh berulang.</source>
        <translation>The options chosen for item {item} must not repeat.</translation>
    </message>
    <message>
        <source>Soal {item} menerima paling banyak {limit} pilihan.</source>
        <translation>Item {item} takes at most {limit} options.</translation>
    </message>
    <message>
        <source>Soal {item} menerima pilihan &apos;paling&apos; dan &apos;kurang&apos; efektif.</source>
        <translation>Item {item} takes a &apos;most&apos; effective and a &apos;least&apos; effective option.</translation>
    </message>
    <message>
        <source>Soal {item}: pilihan harus berupa kode pilihan.</source>
        <translation>Item {item}: choices must be option codes.</translation>
    </message>
    <message>
        <source>Soal {item}: pilihan paling efektif dan kurang efektif harus berbeda.</source>
        <translation>Item {item}: the most effective and least effective options must be different.</translation>
    </message>
    <message>
        <source>Ada soal tanpa kode.</source>
        <translation>An item has no code.</translation>
    </message>
    <message>
        <source>Soal {item} tidak punya teks.</source>
        <translation>Item {item} has no text.</translation>
    </message>
    <message>
        <source>Soal {item} harus punya 2–8 pilihan, bukan {count}.</source>
        <translation>Item {item} must have 2–8 options, not {count}.</translation>
    </message>
    <message>
        <source>Soal {item} punya kode pilihan ganda.</source>
        <translation>Item {item} has duplicate option codes.</translation>
    </message>
    <message>
        <source>Soal {item} punya pilihan tanpa kode atau teks.</source>
        <translation>Item {item} has an option without a code or text.</translation>
    </message>
    <message>
        <source>Bobot pilihan {option} pada soal {item} harus 1–5.</source>
        <translation>The weight of option {option} in item {item} must be 1–5.</translation>
    </message>
    <message>
        <source>Soal {item}: semua pilihan harus berbobot, atau tidak sama sekali.</source>
        <translation>Item {item}: either all options have a weight, or none do.</translation>
    </message>
    <message>
        <source>Soal {item} harus menyebut kompetensi atau aspek yang diukur.</source>
        <translation>Item {item} must name the competency or aspect it measures.</translation>
    </message>
    <message>
        <source>Soal paling/kurang efektif {item} perlu sedikitnya 3 pilihan.</source>
        <translation>Most/least effective item {item} needs at least 3 options.</translation>
    </message>
    <message>
        <source>Kunci soal {item} menyebut pilihan yang tidak ada: {keys}.</source>
        <translation>The answer key of item {item} names options that do not exist: {keys}.</translation>
    </message>
    <message>
        <source>Soal pilihan tunggal {item} hanya boleh punya satu kunci.</source>
        <translation>Single-choice item {item} may have only one answer key.</translation>
    </message>
    <message>
        <source>Soal {item}: batas jumlah pilihan tidak masuk akal.</source>
        <translation>Item {item}: the limits on the number of choices make no sense.</translation>
    </message>
    <message>
        <source>Soal {item} menyebut gambar yang sama dua kali.</source>
        <translation>Item {item} names the same image twice.</translation>
    </message>
    <message>
        <source>Ada bagian tanpa kode.</source>
        <translation>A section has no code.</translation>
    </message>
    <message>
        <source>Bagian {section} harus punya batas waktu.</source>
        <translation>Section {section} must have a time limit.</translation>
    </message>
    <message>
        <source>Bagian {section} tidak punya soal.</source>
        <translation>Section {section} has no items.</translation>
    </message>
    <message>
        <source>Soal {item} tidak ada di bagian {section}.</source>
        <translation>Item {item} is not in section {section}.</translation>
    </message>
    <message>
        <source>Ujian tidak punya kode.</source>
        <translation>The exam has no code.</translation>
    </message>
    <message>
        <source>Ujian {exam} tidak punya bagian.</source>
        <translation>Exam {exam} has no sections.</translation>
    </message>
    <message>
        <source>Kode bagian ganda dalam ujian {exam}.</source>
        <translation>Duplicate section code in exam {exam}.</translation>
    </message>
    <message>
        <source>Kode soal ganda: {item}.</source>
        <translation>Duplicate item code: {item}.</translation>
    </message>
    <message>
        <source>Soal {item} menyebut gambar {media} yang tidak ada.</source>
        <translation>Item {item} names image {media}, which does not exist.</translation>
    </message>
    <message>
        <source>Soal {item} tidak ada dalam ujian.</source>
        <translation>Item {item} is not in the exam.</translation>
    </message>
    <message>
        <source>NIP kosong.</source>
        <translation>NIP is empty.</translation>
    </message>
    <message>
        <source>NIP hanya boleh berisi angka: {nip!r}.</source>
        <translation>NIP may contain only digits: {nip!r}.</translation>
    </message>
    <message>
        <source>NIP harus 18 angka, bukan {length}.</source>
        <translation>NIP must be 18 digits, not {length}.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIP tidak valid: {value}.</source>
        <translation>The date of birth in the NIP is not valid: {value}.</translation>
    </message>
    <message>
        <source>Tahun lahir dalam NIP tidak masuk akal: {year}.</source>
        <translation>The birth year in the NIP is not plausible: {year}.</translation>
    </message>
    <message>
        <source>Bulan TMT CPNS dalam NIP tidak valid: {value}.</source>
        <translation>The month of the CPNS start date (TMT CPNS) in the NIP is not valid: {value}.</translation>
    </message>
    <message>
        <source>TMT CPNS dalam NIP di masa depan: {value}.</source>
        <translation>The CPNS start (TMT) in the NIP is in the future: {value}.</translation>
    </message>
    <message>
        <source>TMT CPNS dalam NIP ({start}) kurang dari 18 tahun setelah tanggal lahir ({birth}).</source>
        <translation>The CPNS start date (TMT CPNS) in the NIP ({start}) is less than 18 years after the date of birth ({birth}).</translation>
    </message>
    <message>
        <source>Digit jenis kelamin dalam NIP harus 1 atau 2, bukan {digit}.</source>
        <translation>The sex digit in the NIP must be 1 or 2, not {digit}.</translation>
    </message>
    <message>
        <source>Nomor urut dalam NIP tidak boleh 000.</source>
        <translation>The serial number in the NIP must not be 000.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NI PPPK tidak valid: {value}.</source>
        <translation>The birth date in the NI PPPK is not valid: {value}.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NI PPPK di masa depan: {value}.</source>
        <translation>The birth date in the NI PPPK is in the future: {value}.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIP di masa depan: {value}.</source>
        <translation>The birth date in the NIP is in the future: {value}.</translation>
    </message>
    <message>
        <source>Tahun pengangkatan dalam NI PPPK ({year}) sebelum PPPK pertama diangkat ({first}).</source>
        <translation>The appointment year in the NI PPPK ({year}) is before the first PPPK were appointed ({first}).</translation>
    </message>
    <message>
        <source>Tahun pengangkatan dalam NI PPPK di masa depan: {year}.</source>
        <translation>The appointment year in the NI PPPK is in the future: {year}.</translation>
    </message>
    <message>
        <source>Tahun pengangkatan dalam NI PPPK ({year}) kurang dari 20 tahun setelah tahun lahir ({birth}).</source>
        <translation>The appointment year in the NI PPPK ({year}) is less than 20 years after the birth year ({birth}).</translation>
    </message>
    <message>
        <source>Digit jenis kelamin dalam NI PPPK harus 1 atau 2, bukan {digit}.</source>
        <translation>The gender digit in the NI PPPK must be 1 or 2, not {digit}.</translation>
    </message>
    <message>
        <source>Nomor urut dalam NI PPPK tidak boleh 000.</source>
        <translation>The sequence number in the NI PPPK cannot be 000.</translation>
    </message>
    <message>
        <source>Golongan/ruang tidak dikenal: {value!r} (contoh: III/a).</source>
        <translation>Unknown rank (golongan/ruang): {value!r} (example: III/a).</translation>
    </message>
    <message>
        <source>Golongan/ruang tidak ada: {value!r}.</source>
        <translation>No such rank (golongan/ruang): {value!r}.</translation>
    </message>
    <message>
        <source>Golongan PPPK harus I–XVII, bukan {value!r}.</source>
        <translation>A PPPK grade (golongan) must be I–XVII, not {value!r}.</translation>
    </message>
    <message>
        <source>Tambahan waktu harus 0–200 %, bukan {value}.</source>
        <translation>Extra time must be 0–200%, not {value}.</translation>
    </message>
    <message>
        <source>Skala huruf harus 100–200 %, bukan {value}.</source>
        <translation>Font scale must be 100–200%, not {value}.</translation>
    </message>
    <message>
        <source>waktu +{percent} %</source>
        <translation>time +{percent} %</translation>
    </message>
    <message>
        <source>huruf {percent} %</source>
        <translation>text {percent} %</translation>
    </message>
    <message>
        <source>kontras tinggi</source>
        <translation>high contrast</translation>
    </message>
    <message>
        <source>pembaca layar</source>
        <translation>screen reader</translation>
    </message>
    <message>
        <source>Nama peserta dengan NIP {nip} kosong.</source>
        <translation>The name of the candidate with NIP {nip} is empty.</translation>
    </message>
    <message>
        <source>Jabatan peserta dengan NIP {nip} kosong.</source>
        <translation>The position of the candidate with NIP {nip} is empty.</translation>
    </message>
    <message>
        <source>Unit kerja peserta dengan NIP {nip} kosong.</source>
        <translation>The work unit of the candidate with NIP {nip} is empty.</translation>
    </message>
    <message>
        <source>NI PPPK {nip} bergolongan I–XVII, bukan golongan/ruang PNS {rank}.</source>
        <translation>NI PPPK {nip} has a PPPK grade I–XVII, not the PNS golongan/ruang {rank}.</translation>
    </message>
    <message>
        <source>NIP PNS {nip} bergolongan/ruang I/a–IV/e, bukan golongan PPPK {rank}.</source>
        <translation>PNS NIP {nip} has a golongan/ruang I/a–IV/e, not the PPPK grade {rank}.</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{day} {month} {year} pukul {hour}.{minute} {zone}</source>
        <translation>{day} {month} {year} at {hour}:{minute} {zone}</translation>
    </message>
    <message>
        <source>Batas keterlambatan sesi {session} harus 0 sampai 1440 menit.</source>
        <translation>The late-entry limit of session {session} must be 0 to 1440 minutes.</translation>
    </message>
    <message>
        <source>Sesi {session} berakhir sebelum dimulai.</source>
        <translation>Session {session} ends before it starts.</translation>
    </message>
    <message>
        <source>Zona waktu sesi {session} harus WIB, WITA atau WIT, bukan {zone}.</source>
        <translation>The time zone of session {session} must be WIB, WITA or WIT, not {zone}.</translation>
    </message>
    <message>
        <source>{file}: {where}: {problem}</source>
        <translation>{file}: {where}: {problem}</translation>
    </message>
    <message>
        <source>Pesan ruang {type} terlalu besar ({size} bita).</source>
        <translation>Room message {type} is too large ({size} bytes).</translation>
    </message>
    <message>
        <source>Bingkai pesan ruang terpotong.</source>
        <translation>Room message frame is truncated.</translation>
    </message>
    <message>
        <source>Bingkai pesan ruang menyebut panjang {size} bita; batasnya {limit}.</source>
        <translation>Room message frame announces a length of {size} bytes; the limit is {limit}.</translation>
    </message>
    <message>
        <source>bukan JSON yang sah</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>harus objek dengan kolom type</source>
        <translation>must be an object with a type field</translation>
    </message>
    <message>
        <source>jenis pesan {type!r} tidak dikenal</source>
        <translation>unknown message type {type!r}</translation>
    </message>
    <message>
        <source>harus nomor ujian (32 heksadesimal)</source>
        <translation>must be an attempt ID (32 hexadecimal digits)</translation>
    </message>
    <message>
        <source>harus NIP 18 angka</source>
        <translation>must be an 18-digit NIP</translation>
    </message>
    <message>
        <source>harus berupa objek JSON</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>lebih dari {limit} kejadian</source>
        <translation>more than {limit} events</translation>
    </message>
    <message>
        <source>nomor kejadian harus berurutan</source>
        <translation>event numbers must be consecutive</translation>
    </message>
    <message>
        <source>protokol {value!r} tidak didukung</source>
        <translation>unsupported protocol {value!r}</translation>
    </message>
    <message>
        <source>harus berisi sedikitnya satu kejadian</source>
        <translation>must contain at least one event</translation>
    </message>
    <message>
        <source>status {value!r} tidak dikenal</source>
        <translation>unknown status {value!r}</translation>
    </message>
    <message>
        <source>lebih dari {limit} baris</source>
        <translation>more than {limit} rows</translation>
    </message>
    <message>
        <source>harus nama berkas .cactres tanpa folder</source>
        <translation>must be a .cactres file name without a folder</translation>
    </message>
    <message>
        <source>masalah {value!r} tidak dikenal</source>
        <translation>unknown problem {value!r}</translation>
    </message>
    <message>
        <source>harus perintah pengawas</source>
        <translation>must be a proctor command</translation>
    </message>
    <message>
        <source>Suar hub terlalu besar.</source>
        <translation>The hub beacon is too large.</translation>
    </message>
    <message>
        <source>terlalu besar</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>format {value!r} tidak didukung</source>
        <translation>unsupported format {value!r}</translation>
    </message>
    <message>
        <source>kolom wajib tidak ada: {names}</source>
        <translation>missing required fields: {names}</translation>
    </message>
    <message>
        <source>kolom tidak dikenal: {names}</source>
        <translation>unknown fields: {names}</translation>
    </message>
    <message>
        <source>harus berupa teks yang tidak kosong</source>
        <translation>must be a non-empty string</translation>
    </message>
    <message>
        <source>kode harus 1–64 huruf, angka, titik, garis bawah atau tanda hubung</source>
        <translation>code must be 1–64 letters, digits, dots, underscores or hyphens</translation>
    </message>
    <message>
        <source>harus bilangan bulat {low}–{high}</source>
        <translation>must be an integer from {low} to {high}</translation>
    </message>
    <message>
        <source>harus true atau false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>harus berupa daftar berisi sedikitnya {n} isi</source>
        <translation>must be a list with at least {n} entries</translation>
    </message>
    <message>
        <source>waktu harus ISO 8601, mis. 2026-12-01T08:00:00+07:00</source>
        <translation>time must be ISO 8601, e.g. 2026-12-01T08:00:00+07:00</translation>
    </message>
    <message>
        <source>waktu harus menyebut zona (+07:00, +08:00 atau +09:00)</source>
        <translation>time must include a zone (+07:00, +08:00 or +09:00)</translation>
    </message>
    <message>
        <source>harus base64</source>
        <translation>must be base64</translation>
    </message>
    <message>
        <source>harus {length} bita</source>
        <translation>must be {length} bytes</translation>
    </message>
    <message>
        <source>harus SHA-256 heksadesimal (64 huruf kecil)</source>
        <translation>must be a hexadecimal SHA-256 (64 lowercase characters)</translation>
    </message>
    <message>
        <source>nama anggota tidak aman</source>
        <translation>unsafe member name</translation>
    </message>
    <message>
        <source>{file} terlalu besar ({size} bita; batas {limit}).</source>
        <translation>{file} is too large ({size} bytes; limit {limit}).</translation>
    </message>
    <message>
        <source>{file} bukan arsip zip yang utuh (rusak atau terpotong).</source>
        <translation>{file} is not a complete zip archive (damaged or truncated).</translation>
    </message>
    <message>
        <source>{file} berisi terlalu banyak anggota ({count}).</source>
        <translation>{file} contains too many members ({count}).</translation>
    </message>
    <message>
        <source>{file} berisi anggota {member} dua kali.</source>
        <translation>{file} contains member {member} twice.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} menyatakan ukuran {size} bita (batas {limit}).</source>
        <translation>Member {member} in {file} declares a size of {size} bytes (limit {limit}).</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} memakai kompresi yang tidak didukung.</source>
        <translation>Member {member} in {file} uses an unsupported compression method.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} mengembang {ratio}× (bom zip).</source>
        <translation>Member {member} in {file} expands {ratio}× (zip bomb).</translation>
    </message>
    <message>
        <source>{file} menyatakan isi {size} bita (batas {limit}).</source>
        <translation>{file} declares {size} bytes of content (limit {limit}).</translation>
    </message>
    <message>
        <source>{file} berisi nama anggota yang bukan UTF-8.</source>
        <translation>{file} contains a member name that is not UTF-8.</translation>
    </message>
    <message>
        <source>{file} berisi nama anggota yang tidak aman: {member!r}.</source>
        <translation>{file} contains an unsafe member name: {member!r}.</translation>
    </message>
    <message>
        <source>{file} berisi tautan atau folder: {member!r}.</source>
        <translation>{file} contains a link or folder: {member!r}.</translation>
    </message>
    <message>
        <source>{file} tidak berisi {members}.</source>
        <translation>{file} does not contain {members}.</translation>
    </message>
    <message>
        <source>{file} berisi anggota yang tidak tercantum: {members}.</source>
        <translation>{file} contains unlisted members: {members}.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} rusak.</source>
        <translation>Member {member} in {file} is damaged.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} terenkripsi zip; tidak didukung.</source>
        <translation>Member {member} in {file} uses zip encryption, which is not supported.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} bernama lain di kepala lokalnya.</source>
        <translation>Member {member} in {file} has a different name in its local header.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} mengembang melebihi ukuran yang dinyatakan (bom zip).</source>
        <translation>Member {member} in {file} expands beyond its declared size (zip bomb).</translation>
    </message>
    <message>
        <source>{file} membawa komentar arsip zip ({count} bita) di luar isinya.</source>
        <translation>{file} carries a zip archive comment ({count} bytes) outside its content.</translation>
    </message>
    <message>
        <source>{file} berisi {count} bita tambahan setelah akhir arsip zip.</source>
        <translation>{file} holds {count} extra bytes after the end of the zip archive.</translation>
    </message>
    <message>
        <source>{file} berisi {count} bita tambahan sebelum awal arsip zip.</source>
        <translation>{file} holds {count} extra bytes before the start of the zip archive.</translation>
    </message>
    <message>
        <source>{file} berisi {count} bita di antara direktori pusat dan catatan akhirnya.</source>
        <translation>{file} holds {count} bytes between the central directory and its end record.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} membawa kolom tambahan (extra field).</source>
        <translation>Member {member} in {file} carries an extra field.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} membawa komentar.</source>
        <translation>Member {member} in {file} carries a comment.</translation>
    </message>
    <message>
        <source>{file} berisi {count} bita di direktori pusat di luar anggotanya.</source>
        <translation>{file} holds {count} bytes in its central directory outside its members.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} bertumpang tindih dengan anggota lain.</source>
        <translation>Member {member} in {file} overlaps another member.</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} memakai deskriptor data; tidak didukung.</source>
        <translation>Member {member} in {file} uses a data descriptor; not supported.</translation>
    </message>
    <message>
        <source>Kepala lokal anggota {member} dalam {file} tidak sama dengan direktori pusatnya.</source>
        <translation>The local header of member {member} in {file} differs from its central directory entry.</translation>
    </message>
    <message>
        <source>{file} berisi {count} bita di luar anggota mana pun, setelah {member}.</source>
        <translation>{file} holds {count} bytes outside any member, after {member}.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: {file}.</source>
        <translation>File not found: {file}.</translation>
    </message>
    <message>
        <source>{file} adalah folder, bukan berkas.</source>
        <translation>{file} is a folder, not a file.</translation>
    </message>
    <message>
        <source>jalur berkas harus relatif di dalam folder sumber</source>
        <translation>file path must be relative and inside the source folder</translation>
    </message>
    <message>
        <source>jalur berkas keluar dari folder sumber</source>
        <translation>file path leads outside the source folder</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>format harus {expected}</source>
        <translation>format must be {expected}</translation>
    </message>
    <message>
        <source>kode gambar ganda</source>
        <translation>duplicate image code</translation>
    </message>
    <message>
        <source>gambar harus PNG atau JPEG</source>
        <translation>image must be PNG or JPEG</translation>
    </message>
    <message>
        <source>bentuk soal {form!r} ganda</source>
        <translation>duplicate form {form!r}</translation>
    </message>
    <message>
        <source>kode pusat uji ganda</source>
        <translation>duplicate test centre code</translation>
    </message>
    <message>
        <source>kode sesi ganda</source>
        <translation>duplicate session code</translation>
    </message>
    <message>
        <source>kop surat paling banyak 4 baris</source>
        <translation>the letterhead has at most 4 lines</translation>
    </message>
    <message>
        <source>isian {names} tidak dikenal; yang dikenal: {known}</source>
        <translation>unknown placeholder {names}; known ones: {known}</translation>
    </message>
    <message>
        <source>bentuk soal {form!r} tidak ada</source>
        <translation>form {form!r} does not exist</translation>
    </message>
    <message>
        <source>zona waktu harus WIB, WITA atau WIT</source>
        <translation>time zone must be WIB, WITA or WIT</translation>
    </message>
    <message>
        <source>format soal harus sjt, most_least, single atau multiple</source>
        <translation>item format must be sjt, most_least, single or multiple</translation>
    </message>
    <message>
        <source>skala {scale!r} tidak ada di tabel</source>
        <translation>scale {scale!r} is not in the table</translation>
    </message>
    <message>
        <source>kunci harus kode pilihan atau daftar kode pilihan</source>
        <translation>key must be an option code or a list of option codes</translation>
    </message>
    <message>
        <source>pusat uji {centre!r} tidak ada</source>
        <translation>test centre {centre!r} does not exist</translation>
    </message>
    <message>
        <source>{file} baris {line}: kolom {column} harus &apos;ya&apos; atau &apos;tidak&apos;, bukan {value!r}.</source>
        <translation>{file} line {line}: column {column} must be &apos;ya&apos; or &apos;tidak&apos;, not {value!r}.</translation>
    </message>
    <message>
        <source>{file} baris {line}: kolom {column} harus bilangan bulat, bukan {value!r}.</source>
        <translation>{file} line {line}: column {column} must be an integer, not {value!r}.</translation>
    </message>
    <message>
        <source>{file} harus berenkode UTF-8.</source>
        <translation>{file} must be UTF-8 encoded.</translation>
    </message>
    <message>
        <source>{file}: kolom {columns} tidak boleh ada; daftar peserta hanya mencatat akomodasi, bukan alasannya.</source>
        <translation>{file}: columns {columns} are not allowed; the roster records only accommodations, not the reasons for them.</translation>
    </message>
    <message>
        <source>{file}: kolom tidak dikenal: {columns}.</source>
        <translation>{file}: unknown columns: {columns}.</translation>
    </message>
    <message>
        <source>{file}: kolom wajib tidak ada: {columns}.</source>
        <translation>{file}: missing required columns: {columns}.</translation>
    </message>
    <message>
        <source>{file} baris {line}: terlalu banyak kolom.</source>
        <translation>{file} line {line}: too many columns.</translation>
    </message>
    <message>
        <source>{file} baris {line}: sesi {session!r} tidak ada di exam.json.</source>
        <translation>{file} line {line}: session {session!r} is not in exam.json.</translation>
    </message>
    <message>
        <source>{file} baris {line}: {problem}</source>
        <translation>{file} line {line}: {problem}</translation>
    </message>
    <message>
        <source>{file} baris {line}: NIP {nip} tercantum dua kali di sesi {session}.</source>
        <translation>{file} line {line}: NIP {nip} is listed twice in session {session}.</translation>
    </message>
    <message>
        <source>{file} bukan tabel skala.</source>
        <translation>{file} is not a scale table.</translation>
    </message>
    <message>
        <source>Tabel skala {file} tidak dapat dibaca: {error}.</source>
        <translation>Scale table {file} cannot be read: {error}.</translation>
    </message>
    <message>
        <source>Tabel {file} tidak dapat dibaca: {error}.</source>
        <translation>Table {file} cannot be read: {error}.</translation>
    </message>
    <message>
        <source>{file} bukan tabel {kind} yang bernama versi dan sumbernya.</source>
        <translation>{file} is not a {kind} table naming its version and source.</translation>
    </message>
    <message>
        <source>Tabel penilaian rusak: {error}.</source>
        <translation>Scoring table is damaged: {error}.</translation>
    </message>
    <message>
        <source>Tabel anomali rusak: {error}.</source>
        <translation>Anomaly table is damaged: {error}.</translation>
    </message>
    <message>
        <source>Kebijakan masa simpan {file} rusak: {error}.</source>
        <translation>The retention policy {file} is damaged: {error}.</translation>
    </message>
    <message>
        <source>Sesi {session} hanya punya {count} peserta; tidak dapat mensimulasikan {wanted}.</source>
        <translation>Session {session} has only {count} candidates; cannot simulate {wanted}.</translation>
    </message>
    <message>
        <source>Hanya {done} peserta sesi {session} yang belum mengerjakan ujian; diminta {wanted}.</source>
        <translation>Only {done} candidates of session {session} have not taken the exam yet; {wanted} were requested.</translation>
    </message>
    <message>
        <source>Waktu bagian ini sudah habis; bagian telah dikunci.</source>
        <translation>The time for this section has run out; the section is now locked.</translation>
    </message>
    <message>
        <source>Ujian ini sudah dipindahkan pengawas ke stasiun {station}; lanjutkan di sana.</source>
        <translation>The proctor has already moved this exam to station {station}; continue there.</translation>
    </message>
    <message>
        <source>NIP {nip} terdaftar di sesi lain ({sessions}), bukan sesi ini. Tanyakan kepada pengawas ruang dan sesi Anda.</source>
        <translation>NIP {nip} is registered in another session ({sessions}), not this one. Ask the proctor for your room and session.</translation>
    </message>
    <message>
        <source>NIP {nip} tidak terdaftar sebagai peserta di stasiun ini. Periksa NIP Anda; bila sudah benar, panggil pengawas.</source>
        <translation>NIP {nip} is not registered as a candidate at this station. Check your NIP; if it is correct, call the proctor.</translation>
    </message>
    <message>
        <source>Peserta dengan NIP {nip} sudah menyelesaikan ujian di sesi ini. Bila ini keliru, panggil pengawas.</source>
        <translation>The candidate with NIP {nip} has already finished the exam in this session. If this is wrong, call the proctor.</translation>
    </message>
    <message>
        <source>Peserta ujian ini tidak ada di daftar sesi. Panggil pengawas; teknisi memeriksa daftar peserta stasiun ini.</source>
        <translation>This attempt&apos;s candidate is not on the session roster. Call the proctor; field IT checks this station&apos;s roster.</translation>
    </message>
    <message>
        <source>Peserta ujian {attempt} tidak ada di daftar sesi.</source>
        <translation>The candidate of attempt {attempt} is not on the session roster.</translation>
    </message>
    <message>
        <source>Ujian {attempt_id}: kejadian setelah nomor {seq} hilang.</source>
        <translation>Attempt {attempt_id}: the events after event {seq} are missing.</translation>
    </message>
    <message>
        <source>Teknisi (kata sandi)</source>
        <translation>Technician (passphrase)</translation>
    </message>
    <message>
        <source>Folder data ini belum berisi stasiun; jalankan &apos;station init&apos; dulu.</source>
        <translation>This data folder does not contain a station yet; run &apos;station init&apos; first.</translation>
    </message>
    <message>
        <source>Stasiun terkunci; buka dulu dengan kata sandi.</source>
        <translation>The station is locked; unlock it with the passphrase first.</translation>
    </message>
    <message>
        <source>Folder data ini sudah berisi stasiun.</source>
        <translation>This data folder already contains a station.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam {seconds} detik.</source>
        <translation>Too many wrong attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Salinan ujian terlalu besar.</source>
        <translation>The attempt copy is too large.</translation>
    </message>
    <message>
        <source>Berkas ini bukan salinan ujian CACT.</source>
        <translation>This file is not a CACT attempt copy.</translation>
    </message>
    <message>
        <source>Salinan ujian rusak atau tidak lengkap.</source>
        <translation>The attempt copy is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Sesi {session} salinan ini tidak ada di stasiun ini.</source>
        <translation>Session {session} of this copy is not on this station.</translation>
    </message>
    <message>
        <source>Salinan ini berasal dari paket ujian lain.</source>
        <translation>This copy comes from a different exam package.</translation>
    </message>
    <message>
        <source>Kunci ujian dalam salinan tidak cocok dengan kunci sesi stasiun ini.</source>
        <translation>The attempt key in the copy does not match this station&apos;s session key.</translation>
    </message>
    <message>
        <source>Salinan ujian tidak berisi kejadian apa pun.</source>
        <translation>The attempt copy contains no events.</translation>
    </message>
    <message>
        <source>Peserta salinan ini tidak ada di daftar sesi {session} stasiun ini.</source>
        <translation>The candidate in this copy is not on the roster of session {session} on this station.</translation>
    </message>
    <message>
        <source>Stasiun ini sudah punya ujian lain ({attempt}) untuk peserta salinan ini; tidak digabung.</source>
        <translation>This station already has another attempt ({attempt}) for the candidate in this copy; not merged.</translation>
    </message>
    <message>
        <source>Stasiun ini menyimpan kejadian ujian {attempt_id} yang tidak ada di salinan hub; ujian tidak dipindahkan ke sini.</source>
        <translation>This station holds events of attempt {attempt_id} that are not in the hub&apos;s copy; the attempt was not moved here.</translation>
    </message>
    <message>
        <source>Salinan ujian {attempt_id} berbeda dari yang tersimpan pada kejadian nomor {seq}; tidak digabung.</source>
        <translation>The copy of attempt {attempt_id} differs from the stored attempt at event {seq}; not merged.</translation>
    </message>
    <message>
        <source>Basis data {path} tidak dapat memakai WAL dengan synchronous=FULL (mode {mode}, synchronous {sync}).</source>
        <translation>Database {path} cannot use WAL with synchronous=FULL (mode {mode}, synchronous {sync}).</translation>
    </message>
    <message>
        <source>Disk penuh: perubahan tidak tersimpan. Kosongkan ruang lalu coba lagi.</source>
        <translation>Disk full: changes were not saved. Free up some space and try again.</translation>
    </message>
    <message>
        <source>Disk gagal menulis: perubahan tidak tersimpan ({error}).</source>
        <translation>Disk write failed: changes were not saved ({error}).</translation>
    </message>
    <message>
        <source>Disk server basis data {where} penuh: perubahan tidak tersimpan. Kosongkan ruang lalu coba lagi.</source>
        <translation>The database server&apos;s disk ({where}) is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>Basis data {where} dibuka hanya untuk dibaca (read-only): tidak ada yang diubah.</source>
        <translation>Database {where} is open for reading only (read-only): nothing was changed.</translation>
    </message>
    <message>
        <source>Peran basis data ini tidak berhak melakukannya ({where}): {error}.</source>
        <translation>This database role has no right to do that ({where}): {error}.</translation>
    </message>
    <message>
        <source>Basis data {where} tidak ada di server PostgreSQL. Buat dulu (createdb, lihat docs/hq-database.md) atau periksa namanya.</source>
        <translation>Database {where} does not exist on the PostgreSQL server. Create it first (createdb, see docs/hq-database.md) or check its name.</translation>
    </message>
    <message>
        <source>Server PostgreSQL menolak peran atau kata sandi untuk {where}: {error}. Periksa nama peran dan kata sandinya di .pgpass (atau PGPASSFILE).</source>
        <translation>The PostgreSQL server refused the role or password for {where}: {error}. Check the role name and its password in .pgpass (or PGPASSFILE).</translation>
    </message>
    <message>
        <source>Basis data {where} tidak dapat dihubungi: {error}. Periksa bahwa server PostgreSQL berjalan, lalu coba lagi; tidak ada yang tersimpan setengah.</source>
        <translation>The database {where} cannot be reached: {error}. Check that the PostgreSQL server is running, then try again; nothing was half-saved.</translation>
    </message>
    <message>
        <source>Kesalahan basis data: {error}.</source>
        <translation>Database error: {error}.</translation>
    </message>
    <message>
        <source>Kunci ujian {attempt} tidak dapat dibuka dengan kunci sesinya.</source>
        <translation>The key of attempt {attempt} cannot be opened with its session key.</translation>
    </message>
    <message>
        <source>Ujian {attempt}: kejadian sampai nomor {stored} pernah tercatat, tetapi rantainya kini berakhir di nomor {found}.</source>
        <translation>Attempt {attempt}: events up to number {stored} were once recorded, but its chain now ends at number {found}.</translation>
    </message>
    <message>
        <source>Segel ujian {attempt} tidak sah atau tidak cocok dengan rantainya.</source>
        <translation>The seal of attempt {attempt} is invalid or does not match its chain.</translation>
    </message>
    <message>
        <source>Log audit rusak pada catatan nomor {seq} ({reason}).</source>
        <translation>The audit log is damaged at entry {seq} ({reason}).</translation>
    </message>
    <message>
        <source>Stasiun ini sudah disiapkan.</source>
        <translation>This station is already set up.</translation>
    </message>
    <message>
        <source>Ujian {exam} sudah ada dengan versi atau paket lain.</source>
        <translation>Exam {exam} already exists with a different version or package.</translation>
    </message>
    <message>
        <source>Ujian {exam} tidak ada di stasiun ini.</source>
        <translation>Exam {exam} is not on this station.</translation>
    </message>
    <message>
        <source>Gambar {media} ujian {exam} tidak ada.</source>
        <translation>Image {media} of exam {exam} does not exist.</translation>
    </message>
    <message>
        <source>Sesi {session} sudah ada di stasiun ini.</source>
        <translation>Session {session} already exists on this station.</translation>
    </message>
    <message>
        <source>Sesi {session} tidak ada.</source>
        <translation>Session {session} does not exist.</translation>
    </message>
    <message>
        <source>Sesi {session} belum dibuka dengan kode rilis.</source>
        <translation>Session {session} has not been opened with its release code yet.</translation>
    </message>
    <message>
        <source>Paket {package} sudah diimpor.</source>
        <translation>Package {package} has already been imported.</translation>
    </message>
    <message>
        <source>Paket {package} tidak menyimpan {member}.</source>
        <translation>Package {package} does not hold {member}.</translation>
    </message>
    <message>
        <source>Paket {package} tidak ada.</source>
        <translation>Package {package} does not exist.</translation>
    </message>
    <message>
        <source>Peserta ini sudah punya ujian di sesi ini.</source>
        <translation>This candidate already has an attempt in this session.</translation>
    </message>
    <message>
        <source>Ujian {attempt} tidak ada.</source>
        <translation>Attempt {attempt} does not exist.</translation>
    </message>
    <message>
        <source>Kejadian nomor {seq} ujian {attempt} sudah ada (ditulis proses lain).</source>
        <translation>Event {seq} of attempt {attempt} already exists (written by another process).</translation>
    </message>
    <message>
        <source>Belum ada stasiun di {folder}; jalankan &apos;station init --data {folder}&apos; dulu.</source>
        <translation>There is no station in {folder} yet; run &apos;station init --data {folder}&apos; first.</translation>
    </message>
    <message>
        <source>Permintaan pendaftaran ditulis ke {file}; bawa ke HQ.</source>
        <translation>Enrollment request written to {file}; take it to HQ.</translation>
    </message>
    <message>
        <source>Stasiun {station} terdaftar. Sidik sertifikat {fingerprint}, berlaku sampai {until}.</source>
        <translation>Station {station} is enrolled. Certificate fingerprint {fingerprint}, valid until {until}.</translation>
    </message>
    <message>
        <source>Root HQ yang dipercaya: {root}</source>
        <translation>Trusted HQ root: {root}</translation>
    </message>
    <message>
        <source>Paket {package} sudah diimpor sebelumnya; tidak ada yang berubah.</source>
        <translation>Package {package} was already imported; nothing changed.</translation>
    </message>
    <message>
        <source>Paket {package} diimpor untuk {centre}: sesi {sessions}, {candidates} peserta, {slots} kredensial pengawas.</source>
        <translation>Package {package} imported for {centre}: sessions {sessions}, {candidates} candidates, {slots} proctor credentials.</translation>
    </message>
    <message>
        <source>Soal tetap tersegel sampai pengawas memasukkan kode rilis sesi.</source>
        <translation>Items stay sealed until a proctor enters the session release code.</translation>
    </message>
    <message>
        <source>Daftar pencabutan nomor {number} tidak lebih baru daripada yang sudah ada; tidak ada yang berubah.</source>
        <translation>Revocation list number {number} is not newer than the one already here; nothing changed.</translation>
    </message>
    <message>
        <source>Daftar pencabutan nomor {number} dipakai: {revoked} kredensial dicabut; slot yang dihapus dari brankas: {slots}.</source>
        <translation>Revocation list number {number} taken: {revoked} credentials revoked; slots removed from the vault: {slots}.</translation>
    </message>
    <message>
        <source>Token sesi {session}: {token} (terbaru sampai {until})</source>
        <translation>Session token of {session}: {token} (current until {until})</translation>
    </message>
    <message>
        <source>Dokumen disimpan: {path}</source>
        <translation>Document saved: {path}</translation>
    </message>
    <message>
        <source>Kode rilis: </source>
        <translation>Release code: </translation>
    </message>
    <message>
        <source>kode rilis</source>
        <translation>release code</translation>
    </message>
    <message>
        <source>Sesi {session} sudah dibuka sebelumnya.</source>
        <translation>Session {session} was already opened.</translation>
    </message>
    <message>
        <source>Sesi {session} dibuka: ujian {exam}, {items} soal dalam {sections} bagian.</source>
        <translation>Session {session} opened: exam {exam}, {items} items in {sections} sections.</translation>
    </message>
    <message>
        <source>Bundel nomor {sequence} ditulis dan diperiksa: {file}</source>
        <translation>Bundle {sequence} written and checked: {file}</translation>
    </message>
    <message>
        <source>{attempts} ujian ({ended} selesai), {events} kejadian, {size} bita.</source>
        <translation>{attempts} attempts ({ended} finished), {events} events, {size} bytes.</translation>
    </message>
    <message>
        <source>Kode bundel: {bundle}</source>
        <translation>Bundle ID: {bundle}</translation>
    </message>
    <message>
        <source>Juga disalin, belum diterima HQ: {files}</source>
        <translation>Also copied, not yet acknowledged by HQ: {files}</translation>
    </message>
    <message>
        <source>Layanan HQ: {address}</source>
        <translation>HQ service: {address}</translation>
    </message>
    <message>
        <source>Bundel baru nomor {sequence} ditulis.</source>
        <translation>New bundle number {sequence} written.</translation>
    </message>
    <message>
        <source>Bundel {sequence} terkirim ({size} bita); tanda terima kiriman diterima.</source>
        <translation>Bundle {sequence} sent ({size} bytes); transport receipt received.</translation>
    </message>
    <message>
        <source>Bundel {sequence} diterima HQ: {count} ujian diakui.</source>
        <translation>Bundle {sequence} accepted by HQ: {count} attempts acknowledged.</translation>
    </message>
    <message>
        <source>Bundel {sequence} tersimpan di HQ, menunggu diproses; tanda terimanya datang pada sinkron berikutnya.</source>
        <translation>Bundle {sequence} is stored at HQ, waiting to be processed; its receipt comes with the next sync.</translation>
    </message>
    <message>
        <source>Bundel {sequence} DITOLAK HQ: {problem}</source>
        <translation>Bundle {sequence} REFUSED by HQ: {problem}</translation>
    </message>
    <message>
        <source>Bundel {sequence} belum terkirim dan berkasnya tidak ada lagi ({file}); bawa berkas itu ke HQ atau ekspor ulang.</source>
        <translation>Bundle {sequence} has not been sent and its file is gone ({file}); take that file to HQ or export again.</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu dikirim; semua sudah diterima HQ.</source>
        <translation>Nothing to send; HQ has accepted everything.</translation>
    </message>
    <message>
        <source>Belum ada bundel yang diekspor.</source>
        <translation>No bundles have been exported yet.</translation>
    </message>
    <message>
        <source>diterima HQ</source>
        <translation>acknowledged by HQ</translation>
    </message>
    <message>
        <source>terkirim</source>
        <translation>transported</translation>
    </message>
    <message>
        <source>menunggu tanda terima</source>
        <translation>awaiting receipt</translation>
    </message>
    <message>
        <source>{sequence:&gt;6}  {created}  {attempts} ujian  {state}  {file}</source>
        <translation>{sequence:&gt;6}  {created}  {attempts} attempts  {state}  {file}</translation>
    </message>
    <message>
        <source>Tanda terima ini sudah diimpor sebelumnya.</source>
        <translation>This receipt was already imported.</translation>
    </message>
    <message>
        <source>Tanda terima {kind} untuk bundel nomor {sequence}: {count} ujian diterima HQ.</source>
        <translation>{kind} receipt for bundle {sequence}: {count} attempts acknowledged by HQ.</translation>
    </message>
    <message>
        <source>  belum diterima: {attempt} ({verdict})</source>
        <translation>  not acknowledged: {attempt} ({verdict})</translation>
    </message>
    <message>
        <source>{count} ujian yang sudah diterima HQ dimusnahkan dari stasiun ini.</source>
        <translation>{count} attempts acknowledged by HQ were destroyed on this station.</translation>
    </message>
    <message>
        <source>bundel hasil</source>
        <translation>result bundle</translation>
    </message>
    <message>
        <source>tanda terima</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>berkas tak dikenal</source>
        <translation>unknown file</translation>
    </message>
    <message>
        <source>{file}: {kind}</source>
        <translation>{file}: {kind}</translation>
    </message>
    <message>
        <source>Ditandatangani oleh {signer} (sidik {fingerprint}).</source>
        <translation>Signed by {signer} (fingerprint {fingerprint}).</translation>
    </message>
    <message>
        <source>SAH</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>TIDAK SAH: {problem}</source>
        <translation>NOT VALID: {problem}</translation>
    </message>
    <message>
        <source>daftarkan stasiun ke HQ</source>
        <translation>enroll the station with HQ</translation>
    </message>
    <message>
        <source>tulis permintaan pendaftaran untuk HQ</source>
        <translation>write an enrollment request for HQ</translation>
    </message>
    <message>
        <source>folder tujuan (mis. flashdisk)</source>
        <translation>destination folder (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>pasang sertifikat dari HQ dan sematkan kepercayaan HQ</source>
        <translation>install the certificate from HQ and pin HQ trust</translation>
    </message>
    <message>
        <source>berkas hq-trust.pem dari HQ</source>
        <translation>the hq-trust.pem file from HQ</translation>
    </message>
    <message>
        <source>ganti root HQ yang sudah dipercaya</source>
        <translation>replace the HQ root that is already trusted</translation>
    </message>
    <message>
        <source>paket ujian bertanda tangan</source>
        <translation>signed exam packages</translation>
    </message>
    <message>
        <source>periksa dan impor paket .cactpkg</source>
        <translation>check and import a .cactpkg package</translation>
    </message>
    <message>
        <source>kredensial pengawas yang dicabut HQ</source>
        <translation>proctor credentials revoked by HQ</translation>
    </message>
    <message>
        <source>periksa dan pakai daftar pencabutan .cactcrv dari HQ</source>
        <translation>check and take a .cactcrv revocation list from HQ</translation>
    </message>
    <message>
        <source>sesi ujian</source>
        <translation>exam sessions</translation>
    </message>
    <message>
        <source>buka soal sesi dengan kode rilis</source>
        <translation>unseal a session&apos;s items with its release code</translation>
    </message>
    <message>
        <source>baca kode rilis dari berkas</source>
        <translation>read the release code from a file</translation>
    </message>
    <message>
        <source>nama pengawas yang membuka sesi</source>
        <translation>name of the proctor opening the session</translation>
    </message>
    <message>
        <source>NIP pengawas</source>
        <translation>proctor NIP</translation>
    </message>
    <message>
        <source>token sesi yang diketik peserta saat masuk (sama di setiap stasiun)</source>
        <translation>the session token candidates type to log in (the same on every station)</translation>
    </message>
    <message>
        <source>simpan berita acara, daftar hadir, bukti selesai atau tanda terima (PDF)</source>
        <translation>save the session report, attendance list, proof of completion or receipt (PDF)</translation>
    </message>
    <message>
        <source>sesi; untuk bukti selesai: id ujian; untuk tanda terima: id bundel</source>
        <translation>session; for proof of completion: attempt ID; for receipt: bundle ID</translation>
    </message>
    <message>
        <source>folder tujuan</source>
        <translation>destination folder</translation>
    </message>
    <message>
        <source>tulis bundel hasil .cactres untuk HQ</source>
        <translation>write a .cactres result bundle for HQ</translation>
    </message>
    <message>
        <source>kirim bundel hasil ke HQ lewat jaringan dan ambil tanda terimanya</source>
        <translation>send result bundles to HQ over the network and fetch their receipts</translation>
    </message>
    <message>
        <source>berapa kali mencoba bila HQ tak terjangkau</source>
        <translation>how many times to try when HQ cannot be reached</translation>
    </message>
    <message>
        <source>alamat lain bagi layanan yang sama (mis. lewat VPN); sertifikatnya tetap diperiksa</source>
        <translation>another address for the same service (e.g. through a VPN); its certificate is still checked</translation>
    </message>
    <message>
        <source>daftar bundel yang diekspor dan statusnya</source>
        <translation>list exported bundles and their status</translation>
    </message>
    <message>
        <source>tanda terima dari HQ</source>
        <translation>receipts from HQ</translation>
    </message>
    <message>
        <source>periksa dan impor tanda terima .cactrcpt</source>
        <translation>check and import a .cactrcpt receipt</translation>
    </message>
    <message>
        <source>musnahkan ujian yang sudah diterima HQ</source>
        <translation>destroy attempts acknowledged by HQ</translation>
    </message>
    <message>
        <source>masa simpan setelah diterima HQ (hari)</source>
        <translation>retention period after acknowledgement by HQ (days)</translation>
    </message>
    <message>
        <source>periksa paket, bundel atau tanda terima secara luring</source>
        <translation>verify a package, bundle or receipt offline</translation>
    </message>
    <message>
        <source>sertifikat root HQ (hq-root.pem) yang dipakai</source>
        <translation>HQ root certificate (hq-root.pem) to use</translation>
    </message>
    <message>
        <source>CRL HQ yang lebih baru (hq-crl.pem); dipakai bila nomornya lebih besar dari CRL dalam berkas</source>
        <translation>a newer HQ CRL (hq-crl.pem); used when its number is higher than that of the CRL in the file</translation>
    </message>
    <message>
        <source>Kode rilis terdiri dari 15 huruf dan angka, mis. 7K3MQ-9XT2R-VA4PD.</source>
        <translation>A release code consists of 15 letters and digits, e.g. 7K3MQ-9XT2R-VA4PD.</translation>
    </message>
    <message>
        <source>Sertifikat tidak dapat dibaca.</source>
        <translation>The certificate cannot be read.</translation>
    </message>
    <message>
        <source>Daftar pencabutan (CRL) tidak dapat dibaca.</source>
        <translation>The certificate revocation list (CRL) cannot be read.</translation>
    </message>
    <message>
        <source>Daftar pencabutan (CRL) tidak ditandatangani oleh root HQ.</source>
        <translation>The certificate revocation list (CRL) is not signed by the HQ root.</translation>
    </message>
    <message>
        <source>Sertifikat {name} tidak diterbitkan oleh root HQ yang dipercaya.</source>
        <translation>Certificate {name} was not issued by the trusted HQ root.</translation>
    </message>
    <message>
        <source>Sertifikat {name} tidak berlaku saat ini (berlaku {start} sampai {end}).</source>
        <translation>Certificate {name} is not valid now (valid from {start} to {end}).</translation>
    </message>
    <message>
        <source>Sertifikat {name} bukan untuk peran {role}.</source>
        <translation>Certificate {name} is not for the {role} role.</translation>
    </message>
    <message>
        <source>Sertifikat {name} telah dicabut oleh HQ.</source>
        <translation>Certificate {name} has been revoked by HQ.</translation>
    </message>
    <message>
        <source>Sertifikat harus memakai kunci Ed25519.</source>
        <translation>The certificate must use an Ed25519 key.</translation>
    </message>
    <message>
        <source>Berkas ini bukan sertifikat root HQ.</source>
        <translation>This file is not an HQ root certificate.</translation>
    </message>
    <message>
        <source>Permintaan pendaftaran tidak dapat dibaca.</source>
        <translation>The enrollment request cannot be read.</translation>
    </message>
    <message>
        <source>Tanda tangan permintaan pendaftaran tidak sah.</source>
        <translation>The signature of the enrollment request is invalid.</translation>
    </message>
    <message>
        <source>Permintaan pendaftaran tidak lengkap (kunci Ed25519, nama stasiun, kunci X25519).</source>
        <translation>The enrollment request is incomplete (Ed25519 key, station name, X25519 key).</translation>
    </message>
    <message>
        <source>ujian tercantum dua kali</source>
        <translation>attempt listed twice</translation>
    </message>
    <message>
        <source>nama anggota tidak sesuai kode ujian</source>
        <translation>member name does not match the attempt ID</translation>
    </message>
    <message>
        <source>{file}: manifes menyebut {stated} ujian, tetapi mencantumkan {actual}.</source>
        <translation>{file}: the manifest states {stated} attempts but lists {actual}.</translation>
    </message>
    <message>
        <source>{file}: manifes menyebut {stated} ujian selesai, tetapi mencantumkan {actual}.</source>
        <translation>{file}: the manifest states {stated} finished attempts but lists {actual}.</translation>
    </message>
    <message>
        <source>{file}: manifes menyebut {stated} kejadian, tetapi kepala rantainya menjumlahkan {actual}.</source>
        <translation>{file}: the manifest states {stated} events, but its chain heads add up to {actual}.</translation>
    </message>
    <message>
        <source>{file}: manifes mencantumkan sesi dua kali.</source>
        <translation>{file}: the manifest lists a session twice.</translation>
    </message>
    <message>
        <source>{file}: ujian {attempt} dari sesi {session} yang tidak tercantum.</source>
        <translation>{file}: attempt {attempt} is of session {session}, which is not listed.</translation>
    </message>
    <message>
        <source>{file}: manifes menyebut ujian {attempt} berkepala {head}, tetapi segelnya menyatakan lain.</source>
        <translation>{file}: the manifest states head {head} for attempt {attempt}, but its seal states otherwise.</translation>
    </message>
    <message>
        <source>{file} disegel untuk kunci hasil HQ lain ({stated}), bukan kunci hasil HQ ini.</source>
        <translation>{file} is sealed for another HQ results key ({stated}), not this HQ&apos;s results key.</translation>
    </message>
    <message>
        <source>{file}: manifes menyebut stasiun {station}, tetapi ditandatangani oleh {signer}.</source>
        <translation>{file}: the manifest names station {station}, but it was signed by {signer}.</translation>
    </message>
    <message>
        <source>{file}: daftar ujian manifes tidak sesuai dengan anggotanya.</source>
        <translation>{file}: the attempt list in the manifest does not match its members.</translation>
    </message>
    <message>
        <source>harus argon2id</source>
        <translation>must be argon2id</translation>
    </message>
    <message>
        <source>rangkaian HPKE tidak didukung</source>
        <translation>unsupported HPKE suite</translation>
    </message>
    <message>
        <source>{file}: paket tidak membawa CRL.</source>
        <translation>{file}: the package does not include a CRL.</translation>
    </message>
    <message>
        <source>Paket {package} hanya berlaku dalam jendela waktunya; sekarang di luar jendela itu.</source>
        <translation>Package {package} is only valid within its validity window; the current time is outside that window.</translation>
    </message>
    <message>
        <source>Paket {package} memerlukan stasiun versi {needed} atau lebih baru (ini versi {have}).</source>
        <translation>Package {package} requires station version {needed} or later (this is version {have}).</translation>
    </message>
    <message>
        <source>Paket {package} tidak ditujukan untuk stasiun {station}.</source>
        <translation>Package {package} is not intended for station {station}.</translation>
    </message>
    <message>
        <source>harus transport atau ingest</source>
        <translation>must be transport or ingest</translation>
    </message>
    <message>
        <source>putusan tidak dikenal</source>
        <translation>unknown verdict</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} telah diubah (ukuran atau SHA-256 tidak cocok).</source>
        <translation>Member {member} in {file} has been changed (size or SHA-256 does not match).</translation>
    </message>
    <message>
        <source>{file}: manifes tidak mencantumkan {member}.</source>
        <translation>{file}: the manifest does not list {member}.</translation>
    </message>
    <message>
        <source>{file} tidak bertanda tangan.</source>
        <translation>{file} is not signed.</translation>
    </message>
    <message>
        <source>{file} tidak berisi {member}.</source>
        <translation>{file} does not contain {member}.</translation>
    </message>
    <message>
        <source>Manifes {file} terlalu besar.</source>
        <translation>The manifest of {file} is too large.</translation>
    </message>
    <message>
        <source>Tanda tangan {file} bukan tanda tangan Ed25519.</source>
        <translation>The signature of {file} is not an Ed25519 signature.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan {file} tidak dapat dipakai.</source>
        <translation>The signer certificate of {file} cannot be used.</translation>
    </message>
    <message>
        <source>Tanda tangan manifes {file} tidak cocok: isinya diubah atau ditandatangani kunci lain.</source>
        <translation>The manifest signature of {file} does not match: its content was changed or it was signed with another key.</translation>
    </message>
    <message>
        <source>Manifes {file} tidak dapat dibaca: {problem}</source>
        <translation>The manifest of {file} cannot be read: {problem}</translation>
    </message>
    <message>
        <source>Manifes {file} tidak terbaca kembali sama seperti yang ditulis.</source>
        <translation>The manifest of {file} does not read back the same as it was written.</translation>
    </message>
    <message>
        <source>Manifes {file} tidak dalam bentuk JSON kanonik.</source>
        <translation>The manifest of {file} is not in canonical JSON form.</translation>
    </message>
    <message>
        <source>{file} berformat {found!r}; stasiun ini membaca {expected}.</source>
        <translation>{file} has format {found!r}; this station reads {expected}.</translation>
    </message>
    <message>
        <source>anggota tercantum dua kali</source>
        <translation>member listed twice</translation>
    </message>
    <message>
        <source>Berkas kepercayaan HQ terlalu besar.</source>
        <translation>The HQ trust file is too large.</translation>
    </message>
    <message>
        <source>Berkas kepercayaan HQ harus berisi tepat satu root, satu sertifikat penanda tangan, satu kunci hasil dan satu CRL.</source>
        <translation>The HQ trust file must contain exactly one root, one signer certificate, one results key and one CRL.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan HQ tidak diterbitkan oleh root dalam berkas ini.</source>
        <translation>The HQ signer certificate was not issued by the root in this file.</translation>
    </message>
    <message>
        <source>Berkas kepercayaan HQ menyebut lebih dari satu layanan unggah.</source>
        <translation>The HQ trust bundle names more than one upload service.</translation>
    </message>
    <message>
        <source>Sertifikat layanan unggah tidak diterbitkan oleh root dalam berkas ini.</source>
        <translation>The upload service certificate was not issued by the root in this file.</translation>
    </message>
    <message>
        <source>Sertifikat layanan unggah tidak menyebut alamat https:// layanan itu.</source>
        <translation>The upload service certificate does not name the service&apos;s https:// address.</translation>
    </message>
    <message>
        <source>Kunci hasil HQ dalam berkas kepercayaan ditolak: {problem}</source>
        <translation>HQ&apos;s results key in the trust file was refused: {problem}</translation>
    </message>
    <message>
        <source>Folder {folder} belum berisi HQ; jalankan &apos;station hq init&apos; dulu.</source>
        <translation>Folder {folder} does not contain an HQ yet; run &apos;station hq init&apos; first.</translation>
    </message>
    <message>
        <source>Folder {folder} sudah berisi HQ dengan basis datanya sendiri; basis data HQ tidak dipindah dengan &apos;station hq init&apos;.</source>
        <translation>Folder {folder} already holds an HQ with its own database; &apos;station hq init&apos; does not move an HQ&apos;s database.</translation>
    </message>
    <message>
        <source>Manifes menyebut kepala rantai {claimed}, rantainya berakhir di {shown}.</source>
        <translation>The manifest states chain head {claimed}; the chain ends at {shown}.</translation>
    </message>
    <message>
        <source>Manifes menyebut status {claimed}, rantainya menunjukkan {shown}.</source>
        <translation>The manifest states status {claimed}; its chain shows {shown}.</translation>
    </message>
    <message>
        <source>Ujian telah berakhir tetapi tidak bersegel.</source>
        <translation>The attempt has ended but carries no seal.</translation>
    </message>
    <message>
        <source>Isi ujian dalam bundel rusak: {error}.</source>
        <translation>The attempt&apos;s content in the bundle is damaged: {error}.</translation>
    </message>
    <message>
        <source>Paket {package} tidak dibangun di HQ ini; ujian tidak dapat diperiksa.</source>
        <translation>Package {package} was not built at this HQ; the attempt cannot be checked.</translation>
    </message>
    <message>
        <source>Rantai ujian tidak diawali kejadian mulai.</source>
        <translation>The attempt&apos;s chain does not begin with its start event.</translation>
    </message>
    <message>
        <source>Segel ditandatangani stasiun yang tidak dikenal HQ.</source>
        <translation>The seal was signed by a station unknown to HQ.</translation>
    </message>
    <message>
        <source>Segel ditandatangani stasiun {station}, yang tidak pernah diberi sesi {session}.</source>
        <translation>The seal is signed by station {station}, which was never issued session {session}.</translation>
    </message>
    <message>
        <source>Segel dibuat stasiun {station} setelah sertifikatnya dicabut.</source>
        <translation>The seal was made by station {station} after its certificate was revoked.</translation>
    </message>
    <message>
        <source>Bundel {file} tidak memuat ujian {attempt}.</source>
        <translation>Bundle {file} does not hold attempt {attempt}.</translation>
    </message>
    <message>
        <source>Salinan ujian {attempt} dalam {file} tidak lolos pemeriksaan: {problem}</source>
        <translation>The copy of attempt {attempt} in {file} does not pass the checks: {problem}</translation>
    </message>
    <message>
        <source>Bundel</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Berkas {file} tidak dapat dibaca: {error}.</source>
        <translation>File {file} cannot be read: {error}.</translation>
    </message>
    <message>
        <source>Stasiun {station} telah dicabut HQ.</source>
        <translation>Station {station} has been revoked by HQ.</translation>
    </message>
    <message>
        <source>Bundel {bundle} sudah dikarantina sebelumnya.</source>
        <translation>Bundle {bundle} was quarantined before.</translation>
    </message>
    <message>
        <source>Bundel {bundle} pernah diterima dengan isi lain; yang ini ditolak.</source>
        <translation>Bundle {bundle} was previously accepted with different content; this one is refused.</translation>
    </message>
    <message>
        <source>Stasiun {station} sudah mengirim bundel nomor {sequence} yang lain; nomor ini dipakai ulang.</source>
        <translation>Station {station} already sent a different bundle number {sequence}; this number has been reused.</translation>
    </message>
    <message>
        <source>Bundel {bundle} ditandatangani sertifikat {certificate} untuk stasiun {station}, bukan kunci yang didaftarkan HQ untuknya.</source>
        <translation>Bundle {bundle} is signed by certificate {certificate} for station {station}, not by the key HQ enrolled for it.</translation>
    </message>
    <message>
        <source>Bundel {bundle} dari stasiun {station} memuat sesi {sessions} yang tidak pernah diberikan HQ kepadanya (diberikan kepada: {issued}).</source>
        <translation>Bundle {bundle} from station {station} holds session {sessions}, which HQ never issued to it (issued to: {issued}).</translation>
    </message>
    <message>
        <source>Manifes menempatkan ujian di sesi {claimed}, isinya menyebut sesi {shown} paket {package}.</source>
        <translation>The manifest places the attempt in session {claimed}; its content names session {shown} of package {package}.</translation>
    </message>
    <message>
        <source>Segel tidak sesuai dengan rantai ujian: {fields}.</source>
        <translation>The seal does not match the attempt&apos;s chain: {fields}.</translation>
    </message>
    <message>
        <source>Kunci {key} tidak ada di folder HQ ini ({path}); kunci ini disimpan luring.</source>
        <translation>Key {key} is not in this HQ folder ({path}); this key is kept offline.</translation>
    </message>
    <message>
        <source>Sumber ujian tidak menyebut pusat uji dan stasiunnya (kolom centres); paket tidak dapat dibuat.</source>
        <translation>The exam source does not name the test centres and their stations (the centres field); the package cannot be built.</translation>
    </message>
    <message>
        <source>Stasiun {station} di pusat {centre} belum didaftarkan di HQ.</source>
        <translation>Station {station} at centre {centre} is not enrolled with HQ yet.</translation>
    </message>
    <message>
        <source>Stasiun {station} di pusat {centre} sudah dicabut.</source>
        <translation>Station {station} at centre {centre} has been revoked.</translation>
    </message>
    <message>
        <source>Sesi {session} tidak menyebut pusat uji.</source>
        <translation>Session {session} does not name a test centre.</translation>
    </message>
    <message>
        <source>Jenis jabatan {classes} tidak ada di tabel standar kompetensi (versi {version}); paket tidak dibuat.</source>
        <translation>Position class {classes} is not in the competency standard table (version {version}); no package was built.</translation>
    </message>
    <message>
        <source>Jendela berlaku paket sudah lewat ({until}); perbaiki valid_until di sumber ujian.</source>
        <translation>The package&apos;s validity window has already passed ({until}); correct valid_until in the exam source.</translation>
    </message>
    <message>
        <source>Sesi {session} sudah berakhir ({ends}); perbaiki jadwalnya di sumber ujian sebelum membuat paket.</source>
        <translation>Session {session} has already ended ({ends}); correct its schedule in the exam source before building the package.</translation>
    </message>
    <message>
        <source>Folder {folder} sudah berisi kunci HQ.</source>
        <translation>Folder {folder} already contains HQ keys.</translation>
    </message>
    <message>
        <source>HQ tidak mengenal stasiun {station}.</source>
        <translation>HQ does not know station {station}.</translation>
    </message>
    <message>
        <source>Alamat layanan harus berbentuk https://nama-host:port, bukan {address}.</source>
        <translation>The service address must look like https://host-name:port, not {address}.</translation>
    </message>
    <message>
        <source>Stasiun ini dibuat oleh &apos;station simulate&apos; (waktunya maju dari jam sebenarnya); stasiun simulasi tidak didaftarkan. Siapkan stasiun baru di folder lain dengan &apos;station init&apos;.</source>
        <translation>This station was made by &apos;station simulate&apos; (its times run ahead of the real clock); a simulation station is not enrolled. Set up a new station in another folder with &apos;station init&apos;.</translation>
    </message>
    <message>
        <source>Stasiun ini sudah mempercayai root HQ lain; pakai --replace-root bila memang diganti.</source>
        <translation>This station already trusts a different HQ root; use --replace-root if it really has been replaced.</translation>
    </message>
    <message>
        <source>Sertifikat ini bukan untuk stasiun {station}.</source>
        <translation>This certificate is not for station {station}.</translation>
    </message>
    <message>
        <source>Stasiun {station} belum terdaftar di HQ (station enroll).</source>
        <translation>Station {station} is not enrolled with HQ yet (station enroll).</translation>
    </message>
    <message>
        <source>Menyegel hasil</source>
        <translation>Sealing results</translation>
    </message>
    <message>
        <source>Menulis dan memeriksa</source>
        <translation>Writing and checking</translation>
    </message>
    <message>
        <source>Tidak ada hasil baru untuk diekspor sejak bundel nomor {sequence} ({file}); {count} bundel belum diterima HQ: bawa berkasnya ke HQ, lalu impor tanda terimanya.</source>
        <translation>No new results to export since bundle number {sequence} ({file}); {count} bundles not yet acknowledged by HQ: take the files to HQ, then import its receipt.</translation>
    </message>
    <message>
        <source>Tidak ada hasil baru untuk diekspor: tanda terima HQ untuk setiap ujian sudah diimpor.</source>
        <translation>No new results to export: HQ&apos;s receipt for every attempt has been imported.</translation>
    </message>
    <message>
        <source>Tidak ada hasil baru untuk diekspor: belum ada ujian di stasiun ini.</source>
        <translation>No new results to export: no attempt on this station yet.</translation>
    </message>
    <message>
        <source>Isi berkas tidak sama dengan yang ditulis.</source>
        <translation>The file content differs from what was written.</translation>
    </message>
    <message>
        <source>Berkas yang terbaca bukan bundel yang baru ditulis.</source>
        <translation>The file read back is not the bundle just written.</translation>
    </message>
    <message>
        <source>Bundel {file} gagal diperiksa setelah ditulis dan telah dihapus: {problem}</source>
        <translation>Bundle {file} failed its check after writing and has been deleted: {problem}</translation>
    </message>
    <message>
        <source>Membaca paket</source>
        <translation>Reading the package</translation>
    </message>
    <message>
        <source>Memeriksa tanda tangan dan isi</source>
        <translation>Checking the signature and contents</translation>
    </message>
    <message>
        <source>Membuka daftar peserta</source>
        <translation>Opening the rosters</translation>
    </message>
    <message>
        <source>Paket {package} tidak menyertakan kunci sesi {session} untuk stasiun ini.</source>
        <translation>Package {package} does not include the key of session {session} for this station.</translation>
    </message>
    <message>
        <source>Menyimpan</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>BAIK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PERINGATAN</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>GAGAL</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Ujian latihan</source>
        <translation>Practice attempt</translation>
    </message>
    <message>
        <source>Ujian latihan selesai tetapi tanda terimanya tidak cocok dengan segel atau rantainya.</source>
        <translation>The practice attempt finished, but its receipt does not match the seal or its chain.</translation>
    </message>
    <message>
        <source>Ujian latihan berjalan dari masuk sampai tanda terima: {answered} soal dijawab, kode {code}, tanda terima cocok dengan segel.</source>
        <translation>Practice attempt ran from login to receipt: {answered} items answered, code {code}, receipt matches the seal.</translation>
    </message>
    <message>
        <source>Jam komputer</source>
        <translation>Computer clock</translation>
    </message>
    <message>
        <source>Ruang disk</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <source>Disk data lokal</source>
        <translation>Local data disk</translation>
    </message>
    <message>
        <source>Berkas basis data</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Rantai data</source>
        <translation>Data chains</translation>
    </message>
    <message>
        <source>Sertifikat stasiun</source>
        <translation>Station certificate</translation>
    </message>
    <message>
        <source>Daftar pencabutan (CRL)</source>
        <translation>Revocation list (CRL)</translation>
    </message>
    <message>
        <source>Layanan unggah HQ</source>
        <translation>HQ upload service</translation>
    </message>
    <message>
        <source>Ruang ujian</source>
        <translation>Exam room</translation>
    </message>
    <message>
        <source>Data yang belum sampai HQ</source>
        <translation>Data not yet at HQ</translation>
    </message>
    <message>
        <source>Stasiun</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Folder data {folder} belum berisi stasiun; jalankan &apos;station init&apos; atau pulihkan cadangan.</source>
        <translation>Data folder {folder} does not contain a station yet; run &apos;station init&apos; or restore a backup.</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Jam mundur: jam komputer ({now}) lebih awal {minutes} menit dari waktu terakhir yang tercatat di stasiun ini ({seen}). Betulkan tanggal, jam dan zona waktu; bila waktu yang tercatat itulah yang salah, jalankan &apos;station doctor --accept-clock&apos;.</source>
        <translation>Clock went backwards: the computer clock ({now}) is {minutes} minutes earlier than the last time recorded on this station ({seen}). Correct the date, time and time zone; if the recorded time is the one that is wrong, run &apos;station doctor --accept-clock&apos;.</translation>
    </message>
    <message>
        <source>Jam mundur: jam komputer ({now}) lebih awal lebih dari sehari dari waktu terbit {what} ({issued}). Betulkan tanggal, jam dan zona waktu.</source>
        <translation>Clock went backwards: the computer clock ({now}) is more than a day earlier than the issue time of {what} ({issued}). Correct the date, time and time zone.</translation>
    </message>
    <message>
        <source>Jam komputer {now}; tidak lebih awal dari waktu terakhir yang tercatat. (Jam yang terlalu maju tidak dapat diketahui tanpa jaringan.)</source>
        <translation>Computer clock {now}; not earlier than the last recorded time. (A clock that is too far ahead cannot be detected without a network.)</translation>
    </message>
    <message>
        <source>paket {package}</source>
        <translation>package {package}</translation>
    </message>
    <message>
        <source>sertifikat stasiun</source>
        <translation>station certificate</translation>
    </message>
    <message>
        <source>CRL HQ</source>
        <translation>HQ CRL</translation>
    </message>
    <message>
        <source>{free} bebas di {folder}.</source>
        <translation>{free} free on {folder}.</translation>
    </message>
    <message>
        <source>Hanya {free} bebas di {folder} (disarankan paling sedikit 2 GiB); kosongkan ruang sebelum ujian.</source>
        <translation>Only {free} free on {folder} (at least 2 GiB recommended); free up space before the exam.</translation>
    </message>
    <message>
        <source>Hanya {free} bebas di {folder}: jawaban bisa gagal tersimpan. Kosongkan ruang sekarang (paling sedikit 200 MiB, disarankan 2 GiB).</source>
        <translation>Only {free} free on {folder}: answers may fail to save. Free up space now (at least 200 MiB, 2 GiB recommended).</translation>
    </message>
    <message>
        <source>Folder data {folder} ada di disk jaringan ({fstype} di {mount}). Jawaban baru aman bila disimpan di disk komputer ini: pindahkan folder data ke disk lokal.</source>
        <translation>Data folder {folder} is on a network disk ({fstype} on {mount}). Answers are only safe when saved on this computer&apos;s disk: move the data folder to a local disk.</translation>
    </message>
    <message>
        <source>Tidak dapat memastikan bahwa folder data {folder} ada di disk lokal; periksa sendiri bahwa itu bukan folder jaringan.</source>
        <translation>Cannot confirm that data folder {folder} is on a local disk; check yourself that it is not a network folder.</translation>
    </message>
    <message>
        <source>Folder data ada di disk lokal ({fstype} di {mount}).</source>
        <translation>Data folder is on a local disk ({fstype} on {mount}).</translation>
    </message>
    <message>
        <source>Pemeriksaan SQLite menemukan {count} masalah pada berkas basis data. Jangan hapus apa pun: buat cadangan, lalu hubungi HQ.</source>
        <translation>The SQLite check found {count} problems in the database file. Do not delete anything: make a backup, then contact HQ.</translation>
    </message>
    <message>
        <source>Pemeriksaan SQLite (quick_check, kunci asing): utuh.</source>
        <translation>SQLite check (quick_check, foreign keys): intact.</translation>
    </message>
    <message>
        <source>{count} kerusakan ditemukan (di antara {attempts} ujian, {events} kejadian, {audit} catatan audit). Jangan hapus apa pun: buat cadangan, ekspor, lalu laporkan ke HQ.</source>
        <translation>{count} faults found (among {attempts} attempts, {events} events, {audit} audit log entries). Do not delete anything: make a backup, export, then report to HQ.</translation>
    </message>
    <message>
        <source>Perlu dibuka: tanpa kata sandi hanya urutan kejadian, segel dan log audit yang dapat diperiksa ({attempts} ujian, {audit} catatan audit, tanpa kerusakan). Jalankan lagi dengan kata sandi untuk memeriksa setiap rantai.</source>
        <translation>Needs unlocking: without the passphrase only the event order, seals and audit log can be checked ({attempts} attempts, {audit} audit log entries, no faults). Run again with the passphrase to check every chain.</translation>
    </message>
    <message>
        <source>Semua rantai utuh: {attempts} ujian, {events} kejadian, {audit} catatan audit.</source>
        <translation>All chains intact: {attempts} attempts, {events} events, {audit} audit log entries.</translation>
    </message>
    <message>
        <source>Stasiun belum terdaftar di HQ: paket ujian tidak dapat diimpor dan bundel tidak dapat diekspor (station enroll).</source>
        <translation>Station not yet registered with HQ: exam packages cannot be imported and bundles cannot be exported (station enroll).</translation>
    </message>
    <message>
        <source>Sertifikat stasiun dicabut oleh HQ (tercantum di CRL); hasil dari stasiun ini akan dikarantina. Hubungi HQ.</source>
        <translation>The station certificate has been revoked by HQ (listed in the CRL); results from this station will be quarantined. Contact HQ.</translation>
    </message>
    <message>
        <source>Sertifikat stasiun kedaluwarsa sejak {until}; minta sertifikat baru ke HQ (station enroll).</source>
        <translation>The station certificate expired on {until}; request a new certificate from HQ (station enroll).</translation>
    </message>
    <message>
        <source>Sertifikat stasiun berakhir {until} (tinggal {days} hari); minta perpanjangan ke HQ.</source>
        <translation>The station certificate expires {until} ({days} days left); request a renewal from HQ.</translation>
    </message>
    <message>
        <source>Sertifikat stasiun berlaku sampai {until} ({days} hari lagi).</source>
        <translation>The station certificate is valid until {until} ({days} days left).</translation>
    </message>
    <message>
        <source>Tidak berlaku: stasiun belum terdaftar di HQ.</source>
        <translation>Not applicable: station not yet registered with HQ.</translation>
    </message>
    <message>
        <source>Stasiun belum menyimpan CRL dari HQ; impor paket terbaru.</source>
        <translation>The station has not stored a CRL from HQ yet; import the latest package.</translation>
    </message>
    <message>
        <source>CRL HQ tanpa tanggal pembaruan.</source>
        <translation>HQ CRL has no update date.</translation>
    </message>
    <message>
        <source>CRL HQ seharusnya diperbarui pada {due}; impor paket atau berkas kepercayaan HQ terbaru.</source>
        <translation>HQ CRL was due to be updated on {due}; import the latest package or HQ trust file.</translation>
    </message>
    <message>
        <source>CRL HQ berlaku sampai {due}.</source>
        <translation>HQ CRL valid until {due}.</translation>
    </message>
    <message>
        <source>Data pendaftaran tidak menyebut layanan unggah: hasil dibawa ke HQ dengan USB.</source>
        <translation>The enrollment data names no upload service: results go to HQ by USB.</translation>
    </message>
    <message>
        <source>Sertifikat layanan unggah {address} dicabut atau kedaluwarsa: sinkron tidak akan berjalan; pasang berkas kepercayaan HQ terbaru atau pakai USB.</source>
        <translation>The certificate of upload service {address} is revoked or expired: sync will not work; install HQ&apos;s latest trust bundle or use USB.</translation>
    </message>
    <message>
        <source>Sinkron ke {address}; sertifikatnya berlaku sampai {until} ({days} hari lagi).</source>
        <translation>Syncs to {address}; its certificate is valid until {until} ({days} days left).</translation>
    </message>
    <message>
        <source>{live} ujian belum selesai, {unexported} ujian selesai belum diekspor, {bundles} bundel belum diterima HQ. Ekspor hasil (station export) dan impor tanda terima HQ; jangan hapus atau pasang ulang stasiun sebelum semuanya diterima.</source>
        <translation>{live} attempts unfinished, {unexported} finished attempts not yet exported, {bundles} bundles not yet acknowledged by HQ. Export results (station export) and import the HQ receipts; do not delete or reinstall the station until everything has been acknowledged.</translation>
    </message>
    <message>
        <source>Tidak ada ujian atau bundel yang menunggu.</source>
        <translation>No attempts or bundles pending.</translation>
    </message>
    <message>
        <source>Pemeriksaan ini gagal berjalan: {error}</source>
        <translation>This check failed to run: {error}</translation>
    </message>
    <message>
        <source>Daftar peserta sesi {session} dalam paket tidak dapat dibaca ({problem}).</source>
        <translation>The roster of session {session} in the package cannot be read ({problem}).</translation>
    </message>
    <message>
        <source>Sesi {session} tidak berasal dari paket.</source>
        <translation>Session {session} does not come from a package.</translation>
    </message>
    <message>
        <source>Kode rilis salah untuk sesi {session}.</source>
        <translation>Wrong release code for session {session}.</translation>
    </message>
    <message>
        <source>Isi ujian sesi {session} tidak dapat dibuka ({problem}).</source>
        <translation>The exam content of session {session} cannot be opened ({problem}).</translation>
    </message>
    <message>
        <source>Sesi {session} sudah ada di stasiun ini dari paket {old}, yang sama baru atau lebih baru daripada paket {package}; paket ini tidak dipasang. Pakai paket terbaru dari HQ.</source>
        <translation>Session {session} is already on this station from package {old}, which is as new as or newer than package {package}; this package is not installed. Use the newest package from HQ.</translation>
    </message>
    <message>
        <source>Sesi {session} sudah dibuka atau sudah berjalan di stasiun ini (paket {old}); paket pengganti {package} tidak dapat menggantikannya. Minta HQ menerbitkan sesi dengan nomor sesi baru.</source>
        <translation>Session {session} has already been released or has begun on this station (package {old}); the replacement package {package} cannot replace it. Ask HQ to issue the session under a new session id.</translation>
    </message>
    <message>
        <source>Paket membawa kunci jawaban; paket ini ditolak.</source>
        <translation>The package contains answer keys; it is refused.</translation>
    </message>
    <message>
        <source>{file} terlalu besar.</source>
        <translation>{file} is too large.</translation>
    </message>
    <message>
        <source>Tanda terima ini untuk stasiun {station}, bundel {bundle}; bukan bundel stasiun ini.</source>
        <translation>This receipt is for station {station}, bundle {bundle}; it is not a bundle of this station.</translation>
    </message>
    <message>
        <source>Tanda terima bundel {bundle} menyebut isi atau nomor yang berbeda dari yang diekspor.</source>
        <translation>The receipt for bundle {bundle} names content or a number different from what was exported.</translation>
    </message>
    <message>
        <source>Masa simpan tidak boleh negatif.</source>
        <translation>The retention period must not be negative.</translation>
    </message>
    <message>
        <source>berkas itu sendiri</source>
        <translation>the file itself</translation>
    </message>
    <message>
        <source>stasiun ini</source>
        <translation>this station</translation>
    </message>
    <message>
        <source>CRL yang dipakai untuk pencabutan: CRL nomor {number} ({issued}) dari {source}.</source>
        <translation>CRL used for revocation: CRL number {number} ({issued}) from {source}.</translation>
    </message>
    <message>
        <source>berkas {file}</source>
        <translation>file {file}</translation>
    </message>
    <message>
        <source>Tanpa CRL: pencabutan tidak diperiksa.</source>
        <translation>No CRL: revocation not checked.</translation>
    </message>
    <message>
        <source>{file} terlalu besar untuk diperiksa.</source>
        <translation>{file} is too large to verify.</translation>
    </message>
    <message>
        <source>Paket {package}: ujian {exam} versi {version}.</source>
        <translation>Package {package}: exam {exam} version {version}.</translation>
    </message>
    <message>
        <source>Berlaku {start} sampai {end}.</source>
        <translation>Valid from {start} to {end}.</translation>
    </message>
    <message>
        <source>{centres} pusat uji, {sessions} sesi, CRL nomor {crl}.</source>
        <translation>{centres} test centres, {sessions} sessions, CRL number {crl}.</translation>
    </message>
    <message>
        <source>Bundel {bundle} nomor {sequence} dari stasiun {station}, dibuat {created}.</source>
        <translation>Bundle {bundle}, number {sequence}, from station {station}, created {created}.</translation>
    </message>
    <message>
        <source>{attempts} ujian ({ended} selesai), {events} kejadian.</source>
        <translation>{attempts} attempts ({ended} finished), {events} events.</translation>
    </message>
    <message>
        <source>Tanda terima {kind} untuk bundel {bundle} nomor {sequence} stasiun {station}.</source>
        <translation>{kind} receipt for bundle {bundle}, number {sequence}, of station {station}.</translation>
    </message>
    <message>
        <source>{count} putusan ujian.</source>
        <translation>{count} attempt verdicts.</translation>
    </message>
    <message>
        <source>Tidak ada standar kompetensi untuk jenis jabatan {position!r}.</source>
        <translation>No competency standard for position class {position!r}.</translation>
    </message>
    <message>
        <source>Nilai kinerja {rating!r} tidak dikenal tabel talenta.</source>
        <translation>Performance rating {rating!r} is not in the talent table.</translation>
    </message>
    <message>
        <source>Soal {item} tidak punya bobot di sumber HQ.</source>
        <translation>Item {item} has no weights in HQ&apos;s source.</translation>
    </message>
    <message>
        <source>Soal {item} tidak berbobot.</source>
        <translation>Item {item} has no weights.</translation>
    </message>
    <message>
        <source>Soal {item} tidak punya kunci di sumber HQ.</source>
        <translation>Item {item} has no key in HQ&apos;s source.</translation>
    </message>
    <message>
        <source>Soal {item} tidak berkunci.</source>
        <translation>Item {item} has no key.</translation>
    </message>
    <message>
        <source>Metode JPM {method!r} tidak dikenal.</source>
        <translation>Unknown JPM method {method!r}.</translation>
    </message>
    <message>
        <source>Ujian tidak mengukur kompetensi {codes}.</source>
        <translation>The exam does not measure competencies {codes}.</translation>
    </message>
    <message>
        <source>Ujian tidak mengukur aspek potensi {codes}.</source>
        <translation>The exam does not measure the potential aspects {codes}.</translation>
    </message>
    <message>
        <source>Belum ada skor untuk NIP {nip}.</source>
        <translation>No score yet for NIP {nip}.</translation>
    </message>
    <message>
        <source>Tinjauan perlu nama peninjau (--by).</source>
        <translation>A review needs the reviewer&apos;s name (--by).</translation>
    </message>
    <message>
        <source>Tinjauan perlu alasan (--reason).</source>
        <translation>A review needs a reason (--reason).</translation>
    </message>
    <message>
        <source>Kotak talenta harus K1 sampai K9, bukan {box}.</source>
        <translation>The talent box must be K1 to K9, not {box}.</translation>
    </message>
    <message>
        <source>paket {package} tidak dibangun di HQ ini</source>
        <translation>package {package} was not built at this HQ</translation>
    </message>
    <message>
        <source>ujian belum berakhir</source>
        <translation>attempt has not ended</translation>
    </message>
    <message>
        <source>ujian dibatalkan pengawas</source>
        <translation>attempt voided by the proctor</translation>
    </message>
    <message>
        <source>ujian ditunda ke sesi lain</source>
        <translation>attempt postponed to another session</translation>
    </message>
    <message>
        <source>salinan ujian bermasalah ({verdict})</source>
        <translation>attempt copy is in question ({verdict})</translation>
    </message>
    <message>
        <source>NIP peserta tidak diketahui</source>
        <translation>candidate&apos;s NIP unknown</translation>
    </message>
    <message>
        <source>{file}: kolom nip dan nilai_kinerja wajib ada.</source>
        <translation>{file}: columns nip and nilai_kinerja are required.</translation>
    </message>
    <message>
        <source>Basis data HQ {path} tidak ada.</source>
        <translation>The HQ database {path} does not exist.</translation>
    </message>
    <message>
        <source>Basis data HQ {path} tidak dapat dibuka untuk dibaca: {problem}</source>
        <translation>The HQ database {path} cannot be opened for reading: {problem}</translation>
    </message>
    <message>
        <source>Basis data ini dibuat oleh versi CACT Station yang lebih baru (skema {found}, versi ini mengenal sampai {known}).</source>
        <translation>This database was made by a newer version of CACT Station (schema {found}; this version knows up to {known}).</translation>
    </message>
    <message>
        <source>Basis data HQ {path} memakai skema lama ({found}); jalankan perintah &apos;station hq&apos; lain sekali (misalnya &apos;station hq stations&apos;) untuk memperbaruinya.</source>
        <translation>The HQ database {path} uses an older schema ({found}); run another &apos;station hq&apos; command once (for example &apos;station hq stations&apos;) to update it.</translation>
    </message>
    <message>
        <source>Token sesi terdiri dari {count} karakter; periksa kembali.</source>
        <translation>A session token has {count} characters; check it again.</translation>
    </message>
    <message>
        <source>Token sesi sudah kedaluwarsa; mintalah token terbaru kepada pengawas.</source>
        <translation>The session token has expired; ask the proctor for the current one.</translation>
    </message>
    <message>
        <source>Token sesi salah; periksa kembali token yang ditunjukkan pengawas.</source>
        <translation>Wrong session token; check the token the proctor shows.</translation>
    </message>
    <message>
        <source>{file} berformat {found}; stasiun ini membaca {expected}.</source>
        <translation>{file} is in {found} format; this station reads {expected}.</translation>
    </message>
    <message>
        <source>bukan kode stasiun</source>
        <translation>not a station code</translation>
    </message>
    <message>
        <source>tidak sama dengan created_wall_ms</source>
        <translation>does not match created_wall_ms</translation>
    </message>
    <message>
        <source>harus {name}</source>
        <translation>must be {name}</translation>
    </message>
    <message>
        <source>harus 64 angka heksadesimal</source>
        <translation>must be 64 hexadecimal digits</translation>
    </message>
    <message>
        <source>Anggota {member} dalam {file} berukuran {size} bita; manifes menyebut {expected}.</source>
        <translation>Member {member} in {file} is {size} bytes; the manifest states {expected}.</translation>
    </message>
    <message>
        <source>{file} bukan arsip zip yang utuh (rusak atau terpotong): {problem}.</source>
        <translation>{file} is not an intact zip archive (damaged or truncated): {problem}.</translation>
    </message>
    <message>
        <source>SHA-256 anggota {member} dalam {file} tidak cocok dengan manifes.</source>
        <translation>SHA-256 of member {member} in {file} does not match the manifest.</translation>
    </message>
    <message>
        <source>Menyalin basis data</source>
        <translation>Copying database</translation>
    </message>
    <message>
        <source>Memeriksa salinan</source>
        <translation>Checking copy</translation>
    </message>
    <message>
        <source>Menulis cadangan</source>
        <translation>Writing backup</translation>
    </message>
    <message>
        <source>Memeriksa cadangan</source>
        <translation>Verifying backup</translation>
    </message>
    <message>
        <source>Cadangan {file} gagal diperiksa setelah ditulis dan telah dihapus: {problem}</source>
        <translation>Backup {file} failed verification after writing and has been deleted: {problem}</translation>
    </message>
    <message>
        <source>Cadangan {file} tidak dapat dipakai: {problem}</source>
        <translation>Backup {file} cannot be used: {problem}</translation>
    </message>
    <message>
        <source>Isi basis data dalam {file} tidak sama dengan manifesnya (stasiun, skema atau jumlah).</source>
        <translation>The database contents in {file} do not match its manifest (station, schema or counts).</translation>
    </message>
    <message>
        <source>Folder {folder} sudah berisi stasiun {station}; pakai --replace untuk menggantinya (basis data lama disimpan, tidak dihapus).</source>
        <translation>Folder {folder} already contains station {station}; use --replace to replace it (old database kept, not deleted).</translation>
    </message>
    <message>
        <source>Berkas cadangan {file} tidak ada.</source>
        <translation>Backup file {file} does not exist.</translation>
    </message>
    <message>
        <source>Memulihkan cadangan memerlukan kata sandi teknisi (--passphrase-file).</source>
        <translation>Restoring a backup needs the field IT passphrase (--passphrase-file).</translation>
    </message>
    <message>
        <source>Memulihkan</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>{folder} bukan folder; pilih folder tujuan lain.</source>
        <translation>{folder} is not a folder; choose another destination folder.</translation>
    </message>
    <message>
        <source>Kata sandi teknisi stasiun {station} salah; memulihkan cadangan memerlukan kata sandi teknisi, bukan kredensial pengawas.</source>
        <translation>Wrong field IT passphrase for station {station}; restoring a backup needs the field IT passphrase, not a proctor credential.</translation>
    </message>
    <message>
        <source>Ruang kosong di {folder} tidak cukup: perlu sekitar {needed} MiB, tersedia {free} MiB.</source>
        <translation>Not enough free space on {folder}: about {needed} MiB needed, {free} MiB available.</translation>
    </message>
    <message>
        <source>Disk tujuan {folder} penuh; tidak ada berkas setengah jadi yang tertinggal.</source>
        <translation>Destination disk {folder} is full; no partially written files were left behind.</translation>
    </message>
    <message>
        <source>Tidak dapat menulis ke {folder}: {problem}.</source>
        <translation>Cannot write to {folder}: {problem}.</translation>
    </message>
    <message>
        <source>{what} harus diisi.</source>
        <translation>{what} is required.</translation>
    </message>
    <message>
        <source>{what} harus salah satu dari {choices}, bukan {value!r}.</source>
        <translation>{what} must be one of {choices}, not {value!r}.</translation>
    </message>
    <message>
        <source>Tambahan waktu harus 1 sampai 240 menit.</source>
        <translation>Extra time must be 1 to 240 minutes.</translation>
    </message>
    <message>
        <source>Koreksi harus mengubah nama, jabatan atau unit kerja.</source>
        <translation>A correction must change the name, position or work unit.</translation>
    </message>
    <message>
        <source>Perintah tidak dikenali: bukan objek dengan &apos;command&apos;.</source>
        <translation>Command not recognised: not an object with &apos;command&apos;.</translation>
    </message>
    <message>
        <source>Perintah {kind!r} tidak dikenal.</source>
        <translation>Unknown command {kind!r}.</translation>
    </message>
    <message>
        <source>Perintah {kind}: kolom tidak dikenal {fields}.</source>
        <translation>Command {kind}: unknown fields {fields}.</translation>
    </message>
    <message>
        <source>Perintah {kind}: kolom {field} tidak ada.</source>
        <translation>Command {kind}: field {field} is missing.</translation>
    </message>
    <message>
        <source>Perintah {kind}: kolom {field} bertipe salah.</source>
        <translation>Command {kind}: field {field} has the wrong type.</translation>
    </message>
    <message>
        <source>Perintah {kind}: kolom {field} harus daftar NIP.</source>
        <translation>Command {kind}: field {field} must be a list of NIPs.</translation>
    </message>
    <message>
        <source>Ujian {attempt} belum berakhir; belum ada bukti selesai.</source>
        <translation>Attempt {attempt} has not ended; there is no proof of completion yet.</translation>
    </message>
    <message>
        <source>Bundel {bundle} tidak ada di stasiun ini.</source>
        <translation>Bundle {bundle} is not on this station.</translation>
    </message>
    <message>
        <source>Jenis dokumen {kind!r} tidak dikenal.</source>
        <translation>Unknown document type {kind!r}.</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat disimpan di {folder}: {error}.</source>
        <translation>The document cannot be saved in {folder}: {error}.</translation>
    </message>
    <message>
        <source>Dengan tambahan {minutes} menit, {name} baru selesai {finish}, lewat akhir sesi {end} ({count} peserta). Konfirmasi bila memang disengaja.</source>
        <translation>With {minutes} minutes extra, {name} would only finish at {finish}, after the session end {end} ({count} candidates). Confirm if this is intended.</translation>
    </message>
    <message>
        <source>{name} sudah memulai ujian; tidak dapat digantikan.</source>
        <translation>{name} has already started the exam; cannot be replaced.</translation>
    </message>
    <message>
        <source>NIP {nip} sudah ada di daftar peserta sesi ini.</source>
        <translation>NIP {nip} is already on this session&apos;s candidate list.</translation>
    </message>
    <message>
        <source>Pindah kursi dijalankan dari konsol ruang di PC pengawas (hub ruang), bukan di stasiun.</source>
        <translation>Seat changes are made from the room console on the proctor&apos;s PC (room hub), not at a station.</translation>
    </message>
    <message>
        <source>Sesi belum dapat ditutup: {reasons}</source>
        <translation>The session cannot be closed yet: {reasons}</translation>
    </message>
    <message>
        <source>NIP {nip} tidak ada di daftar peserta sesi ini.</source>
        <translation>NIP {nip} is not on this session&apos;s candidate list.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>dipindah ke stasiun {station}</source>
        <translation>moved to station {station}</translation>
    </message>
    <message>
        <source>keluar jendela ujian {count}×</source>
        <translation>left the exam window {count}×</translation>
    </message>
    <message>
        <source>terputus {count}×</source>
        <translation>disconnected {count}×</translation>
    </message>
    <message>
        <source>menunggu keputusan jeda {seconds} detik</source>
        <translation>awaiting a pause decision for {seconds} seconds</translation>
    </message>
    <message>
        <source>jam berubah {count}×</source>
        <translation>clock changed {count}×</translation>
    </message>
    <message>
        <source>tidak ada tanda aktif sejak {seconds} detik</source>
        <translation>no sign of activity for {seconds} seconds</translation>
    </message>
    <message>
        <source>ujian {name} masih berjalan</source>
        <translation>{name}&apos;s exam is still running</translation>
    </message>
    <message>
        <source>{name} belum mengerjakan dan belum dicatat tidak hadir</source>
        <translation>{name} has not started and has not been recorded as absent</translation>
    </message>
    <message>
        <source>belum memulai ujian di stasiun ini</source>
        <translation>has not started the exam on this station</translation>
    </message>
    <message>
        <source>belum mulai</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>sedang di antara bagian</source>
        <translation>between sections</translation>
    </message>
    <message>
        <source>sedang mengerjakan</source>
        <translation>working</translation>
    </message>
    <message>
        <source>sedang dijeda</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>sudah selesai</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>Sesi {session} sudah ditutup pengawas pada {time}.</source>
        <translation>Session {session} was closed by the proctor at {time}.</translation>
    </message>
    <message>
        <source>Batas keterlambatan sesi ini ({time}) sudah lewat. Pengawas harus mencatat kedatangan terlambat Anda dengan alasan sebelum Anda dapat memulai.</source>
        <translation>The late-entry limit for this session ({time}) has passed. The proctor must record your late arrival with a reason before you can start.</translation>
    </message>
    <message>
        <source>Salinan basis data tidak dapat dijadikan satu berkas (mode {mode}).</source>
        <translation>The database copy cannot be made into a single file (mode {mode}).</translation>
    </message>
    <message>
        <source>Salinan basis data tidak dapat dibuka: {error}.</source>
        <translation>The database copy cannot be opened: {error}.</translation>
    </message>
    <message>
        <source>Salinan basis data rusak: {problems}</source>
        <translation>The database copy is damaged: {problems}</translation>
    </message>
    <message>
        <source>Salinan basis data memuat rujukan ke baris yang tidak ada.</source>
        <translation>The database copy contains references to rows that do not exist.</translation>
    </message>
    <message>
        <source>Salinan basis data berskema {found}; versi ini mengenal skema 1 sampai {known}.</source>
        <translation>The database copy has schema {found}; this version knows schemas 1 to {known}.</translation>
    </message>
    <message>
        <source>Susunan tabel salinan basis data tidak sama dengan skema {version} stasiun.</source>
        <translation>The table layout of the database copy does not match station schema {version}.</translation>
    </message>
    <message>
        <source>Salinan basis data rusak atau bukan basis data stasiun: {error}.</source>
        <translation>The database copy is damaged or is not a station database: {error}.</translation>
    </message>
    <message>
        <source>Basis data {file} tidak dapat dibaca: {error}.</source>
        <translation>Database {file} cannot be read: {error}.</translation>
    </message>
    <message>
        <source>Basis data {file} sedang dipakai program lain; tutup semua jendela dan perintah stasiun dulu.</source>
        <translation>Database {file} is in use by another program; close all station windows and commands first.</translation>
    </message>
    <message>
        <source>Ukuran layar</source>
        <translation>Screen size</translation>
    </message>
    <message>
        <source>Huruf bawaan</source>
        <translation>Built-in fonts</translation>
    </message>
    <message>
        <source>Mode kiosk</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <source>Tidak ada layar yang dikenali.</source>
        <translation>No screen detected.</translation>
    </message>
    <message>
        <source>Layar {width}×{height} lebih kecil dari {min_width}×{min_height}: soal dan tombol bisa terpotong. Naikkan resolusi atau kurangi skala tampilan.</source>
        <translation>The {width}×{height} screen is smaller than {min_width}×{min_height}: items and buttons may be cut off. Increase the resolution or reduce the display scaling.</translation>
    </message>
    <message>
        <source>Layar {width}×{height} (paling kecil {min_width}×{min_height}).</source>
        <translation>Screen {width}×{height} (minimum {min_width}×{min_height}).</translation>
    </message>
    <message>
        <source>Huruf {fonts} tidak termuat: tulisan bisa tampil lain atau terpotong. Pasang ulang aplikasi.</source>
        <translation>Fonts {fonts} not loaded: text may look different or be cut off. Reinstall the application.</translation>
    </message>
    <message>
        <source>Huruf {fonts} termuat.</source>
        <translation>Fonts {fonts} loaded.</translation>
    </message>
    <message>
        <source>Aplikasi berjalan tanpa layar sungguhan (platform {platform}); mode kiosk layar penuh tidak dapat dipakai di sini.</source>
        <translation>The application is running without a real display (platform {platform}); full-screen kiosk mode cannot be used here.</translation>
    </message>
    <message>
        <source>Mode kiosk layar penuh dapat dipakai (platform {platform}).</source>
        <translation>Full-screen kiosk mode is available (platform {platform}).</translation>
    </message>
    <message>
        <source>Perintah cetak &apos;lp&apos; (CUPS) tidak ada di komputer ini.</source>
        <translation>The print command &apos;lp&apos; (CUPS) is not available on this computer.</translation>
    </message>
    <message>
        <source>Simpan dokumen ke folder</source>
        <translation>Save document to folder</translation>
    </message>
    <message>
        <source>Dokumen tidak tersimpan</source>
        <translation>Document not saved</translation>
    </message>
    <message>
        <source>Tidak ada printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>Komputer ini tidak mengenal printer. Simpan dokumen sebagai PDF lalu cetak di komputer lain.</source>
        <translation>This computer has no printer set up. Save the document as a PDF and print it on another computer.</translation>
    </message>
    <message>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Belum masuk</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Sudah masuk</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Antarbagian</source>
        <translation>Between sections</translation>
    </message>
    <message>
        <source>Mengerjakan</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Dijeda</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>dikirim</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>diakhiri pengawas</source>
        <translation>ended by proctor</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>ditunda</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Kursi</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Terjawab</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Terakhir aktif</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Akomodasi</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Terlambat (diizinkan masuk)</source>
        <translation>Late (admitted)</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Kursi / meja</source>
        <translation>Seat / desk</translation>
    </message>
    <message>
        <source>Identitas sudah diperiksa (KTP / kartu pegawai)</source>
        <translation>Identity checked (ID card / staff card)</translation>
    </message>
    <message>
        <source>Catatan (wajib untuk terlambat)</source>
        <translation>Notes (required if late)</translation>
    </message>
    <message>
        <source>Jeda ujian</source>
        <translation>Pause the exam</translation>
    </message>
    <message>
        <source>Sebab</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Istirahat</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Waktu salat</source>
        <translation>Prayer time</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lanjutkan ujian</source>
        <translation>Resume the exam</translation>
    </message>
    <message>
        <source>Lanjutkan ujian yang dijeda untuk: {targets}?</source>
        <translation>Resume the paused attempt of: {targets}?</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Waktu yang hilang karena gangguan</source>
        <translation>Time lost to the interruption</translation>
    </message>
    <message>
        <source>Dikembalikan kepada peserta</source>
        <translation>Returned to the candidate</translation>
    </message>
    <message>
        <source>Dihitung sebagai waktu ujian</source>
        <translation>Counted as exam time</translation>
    </message>
    <message>
        <source>Tambah waktu</source>
        <translation>Add time</translation>
    </message>
    <message>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Catat kejadian</source>
        <translation>Record incident</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Teknis</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Perilaku</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Kesehatan</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Listrik</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cetak uraian kesehatan atau catatan pribadi peserta ini di berita acara (tanpa pilihan ini hanya tersimpan di buku sesi)</source>
        <translation>Print this candidate&apos;s health or other personal note on the berita acara (without this it stays in the session book only)</translation>
    </message>
    <message>
        <source>Akhiri ujian peserta</source>
        <translation>End the candidate&apos;s exam</translation>
    </message>
    <message>
        <source>{name}: keputusan ini tidak dapat dibatalkan dan dicatat di berita acara.</source>
        <translation>{name}: this decision cannot be undone and is recorded in the session report.</translation>
    </message>
    <message>
        <source>Akhiri ujian</source>
        <translation>End the attempt</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Akhiri sekarang (jawaban tetap dinilai)</source>
        <translation>End now (answers are still scored)</translation>
    </message>
    <message>
        <source>Batalkan untuk ujian ulang (tidak dinilai)</source>
        <translation>Void for a retake (not scored)</translation>
    </message>
    <message>
        <source>Tunda ke sesi lain (tidak dinilai di sesi ini)</source>
        <translation>Postpone to another session (not scored in this session)</translation>
    </message>
    <message>
        <source>Sesi lanjutan (untuk penundaan)</source>
        <translation>Follow-up session (for postponement)</translation>
    </message>
    <message>
        <source>Peserta pengganti</source>
        <translation>Replacement candidate</translation>
    </message>
    <message>
        <source>Menggantikan {name}. Penggantian ditandai untuk diperiksa pusat.</source>
        <translation>Replaces {name}. The replacement is flagged for review by HQ.</translation>
    </message>
    <message>
        <source>NIP pengganti</source>
        <translation>Replacement&apos;s NIP</translation>
    </message>
    <message>
        <source>Ujian ulang</source>
        <translation>Retest</translation>
    </message>
    <message>
        <source>{name} boleh memulai satu ujian baru di stasiun yang dipilih. Ujian yang lama tetap tersimpan; pusat melihat keduanya bersama keputusan ini.</source>
        <translation>{name} may begin one new attempt at the chosen station. The earlier attempt is kept; HQ sees both, with this decision.</translation>
    </message>
    <message>
        <source>Pindah kursi</source>
        <translation>Change seat</translation>
    </message>
    <message>
        <source>{name} melanjutkan ujian di stasiun lain: jawaban dan sisa waktu diambil dari salinan di hub ruang. Stasiun lama tidak akan menulis ujian ini lagi.</source>
        <translation>{name} continues the exam at another station: the answers and remaining time are taken from the copy on the room hub. The old station will not write to this attempt again.</translation>
    </message>
    <message>
        <source>Stasiun tujuan</source>
        <translation>Target station</translation>
    </message>
    <message>
        <source>Kursi baru (boleh kosong)</source>
        <translation>New seat (optional)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Dasar penggantian (surat tugas)</source>
        <translation>Grounds for replacement (assignment letter)</translation>
    </message>
    <message>
        <source>Koreksi data peserta</source>
        <translation>Correct candidate data</translation>
    </message>
    <message>
        <source>{name}: isi hanya yang berubah. Koreksi ditandai untuk diperiksa pusat.</source>
        <translation>{name}: fill in only what has changed. The correction is flagged for review by HQ.</translation>
    </message>
    <message>
        <source>Alasan koreksi</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>Tutup sesi</source>
        <translation>Close session</translation>
    </message>
    <message>
        <source>Setelah ditutup, tidak ada peserta yang dapat masuk lagi ke sesi ini.</source>
        <translation>Once closed, no candidate can enter this session again.</translation>
    </message>
    <message>
        <source>Catatan penutupan</source>
        <translation>Closing notes</translation>
    </message>
    <message>
        <source>Folder identitas layanan {folder} tidak lengkap: {file} tidak ada (buat dengan &apos;station hq upload-service&apos;).</source>
        <translation>The service identity folder {folder} is incomplete: {file} is missing (create it with &apos;station hq upload-service&apos;).</translation>
    </message>
    <message>
        <source>Identitas layanan di {folder} tidak dapat dibaca: {problem}</source>
        <translation>The service identity in {folder} cannot be read: {problem}</translation>
    </message>
    <message>
        <source>Kunci layanan harus Ed25519.</source>
        <translation>The service key must be Ed25519.</translation>
    </message>
    <message>
        <source>Kunci layanan tidak cocok dengan sertifikatnya.</source>
        <translation>The service key does not match its certificate.</translation>
    </message>
    <message>
        <source>Tidak ada sertifikat stasiun pada sambungan.</source>
        <translation>No station certificate on the connection.</translation>
    </message>
    <message>
        <source>Sertifikat stasiun ditolak: {problem}</source>
        <translation>Station certificate refused: {problem}</translation>
    </message>
    <message>
        <source>Bundel {bundle} ditolak: {problem}</source>
        <translation>Bundle {bundle} refused: {problem}</translation>
    </message>
    <message>
        <source>Bundel ini ditandatangani stasiun {signer}, bukan stasiun pengirim {station}.</source>
        <translation>This bundle is signed by station {signer}, not by the sending station {station}.</translation>
    </message>
    <message>
        <source>Bundel berisi id {inside}, bukan {bundle} seperti alamatnya.</source>
        <translation>The bundle holds id {inside}, not {bundle} as its address says.</translation>
    </message>
    <message>
        <source>Stasiun {station} sudah mengirim bundel lain bernomor {sequence}; nomor tidak boleh dipakai ulang.</source>
        <translation>Station {station} already sent another bundle numbered {sequence}; numbers may not be reused.</translation>
    </message>
    <message>
        <source>Bundel ini tidak dikenal untuk stasiun ini.</source>
        <translation>This bundle is not known for this station.</translation>
    </message>
    <message>
        <source>Bundel {bundle} sudah diterima dengan isi lain; yang ini ditolak.</source>
        <translation>Bundle {bundle} was already received with other contents; this one is refused.</translation>
    </message>
    <message>
        <source>Layanan tidak menyimpan bundel {bundle} dari stasiun ini.</source>
        <translation>The service holds no bundle {bundle} from this station.</translation>
    </message>
    <message>
        <source>Alamat layanan HQ tidak sah: {address}.</source>
        <translation>Invalid HQ service address: {address}.</translation>
    </message>
    <message>
        <source>Server di {address} bukan layanan HQ yang dipercaya: {problem}.</source>
        <translation>The server at {address} is not the trusted HQ service: {problem}.</translation>
    </message>
    <message>
        <source>Bundel {bundle} ({size} bita) melebihi batas layanan HQ ({limit} bita); bawa dengan USB.</source>
        <translation>Bundle {bundle} ({size} bytes) exceeds the HQ service limit ({limit} bytes); carry it by USB.</translation>
    </message>
    <message>
        <source>HQ memutus sambungan di {address} tanpa jawaban segera setelah jabat tangan TLS; bila terus terjadi, sertifikat stasiun ini mungkin bukan dari HQ ini.</source>
        <translation>HQ at {address} closed the connection without an answer right after the TLS handshake; if this keeps happening, this station&apos;s certificate may not be from this HQ.</translation>
    </message>
    <message>
        <source>Layanan HQ menolak sambungan TLS stasiun ini ({problem}); sertifikatnya mungkin bukan dari HQ ini.</source>
        <translation>The HQ service refused this station&apos;s TLS connection ({problem}); its certificate may not be from this HQ.</translation>
    </message>
    <message>
        <source>Sertifikat server di {address} bukan yang disematkan saat pendaftaran (sidik {seen}).</source>
        <translation>The server certificate at {address} is not the one pinned at enrollment (fingerprint {seen}).</translation>
    </message>
    <message>
        <source>Layanan HQ sedang sibuk atau bermasalah (HTTP {status}): {problem}</source>
        <translation>The HQ service is busy or failing (HTTP {status}): {problem}</translation>
    </message>
    <message>
        <source>Layanan HQ menolak stasiun ini: {problem}</source>
        <translation>The HQ service refused this station: {problem}</translation>
    </message>
    <message>
        <source>Layanan HQ menolak permintaan (HTTP {status}): {problem}</source>
        <translation>The HQ service refused the request (HTTP {status}): {problem}</translation>
    </message>
    <message>
        <source>HQ tidak dapat dihubungi di {address}: {reason}.</source>
        <translation>HQ cannot be reached at {address}: {reason}.</translation>
    </message>
    <message>
        <source>Data pendaftaran stasiun ini tidak menyebut layanan unggah HQ; pakai ekspor ke USB, atau pasang berkas kepercayaan HQ yang menyebutnya.</source>
        <translation>This station&apos;s enrollment data names no HQ upload service; use the USB export, or install an HQ trust bundle that names one.</translation>
    </message>
    <message>
        <source>Menghubungi HQ</source>
        <translation>Contacting HQ</translation>
    </message>
    <message>
        <source>Mengunggah bundel</source>
        <translation>Uploading bundle</translation>
    </message>
    <message>
        <source>{problem} Sudah dicoba {tries} kali. {pending} bundel menunggu; bila perlu, bawa hasil dengan ekspor ke USB.</source>
        <translation>{problem} Tried {tries} times. {pending} bundles waiting; if needed, carry the results with the USB export.</translation>
    </message>
    <message>
        <source>Menunggu sebelum mencoba lagi</source>
        <translation>Waiting before trying again</translation>
    </message>
    <message>
        <source>Berkas bawaan</source>
        <translation>Bundled files</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Kriptografi</source>
        <translation>Cryptography</translation>
    </message>
    <message>
        <source>Dokumen PDF</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <source>Paket pembaruan {file}: versi {version} untuk {platform}, tanda tangan HQ sah.</source>
        <translation>Update package {file}: version {version} for {platform}, HQ signature valid.</translation>
    </message>
    <message>
        <source>  terpasang {installed}; menggantikan versi {needed} ke atas; {files} berkas, {size} bita</source>
        <translation>  installed {installed}; replaces version {needed} and later; {files} files, {size} bytes</translation>
    </message>
    <message>
        <source>  SHA-256: {sha256}</source>
        <translation>  SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>  penanda tangan: {signer}</source>
        <translation>  signer: {signer}</translation>
    </message>
    <message>
        <source>  catatan: {note}</source>
        <translation>  notes: {note}</translation>
    </message>
    <message>
        <source>Siap dipasang: station upgrade apply {file} --install-root ROOT (program ini tidak berjalan dari folder instalasi ROOT/versions/&lt;versi&gt;/)</source>
        <translation>Ready to install: station upgrade apply {file} --install-root ROOT (this program does not run from an install folder ROOT/versions/&lt;version&gt;/)</translation>
    </message>
    <message>
        <source>Siap dipasang: station upgrade apply {file}</source>
        <translation>Ready to install: station upgrade apply {file}</translation>
    </message>
    <message>
        <source>Program ini tidak berjalan dari folder instalasi (ROOT/versions/&lt;versi&gt;); sebutkan --install-root.</source>
        <translation>This program does not run from an install folder (ROOT/versions/&lt;version&gt;); give --install-root.</translation>
    </message>
    <message>
        <source>Cadangan sebelum pembaruan: {file}</source>
        <translation>Backup before the upgrade: {file}</translation>
    </message>
    <message>
        <source>Versi {version} terpasang di {folder} dan aktif (sebelumnya {previous}); skema basis data {before} → {after}.</source>
        <translation>Version {version} installed in {folder} and active (previously {previous}); database schema {before} → {after}.</translation>
    </message>
    <message>
        <source>Tutup dan buka lagi program stasiun; versi baru yang berjalan.</source>
        <translation>Close and reopen the station programs; the new version runs.</translation>
    </message>
    <message>
        <source>Basis data pada skema {after} (sebelumnya {before}), versi {version}.</source>
        <translation>Database at schema {after} (previously {before}), version {version}.</translation>
    </message>
    <message>
        <source>pasang pembaruan stasiun bertanda tangan dari flashdisk</source>
        <translation>install a signed station update from a USB stick</translation>
    </message>
    <message>
        <source>periksa paket pembaruan dan apakah dapat dipasang sekarang</source>
        <translation>check an update package and whether it can be installed now</translation>
    </message>
    <message>
        <source>cadangkan, pasang versi baru di sampingnya, pindahkan basis data, aktifkan</source>
        <translation>back up, install the new version beside the old, migrate the database, activate</translation>
    </message>
    <message>
        <source>folder instalasi ROOT yang berisi versions/ dan current (bawaan: ROOT program ini bila berjalan dari ROOT/versions/&lt;versi&gt;/, mis. /opt/cact-station)</source>
        <translation>the install folder ROOT that holds versions/ and current (default: this program&apos;s ROOT when it runs from ROOT/versions/&lt;version&gt;/, e.g. /opt/cact-station)</translation>
    </message>
    <message>
        <source>pindahkan basis data ke skema versi ini (dipakai saat pembaruan)</source>
        <translation>migrate the database to this version&apos;s schema (used by upgrades)</translation>
    </message>
    <message>
        <source>bukan nomor versi (mis. 0.2.0)</source>
        <translation>not a version number (e.g. 0.2.0)</translation>
    </message>
    <message>
        <source>menyebut berkas yang tidak ada di paket</source>
        <translation>names a file that is not in the package</translation>
    </message>
    <message>
        <source>tautan yang tidak aman</source>
        <translation>unsafe link</translation>
    </message>
    <message>
        <source>{file}: paket pembaruan tidak membawa CRL.</source>
        <translation>{file}: the update package carries no CRL.</translation>
    </message>
    <message>
        <source>{folder} bukan hasil build CACT Station (tidak ada {file}); jalankan scripts/build.</source>
        <translation>{folder} is not a CACT Station build (no {file}); run scripts/build.</translation>
    </message>
    <message>
        <source>Build di {folder} tidak berisi {programs}.</source>
        <translation>The build in {folder} lacks {programs}.</translation>
    </message>
    <message>
        <source>Build di {folder} menyebut versi {version!r} di {file}; bukan nomor versi.</source>
        <translation>The build in {folder} names version {version!r} in {file}; that is not a version number.</translation>
    </message>
    <message>
        <source>--min-version {needed!r} bukan nomor versi (angka dipisah titik, mis. 0.1.0); stasiun akan menolak paketnya.</source>
        <translation>--min-version {needed!r} is not a version number (numbers joined by dots, e.g. 0.1.0); stations would refuse the package.</translation>
    </message>
    <message>
        <source>--min-version {needed} harus lebih tua dari versi build ini ({version}): stasiun memasang paket ini hanya bila versinya {needed} atau lebih baru dan lebih tua dari {version}, jadi tidak ada stasiun yang dapat memasangnya.</source>
        <translation>--min-version {needed} must be older than this build&apos;s version ({version}): a station installs this package only when its version is {needed} or newer and older than {version}, so no station could install it.</translation>
    </message>
    <message>
        <source>Build di {folder} berisi berkas bernama {file!r} yang akan ditolak setiap stasiun (hanya huruf, angka dan . _ - + @).</source>
        <translation>The build in {folder} holds a file named {file!r} that every station would refuse (only letters, digits and . _ - + @).</translation>
    </message>
    <message>
        <source>Versi {version} tidak lebih baru dari versi terpasang {installed}; turun versi tidak dilakukan.</source>
        <translation>Version {version} is not newer than the installed {installed}; downgrades are not done.</translation>
    </message>
    <message>
        <source>Pembaruan ini hanya menggantikan versi {needed} atau lebih baru (terpasang {installed}); pasang pembaruan antaranya dulu.</source>
        <translation>This update only replaces version {needed} or later (installed: {installed}); install the update in between first.</translation>
    </message>
    <message>
        <source>Pembaruan ini untuk {platform}; komputer ini {here}.</source>
        <translation>This update is for {platform}; this computer is {here}.</translation>
    </message>
    <message>
        <source>{count} ujian belum selesai; perbarui setelah sesi ditutup dan semua ujian berakhir.</source>
        <translation>{count} attempts have not ended; upgrade after the session is closed and every attempt has ended.</translation>
    </message>
    <message>
        <source>{count} ujian selesai belum diekspor; ekspor hasil dulu (station export atau tab Hasil ujian).</source>
        <translation>{count} finished attempts are not exported; export the results first (station export or the Results tab).</translation>
    </message>
    <message>
        <source>Memeriksa paket pembaruan</source>
        <translation>Checking the update package</translation>
    </message>
    <message>
        <source>Pembaruan ke versi {version} ditolak: {reason}</source>
        <translation>Upgrade to version {version} refused: {reason}</translation>
    </message>
    <message>
        <source>{folder} bukan folder instalasi CACT Station (tidak ada folder versions).</source>
        <translation>{folder} is not a CACT Station install folder (no versions folder).</translation>
    </message>
    <message>
        <source>Mencadangkan basis data</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Memasang versi baru di sampingnya</source>
        <translation>Installing the new version beside the old</translation>
    </message>
    <message>
        <source>Memindahkan basis data ke skema baru</source>
        <translation>Migrating the database to the new schema</translation>
    </message>
    <message>
        <source>Mengaktifkan versi baru</source>
        <translation>Activating the new version</translation>
    </message>
    <message>
        <source>Berkas {file} tidak sama setelah ditulis; disk bermasalah. Versi lama tetap dipakai.</source>
        <translation>File {file} differs after writing; the disk has a problem. The old version stays in use.</translation>
    </message>
    <message>
        <source>Versi baru tidak dapat memindahkan basis data ({problem}). Versi lama tetap aktif; bila stasiun tidak dapat dibuka, pulihkan cadangan sebelum pembaruan (station restore --replace).</source>
        <translation>The new version could not migrate the database ({problem}). The old version stays active; if the station cannot be opened, restore the backup made before the upgrade (station restore --replace).</translation>
    </message>
    <message>
        <source>Pusat ujian {centres}: {count} stasiun terdaftar.</source>
        <translation>Test centre {centres}: {count} stations registered.</translation>
    </message>
    <message>
        <source>Stasiun ini boleh menjalankan hub ruang (station hub serve).</source>
        <translation>This station may run the room hub (station hub serve).</translation>
    </message>
    <message>
        <source>Hub ruang: {address}; cari di jaringan: {discovery}; hub di sini mendengar di {listen}.</source>
        <translation>Room hub: {address}; search the network: {discovery}; a hub on this PC listens on {listen}.</translation>
    </message>
    <message>
        <source>tidak diatur</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Hub ruang: {address}; cari di jaringan: {discovery}. Peran: stasiun peserta (bukan PC pengawas; hub ruang tidak berjalan di sini).</source>
        <translation>Room hub: {address}; search the network: {discovery}. Role: candidate station (not the proctor&apos;s PC; no room hub runs here).</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Ruang: {phase} {hub} {problem}</source>
        <translation>Room: {phase} {hub} {problem}</translation>
    </message>
    <message>
        <source>Hub ruang {hub} mendengar di port {port}; Ctrl+C untuk berhenti.</source>
        <translation>Room hub {hub} listening on port {port}; Ctrl+C to stop.</translation>
    </message>
    <message>
        <source>Soal terbuka di hub; {opened} dari {total} stasiun sudah terbuka.</source>
        <translation>Items unsealed at the hub; {opened} of {total} stations unsealed.</translation>
    </message>
    <message>
        <source>Peserta {nip} boleh memulai ujian ulang di stasiun {station}.</source>
        <translation>Candidate {nip} may begin a retest at station {station}.</translation>
    </message>
    <message>
        <source>{nip} {name}: {problem}</source>
        <translation>{nip} {name}: {problem}</translation>
    </message>
    <message>
        <source>{count} pengecualian menunggu keputusan.</source>
        <translation>{count} exceptions awaiting a decision.</translation>
    </message>
    <message>
        <source>{count} bundel ditulis ke {folder}.</source>
        <translation>{count} bundles written to {folder}.</translation>
    </message>
    <message>
        <source>  {station}: {file}</source>
        <translation>  {station}: {file}</translation>
    </message>
    <message>
        <source>  Tanpa bundel: {station} ({problem})</source>
        <translation>  Without a bundle: {station} ({problem})</translation>
    </message>
    <message>
        <source>Permintaan hub {kind!r} tidak dikenal.</source>
        <translation>Unknown hub request {kind!r}.</translation>
    </message>
    <message>
        <source>{nip}: selesai</source>
        <translation>{nip}: done</translation>
    </message>
    <message>
        <source>{nip}: {problem}</source>
        <translation>{nip}: {problem}</translation>
    </message>
    <message>
        <source>utuh</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>{count} salinan diperiksa, {broken} rusak.</source>
        <translation>{count} copies checked, {broken} damaged.</translation>
    </message>
    <message>
        <source>{count} salinan belum dapat diperiksa: sesinya belum dibuka dengan kode rilis di PC ini (station hub release SESI).</source>
        <translation>{count} copies cannot be checked yet: their session is not released on this PC (station hub release SESSION).</translation>
    </message>
    <message>
        <source>stasiun dalam ruang: hub, salinan, perintah</source>
        <translation>stations in a room: hub, copies, commands</translation>
    </message>
    <message>
        <source>atur alamat hub ruang</source>
        <translation>set the room hub address</translation>
    </message>
    <message>
        <source>alamat hub, host:port</source>
        <translation>hub address, host:port</translation>
    </message>
    <message>
        <source>lupakan alamat hub yang diatur</source>
        <translation>forget the configured hub address</translation>
    </message>
    <message>
        <source>boleh mencari hub lewat suar di jaringan lokal</source>
        <translation>allow finding the hub by its beacon on the local network</translation>
    </message>
    <message>
        <source>alamat dengar hub di PC ini, host:port</source>
        <translation>listening address of the hub on this PC, host:port</translation>
    </message>
    <message>
        <source>hub di PC ini mengumumkan diri lewat suar di jaringan lokal</source>
        <translation>the hub on this PC announces itself by beacon on the local network</translation>
    </message>
    <message>
        <source>pengaturan ruang dan stasiun pusat ujian</source>
        <translation>room settings and the test centre&apos;s stations</translation>
    </message>
    <message>
        <source>ikuti hub ruang tanpa jendela sampai dihentikan</source>
        <translation>join the room hub without a window until stopped</translation>
    </message>
    <message>
        <source>alamat hub, host:port (bawaan: yang diatur)</source>
        <translation>hub address, host:port (default: the configured one)</translation>
    </message>
    <message>
        <source>cari hub lewat suarnya</source>
        <translation>find the hub by its beacon</translation>
    </message>
    <message>
        <source>hub ruang di PC pengawas</source>
        <translation>room hub on the proctor&apos;s PC</translation>
    </message>
    <message>
        <source>jalankan hub ruang tanpa jendela</source>
        <translation>run the room hub without a window</translation>
    </message>
    <message>
        <source>alamat dengar, host:port (bawaan: 0.0.0.0:47610)</source>
        <translation>listening address, host:port (default: 0.0.0.0:47610)</translation>
    </message>
    <message>
        <source>jangan umumkan hub lewat suar di jaringan lokal</source>
        <translation>do not announce the hub by beacon on the local network</translation>
    </message>
    <message>
        <source>tulis kejadian hub sebagai baris JSON ke berkas ini</source>
        <translation>write hub events as JSON lines to this file</translation>
    </message>
    <message>
        <source>periksa rantai setiap salinan ujian yang dipegang hub</source>
        <translation>check the chain of every attempt copy the hub holds</translation>
    </message>
    <message>
        <source>nama pengawas</source>
        <translation>the proctor&apos;s name</translation>
    </message>
    <message>
        <source>buka soal sesi untuk seluruh ruang lewat hub yang berjalan</source>
        <translation>unseal a session for the whole room through the running hub</translation>
    </message>
    <message>
        <source>pindahkan peserta ke stasiun cadangan lewat hub yang berjalan</source>
        <translation>move a candidate to a spare station through the running hub</translation>
    </message>
    <message>
        <source>stasiun tujuan</source>
        <translation>target station</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>kursi baru</source>
        <translation>new seat</translation>
    </message>
    <message>
        <source>izinkan ujian ulang peserta di satu stasiun ruang</source>
        <translation>allow a candidate&apos;s retest at one station of the room</translation>
    </message>
    <message>
        <source>peserta di dua stasiun yang menunggu keputusan pengawas</source>
        <translation>candidates at two stations awaiting the proctor&apos;s decision</translation>
    </message>
    <message>
        <source>ekspor ruang ke satu folder lewat hub yang berjalan</source>
        <translation>export the room into one folder through the running hub</translation>
    </message>
    <message>
        <source>folder tujuan (flashdisk)</source>
        <translation>target folder (USB stick)</translation>
    </message>
    <message>
        <source>Pesan pindah kursi tanpa perintah pindah kursi.</source>
        <translation>Seat-change message without a seat-change command.</translation>
    </message>
    <message>
        <source>Salinan ujian ini ditujukan untuk stasiun lain.</source>
        <translation>This attempt copy is meant for another station.</translation>
    </message>
    <message>
        <source>terkunci, dan hasil terbarunya belum ada di bundel: buka stasiun itu (kredensial pengawas atau kata sandi teknisi), lalu tekan Ekspor ruang lagi</source>
        <translation>locked, and its newest results are in no bundle yet: unlock that station (proctor credential or field IT passphrase), then press Export room again</translation>
    </message>
    <message>
        <source>Bundel tidak dapat dibaca: {problem}</source>
        <translation>The bundle cannot be read: {problem}</translation>
    </message>
    <message>
        <source>stasiun {station} tidak terhubung sejak {seconds} detik</source>
        <translation>station {station} not connected for {seconds} seconds</translation>
    </message>
    <message>
        <source>{count} kejadian belum tersalin ke hub</source>
        <translation>{count} events not yet copied to the hub</translation>
    </message>
    <message>
        <source>{count} kejadian di stasiun lama setelah pindah (dilaporkan ke pusat)</source>
        <translation>{count} events at the old station after the move (reported to HQ)</translation>
    </message>
    <message>
        <source>ujian {name} masih berjalan di stasiun {station}</source>
        <translation>{name}&apos;s exam is still running at station {station}</translation>
    </message>
    <message>
        <source>ditolak memulai ujian kedua di stasiun {station} (sudah di {others}); putuskan: Pindah kursi… atau Ujian ulang…</source>
        <translation>refused a second attempt at station {station} (already at {others}); decide: Change seat… or Retest…</translation>
    </message>
    <message>
        <source>ujian di dua stasiun: {station} dan {others} (hub tidak dapat ditanya saat mulai); putuskan: Ujian ulang… atau laporkan ke pusat</source>
        <translation>attempts at two stations: {station} and {others} (the hub could not be asked at the start); decide: Retest… or report to HQ</translation>
    </message>
    <message>
        <source>Alasan ujian ulang wajib diisi.</source>
        <translation>The reason for a retest is required.</translation>
    </message>
    <message>
        <source>Stasiun {station} bukan stasiun ruang ini.</source>
        <translation>Station {station} is not a station of this room.</translation>
    </message>
    <message>
        <source>belum memulai ujian</source>
        <translation>has not started the exam</translation>
    </message>
    <message>
        <source>stasiun {station} tidak terhubung</source>
        <translation>station {station} not connected</translation>
    </message>
    <message>
        <source>{problem} (stasiun {stations})</source>
        <translation>{problem} (stations {stations})</translation>
    </message>
    <message>
        <source>Hub belum memegang salinan ujian {name}: ujiannya belum dimulai atau belum pernah tersalin.</source>
        <translation>The hub does not hold a copy of {name}&apos;s attempt yet: the attempt has not started or was never copied.</translation>
    </message>
    <message>
        <source>{name} sudah mengerjakan di stasiun {station}.</source>
        <translation>{name} is already taking the exam at station {station}.</translation>
    </message>
    <message>
        <source>Stasiun tujuan {station} tidak terhubung ke hub.</source>
        <translation>Target station {station} is not connected to the hub.</translation>
    </message>
    <message>
        <source>Stasiun tujuan {station} sedang dipakai peserta lain.</source>
        <translation>Target station {station} is in use by another candidate.</translation>
    </message>
    <message>
        <source>Soal sesi ini belum terbuka di stasiun {station}.</source>
        <translation>This session&apos;s items are not unsealed on station {station} yet.</translation>
    </message>
    <message>
        <source>belum dijawab stasiun tujuan; diteruskan saat terhubung</source>
        <translation>not yet answered by the target station; passed on when it connects</translation>
    </message>
    <message>
        <source>Meminta bundel stasiun</source>
        <translation>Requesting station bundles</translation>
    </message>
    <message>
        <source>Bundel hub ruang</source>
        <translation>Room hub bundle</translation>
    </message>
    <message>
        <source>tidak terhubung; sambungkan lalu tekan Ekspor ruang lagi, atau ekspor di stasiun itu dengan USB (tab Hasil ujian)</source>
        <translation>not connected; connect it and press Export room again, or export at that station by USB (Exam results tab)</translation>
    </message>
    <message>
        <source>Bundel dari {station} ditandatangani stasiun lain ({signer}).</source>
        <translation>The bundle from {station} is signed by another station ({signer}).</translation>
    </message>
    <message>
        <source>belum ada laporan dari stasiun; menurut salinan hub</source>
        <translation>no report from the station yet; according to the hub&apos;s copy</translation>
    </message>
    <message>
        <source>Sertifikat stasiun {station} bukan untuk hub ruang; minta HQ mendaftarkannya dengan --room-hub.</source>
        <translation>The certificate of station {station} is not for a room hub; ask HQ to enroll it with --room-hub.</translation>
    </message>
    <message>
        <source>Sapaan {station} tidak sesuai sertifikatnya.</source>
        <translation>The greeting from {station} does not match its certificate.</translation>
    </message>
    <message>
        <source>Stasiun menyapa dua kali.</source>
        <translation>The station sent its greeting twice.</translation>
    </message>
    <message>
        <source>Peserta NIP {nip} sudah mempunyai ujian sesi ini di stasiun {stations}. Ujian kedua hanya dapat dimulai bila pengawas memutuskannya di konsol ruang (pindah kursi atau ujian ulang).</source>
        <translation>The candidate with NIP {nip} already has an attempt in this session at station {stations}. A second one can begin only when the proctor decides so in the room console (a seat change or a retest).</translation>
    </message>
    <message>
        <source>Hub ruang belum berjalan.</source>
        <translation>The room hub is not running yet.</translation>
    </message>
    <message>
        <source>Stasiun {station} tidak menjawab dalam {seconds} detik.</source>
        <translation>Station {station} did not answer within {seconds} seconds.</translation>
    </message>
    <message>
        <source>Hub tidak memegang salinan ujian {attempt}.</source>
        <translation>The hub holds no copy of attempt {attempt}.</translation>
    </message>
    <message>
        <source>Stasiun {station} menolak melepas ujian: {problem}</source>
        <translation>Station {station} refused to let go of the attempt: {problem}</translation>
    </message>
    <message>
        <source>Kejadian terakhir ujian dari stasiun {station} belum sampai ke hub.</source>
        <translation>The attempt&apos;s last events from station {station} have not reached the hub yet.</translation>
    </message>
    <message>
        <source>belum dapat diperiksa: sesi {session} belum dibuka dengan kode rilis di PC ini</source>
        <translation>cannot be checked yet: session {session} is not released on this PC</translation>
    </message>
    <message>
        <source>Stasiun {station} tidak terhubung ke hub.</source>
        <translation>Station {station} is not connected to the hub.</translation>
    </message>
    <message>
        <source>stasiun</source>
        <translation>station</translation>
    </message>
    <message>
        <source>hub ruang</source>
        <translation>room hub</translation>
    </message>
    <message>
        <source>Sertifikat {what} ditolak: {problem}</source>
        <translation>The {what} certificate was refused: {problem}</translation>
    </message>
    <message>
        <source>Sambungan ruang ke stasiun ini sendiri ({station}) ditolak.</source>
        <translation>Room connection to this station itself ({station}) refused.</translation>
    </message>
    <message>
        <source>{station} tidak terdaftar di pusat ujian stasiun ini; {what} ditolak.</source>
        <translation>{station} is not registered at this station&apos;s test centre; {what} refused.</translation>
    </message>
    <message>
        <source>Sertifikat {station} bukan yang didaftarkan HQ untuk pusat ujian ini; {what} ditolak.</source>
        <translation>The certificate of {station} is not the one HQ registered for this test centre; {what} refused.</translation>
    </message>
    <message>
        <source>mati</source>
        <translation>off</translation>
    </message>
    <message>
        <source>mencari hub di jaringan</source>
        <translation>searching for the hub on the network</translation>
    </message>
    <message>
        <source>menghubungi hub</source>
        <translation>contacting the hub</translation>
    </message>
    <message>
        <source>terhubung</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>menunggu untuk mencoba lagi</source>
        <translation>waiting to try again</translation>
    </message>
    <message>
        <source>Alamat hub ruang belum diatur dan pencarian di jaringan tidak diizinkan.</source>
        <translation>No room hub address is set and searching the network is not allowed.</translation>
    </message>
    <message>
        <source>Hub ruang menolak stasiun ini: {problem}</source>
        <translation>The room hub refused this station: {problem}</translation>
    </message>
    <message>
        <source>Hub ruang tidak menyapa dengan benar.</source>
        <translation>The room hub did not send a proper greeting.</translation>
    </message>
    <message>
        <source>Hub ruang tidak menjawab selama {seconds} detik.</source>
        <translation>The room hub has not answered for {seconds} seconds.</translation>
    </message>
    <message>
        <source>Salinan hub untuk ujian {attempt} berbeda dari stasiun ini.</source>
        <translation>The hub&apos;s copy of attempt {attempt} differs from this station&apos;s.</translation>
    </message>
    <message>
        <source>Hub ruang memutus sambungan: {problem}</source>
        <translation>The room hub dropped the connection: {problem}</translation>
    </message>
    <message>
        <source>Hub ruang menutup sambungan.</source>
        <translation>The room hub closed the connection.</translation>
    </message>
    <message>
        <source>TLS dengan hub ruang gagal ({problem}).</source>
        <translation>TLS with the room hub failed ({problem}).</translation>
    </message>
    <message>
        <source>Stasiun sibuk; pesan hub belum terjawab.</source>
        <translation>The station is busy; the hub&apos;s message has not been answered yet.</translation>
    </message>
    <message>
        <source>Hub ruang tidak dapat dihubungi: {problem}.</source>
        <translation>The room hub cannot be reached: {problem}.</translation>
    </message>
    <message>
        <source>Alamat hub harus berbentuk host:port (mis. 192.168.1.10:{port}), bukan {address!r}.</source>
        <translation>The hub address must look like host:port (e.g. 192.168.1.10:{port}), not {address!r}.</translation>
    </message>
    <message>
        <source>Belum ada paket ujian yang menempatkan stasiun ini di pusat ujian; ruang belum dapat dibentuk.</source>
        <translation>No exam package places this station in a test centre yet; the room cannot be formed.</translation>
    </message>
    <message>
        <source>PC pengawas: hub ruang mendengar di {listen}; {count} stasiun terdaftar di pusat ujian.</source>
        <translation>Proctor&apos;s PC: the room hub listens on {listen}; {count} stations registered at the test centre.</translation>
    </message>
    <message>
        <source>Hub ruang di {address}.</source>
        <translation>Room hub at {address}.</translation>
    </message>
    <message>
        <source>Hub ruang dicari lewat suarnya di jaringan lokal.</source>
        <translation>The room hub is found by its beacon on the local network.</translation>
    </message>
    <message>
        <source>Tanpa hub ruang: stasiun bekerja sendiri.</source>
        <translation>No room hub: the station works alone.</translation>
    </message>
    <message>
        <source>Ujian ini sudah dipegang stasiun {station}.</source>
        <translation>Station {station} already holds this attempt.</translation>
    </message>
    <message>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>menunggu peserta</source>
        <translation>waiting for a candidate</translation>
    </message>
    <message>
        <source>cek identitas</source>
        <translation>identity check</translation>
    </message>
    <message>
        <source>petunjuk</source>
        <translation>instructions</translation>
    </message>
    <message>
        <source>mengerjakan</source>
        <translation>working</translation>
    </message>
    <message>
        <source>meninjau</source>
        <translation>reviewing</translation>
    </message>
    <message>
        <source>menunggu pengawas</source>
        <translation>waiting for the proctor</translation>
    </message>
    <message>
        <source>dipindahkan</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>Sambungan</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Layar</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Belum tersalin</source>
        <translation>Not yet copied</translation>
    </message>
    <message>
        <source>Kontak terakhir</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>terputus</source>
        <translation>disconnected</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Kredensial pengawas ini telah dicabut oleh HQ; minta teknisi membuka stasiun dengan kata sandinya.</source>
        <translation>This proctor credential has been revoked by HQ; ask field IT to open the station with their passphrase.</translation>
    </message>
    <message>
        <source>membuka stasiun atau konsol</source>
        <translation>open the station or the console</translation>
    </message>
    <message>
        <source>menambah, menghapus atau mengganti slot kunci</source>
        <translation>add, remove or change key slots</translation>
    </message>
    <message>
        <source>memulihkan cadangan</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>memperbarui program stasiun</source>
        <translation>upgrade the station program</translation>
    </message>
    <message>
        <source>menghapus hasil yang sudah diterima HQ</source>
        <translation>delete results HQ has acknowledged</translation>
    </message>
    <message>
        <source>mengimpor tanda terima HQ</source>
        <translation>import HQ receipts</translation>
    </message>
    <message>
        <source>mendaftarkan stasiun ke HQ</source>
        <translation>enroll the station with HQ</translation>
    </message>
    <message>
        <source>mengimpor paket ujian</source>
        <translation>import exam packages</translation>
    </message>
    <message>
        <source>mengimpor daftar kredensial yang dicabut</source>
        <translation>import the list of revoked credentials</translation>
    </message>
    <message>
        <source>membuat cadangan</source>
        <translation>make backups</translation>
    </message>
    <message>
        <source>mengekspor atau mengimpor salinan ujian peserta</source>
        <translation>export or import a candidate&apos;s attempt copy</translation>
    </message>
    <message>
        <source>mengatur hub ruang</source>
        <translation>configure the room hub</translation>
    </message>
    <message>
        <source>membuka sesi dengan kode rilis</source>
        <translation>release a session with its release code</translation>
    </message>
    <message>
        <source>perintah pengawas (kehadiran, jeda, tambah waktu, akhiri, tutup sesi)</source>
        <translation>proctor commands (attendance, pause, extra time, end, close the session)</translation>
    </message>
    <message>
        <source>mencetak berita acara dan daftar hadir</source>
        <translation>print the session report and attendance list</translation>
    </message>
    <message>
        <source>mengesahkan di layar peserta (melanjutkan, keluar mode peserta)</source>
        <translation>vouch at the candidate screen (resume, leave candidate mode)</translation>
    </message>
    <message>
        <source>menjalankan hub ruang</source>
        <translation>run the room hub</translation>
    </message>
    <message>
        <source>mengekspor hasil untuk HQ</source>
        <translation>export results for HQ</translation>
    </message>
    <message>
        <source>Kredensial pengawas tidak boleh {what}; pekerjaan ini memerlukan kata sandi teknisi.</source>
        <translation>A proctor credential may not {what}; this work needs the field IT passphrase.</translation>
    </message>
    <message>
        <source>Kredensial ini untuk sesi {own}, bukan sesi {session}; pakai kredensial pengawas sesi {session} atau kata sandi teknisi.</source>
        <translation>This credential is for session {own}, not session {session}; use a proctor credential of session {session} or the field IT passphrase.</translation>
    </message>
    <message>
        <source>Kredensial pengawas sesi {sessions} hanya berlaku pada waktu sesinya (dengan kelonggaran dari paket); sekarang di luar waktu itu. Minta teknisi membuka stasiun dengan kata sandinya.</source>
        <translation>The proctor credential of session {sessions} works only around its session&apos;s time (with the package&apos;s margin); it is outside that time now. Ask field IT to open the station with their passphrase.</translation>
    </message>
    <message>
        <source>Sebutkan alasan pencabutan (--reason).</source>
        <translation>Give the reason for the revocation (--reason).</translation>
    </message>
    <message>
        <source>Kredensial {slot} paket {package} sudah dicabut.</source>
        <translation>Credential {slot} of package {package} is already revoked.</translation>
    </message>
    <message>
        <source>Paket {package} tidak memuat kredensial {slot}.</source>
        <translation>Package {package} holds no credential {slot}.</translation>
    </message>
    <message>
        <source>HQ tidak menyimpan paket {package}; kredensialnya tidak dapat dicabut di sini.</source>
        <translation>HQ does not keep package {package}; its credentials cannot be revoked here.</translation>
    </message>
    <message>
        <source>Layar {target} tidak dapat dibuka dari {current}.</source>
        <translation>The {target} screen cannot be opened from {current}.</translation>
    </message>
    <message>
        <source>Ujian ini sedang terbuka di jendela lain pada stasiun ini. Lanjutkan di jendela itu; bila jendela itu tidak terlihat, panggil pengawas untuk menutupnya, lalu coba lagi.</source>
        <translation>This attempt is open in another window on this station. Continue in that window; if it cannot be seen, call the proctor to close it, then try again.</translation>
    </message>
    <message>
        <source>Ujian peserta dengan NIP {nip} sedang terbuka di jendela lain pada stasiun ini. Lanjutkan di jendela itu; bila jendela itu tidak terlihat, panggil pengawas untuk menutupnya, lalu masuk lagi.</source>
        <translation>The attempt of the candidate with NIP {nip} is open in another window on this station. Continue in that window; if it cannot be seen, call the proctor to close it, then log in again.</translation>
    </message>
    <message>
        <source>Batas halaman tanda terima harus positif: --requests-per-minute lebih dari 0 dan --burst paling sedikit 1.</source>
        <translation>The receipt page&apos;s limits must be positive: --requests-per-minute above 0 and --burst at least 1.</translation>
    </message>
    <message>
        <source>--trusted-proxy harus alamat IP, bukan {address}.</source>
        <translation>--trusted-proxy must be an IP address, not {address}.</translation>
    </message>
    <message>
        <source>Periksa tanda terima ujian</source>
        <translation>Check your exam receipt</translation>
    </message>
    <message>
        <source>Masukkan kode tanda terima dan sidik jari jawaban yang tercetak pada bukti selesai ujian Anda untuk memeriksa apakah kiriman ujian Anda telah diterima HQ.</source>
        <translation>Enter the receipt code and the answer fingerprint printed on your exam completion receipt to check whether HQ has received your exam submission.</translation>
    </message>
    <message>
        <source>Kode tanda terima</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <source>10 huruf dan angka; tanda hubung boleh diketik atau tidak.</source>
        <translation>10 letters and digits; type the dash or leave it out.</translation>
    </message>
    <message>
        <source>Sidik jari jawaban</source>
        <translation>Answer fingerprint</translation>
    </message>
    <message>
        <source>26 huruf dan angka, tercetak di bawah tulisan „Sidik jari jawaban (128 bit)”.</source>
        <translation>26 letters and digits, printed under „Sidik jari jawaban (128 bit)” (answer fingerprint).</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Halaman ini hanya menyatakan apakah kiriman telah diterima. Nama, NIP dan hasil ujian tidak ditampilkan di sini; hasil disampaikan oleh instansi Anda.</source>
        <translation>This page only says whether the submission has been received. Names, NIPs and exam results are not shown here; your agency informs you of your results.</translation>
    </message>
    <message>
        <source>Sudah diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Belum diterima</source>
        <translation>Not yet received</translation>
    </message>
    <message>
        <source>Sidik jari tidak cocok</source>
        <translation>Fingerprint does not match</translation>
    </message>
    <message>
        <source>Isian tidak sah</source>
        <translation>Invalid entry</translation>
    </message>
    <message>
        <source>Kode tanda terima terdiri atas 10 huruf dan angka, misalnya 7K3QD-M2XWB.</source>
        <translation>A receipt code has 10 letters and digits, for example 7K3QD-M2XWB.</translation>
    </message>
    <message>
        <source>Sidik jari jawaban terdiri atas 26 huruf dan angka, tercetak dalam kelompok empat-empat.</source>
        <translation>An answer fingerprint has 26 letters and digits, printed in groups of four.</translation>
    </message>
    <message>
        <source>Permintaan tidak sah</source>
        <translation>Invalid request</translation>
    </message>
    <message>
        <source>Isi formulir di halaman ini lalu kirim.</source>
        <translation>Fill in the form on this page and submit it.</translation>
    </message>
    <message>
        <source>Halaman tidak ditemukan</source>
        <translation>Page not found</translation>
    </message>
    <message>
        <source>Alamat ini tidak ada.</source>
        <translation>This address does not exist.</translation>
    </message>
    <message>
        <source>Cara permintaan tidak diizinkan</source>
        <translation>Request method not allowed</translation>
    </message>
    <message>
        <source>Halaman ini hanya menerima formulirnya sendiri.</source>
        <translation>This page only accepts its own form.</translation>
    </message>
    <message>
        <source>Isian terlalu panjang</source>
        <translation>Entry too long</translation>
    </message>
    <message>
        <source>Kode dan sidik jari pada bukti selesai ujian jauh lebih pendek dari ini.</source>
        <translation>The code and fingerprint on the exam completion receipt are much shorter than this.</translation>
    </message>
    <message>
        <source>Terlalu banyak permintaan</source>
        <translation>Too many requests</translation>
    </message>
    <message>
        <source>Terlalu banyak pemeriksaan dari alamat Anda. Coba lagi dalam {seconds} detik.</source>
        <translation>Too many checks from your address. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Terjadi gangguan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Pemeriksaan tidak dapat dilakukan sekarang. Coba lagi nanti.</source>
        <translation>The check cannot be done right now. Try again later.</translation>
    </message>
    <message>
        <source>Kiriman ujian dengan kode {code} telah diterima HQ.</source>
        <translation>The exam submission with code {code} has been received by HQ.</translation>
    </message>
    <message>
        <source>Kiriman ujian dengan kode {code} telah diterima HQ pada {when}.</source>
        <translation>The exam submission with code {code} was received by HQ on {when}.</translation>
    </message>
    <message>
        <source>Kiriman ujian dengan kode {code} belum diterima HQ. Kiriman dari pusat uji dapat memakan waktu beberapa hari; periksa lagi nanti.</source>
        <translation>The exam submission with code {code} has not yet been received by HQ. Submissions from test centres can take a few days; check again later.</translation>
    </message>
    <message>
        <source>Sidik jari jawaban yang Anda masukkan tidak cocok dengan kiriman berkode {code}. Periksa kembali kode dan sidik jari pada bukti selesai ujian Anda; bila tetap tidak cocok, hubungi panitia seleksi instansi Anda.</source>
        <translation>The fingerprint you entered does not match the submission with code {code}. Check the code and fingerprint on your proof of completion again; if they still do not match, contact your agency&apos;s selection committee.</translation>
    </message>
    <message>
        <source>Hub ruang gagal menjalankan permintaan: {problem}</source>
        <translation>The room hub failed to carry out the request: {problem}</translation>
    </message>
    <message>
        <source>Hub ruang tanpa jendela tidak berjalan di PC ini; jalankan dulu &apos;station hub serve&apos;, atau pakai tab Ruang di jendela petugas.</source>
        <translation>The headless room hub is not running on this PC; start &apos;station hub serve&apos; first, or use the Room tab of the staff window.</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Hub ruang tidak menjawab dalam {seconds} detik.</source>
        <translation>The room hub did not answer within {seconds} seconds.</translation>
    </message>
    <message>
        <source>Isi NIP dan token sesi.</source>
        <translation>Enter your NIP and the session token.</translation>
    </message>
    <message>
        <source>Belum ada sesi yang dibuka dengan kode rilis di stasiun ini.</source>
        <translation>No session on this station has been released with its release code yet.</translation>
    </message>
    <message>
        <source>Menunggu kode rilis dari hub ruang…</source>
        <translation>Waiting for the release code from the room hub…</translation>
    </message>
    <message>
        <source>Belum ada sesi yang dibuka dengan kode rilis di stasiun ini, dan hub ruang belum mengirimnya. Minta pengawas memasukkan kode rilis di PC pengawas.</source>
        <translation>No session on this station has been released, and the room hub has not sent the release code yet. Ask the proctor to enter the release code on the proctor&apos;s PC.</translation>
    </message>
    <message>
        <source>Bagian “{title}” sudah terkirim. Anda boleh beristirahat sejenak: waktu bagian berikutnya baru berjalan setelah Anda menekan Mulai.</source>
        <translation>Section “{title}” has been submitted. You may take a short break: the next section&apos;s time only starts when you press Start.</translation>
    </message>
    <message>
        <source>Waktu bagian “{title}” habis. Semua jawaban Anda sudah tersimpan dan bagian ini dikirim otomatis.</source>
        <translation>Time is up for section “{title}”. All your answers are saved and the section was submitted automatically.</translation>
    </message>
    <message>
        <source>Waktu bagian ini habis. Semua jawaban Anda sudah tersimpan dan bagian ini dikirim otomatis.</source>
        <translation>Time is up for this section. All your answers are saved and the section has been submitted automatically.</translation>
    </message>
    <message>
        <source>Waktu ujian habis; semua jawaban yang tersimpan telah dikirim.</source>
        <translation>Exam time is up; every saved answer has been submitted.</translation>
    </message>
    <message>
        <source>Pengawas mengakhiri ujian Anda. Semua jawaban yang tersimpan telah dikirim.</source>
        <translation>The proctor ended your exam. Every saved answer has been submitted.</translation>
    </message>
    <message>
        <source>Pengawas menghentikan ujian Anda. Tanyakan kelanjutannya kepada pengawas.</source>
        <translation>The proctor stopped your exam. Ask the proctor what happens next.</translation>
    </message>
    <message>
        <source>Pengawas memindahkan ujian Anda ke stasiun {station}. Silakan pindah ke kursi yang ditunjuk pengawas; jawaban Anda sudah ada di sana.</source>
        <translation>The proctor has moved your exam to station {station}. Please go to the seat the proctor shows you; your answers are already there.</translation>
    </message>
    <message>
        <source>Ujian Anda tidak dapat dibuka di komputer ini. Panggil pengawas: teknisi memeriksanya (Diagnosa) atau memindahkan Anda ke komputer lain.</source>
        <translation>Your attempt cannot be opened on this computer. Call the proctor: field IT checks it (Diagnostics) or moves you to another computer.</translation>
    </message>
    <message>
        <source>Membuka stasiun…</source>
        <translation>Opening the station…</translation>
    </message>
    <message>
        <source>Memeriksa ujian yang terputus…</source>
        <translation>Checking the interrupted exam…</translation>
    </message>
    <message>
        <source>Memeriksa NIP dan token…</source>
        <translation>Checking NIP and token…</translation>
    </message>
    <message>
        <source>Menyiapkan latihan…</source>
        <translation>Preparing the practice…</translation>
    </message>
    <message>
        <source>Memeriksa kredensial pengawas…</source>
        <translation>Checking the proctor credential…</translation>
    </message>
    <message>
        <source>mengelola akun petugas HQ</source>
        <translation>manage HQ operator accounts</translation>
    </message>
    <message>
        <source>mengubah slot kata sandi kunci HQ</source>
        <translation>change the HQ keys&apos; passphrase slots</translation>
    </message>
    <message>
        <source>menulis berkas kepercayaan</source>
        <translation>write the trust files</translation>
    </message>
    <message>
        <source>membuat paket ujian</source>
        <translation>build exam packages</translation>
    </message>
    <message>
        <source>membuat paket pembaruan program</source>
        <translation>build program update packages</translation>
    </message>
    <message>
        <source>menerbitkan identitas layanan unggah</source>
        <translation>issue the upload service&apos;s identity</translation>
    </message>
    <message>
        <source>mencabut stasiun</source>
        <translation>revoke stations</translation>
    </message>
    <message>
        <source>menerbitkan CRL</source>
        <translation>issue CRLs</translation>
    </message>
    <message>
        <source>mencabut kredensial pengawas</source>
        <translation>revoke proctor credentials</translation>
    </message>
    <message>
        <source>merapikan data HQ (hapus, selesaikan konflik)</source>
        <translation>tidy HQ&apos;s data (delete, resolve conflicts)</translation>
    </message>
    <message>
        <source>membaca dan memeriksa log akses</source>
        <translation>read and verify the access log</translation>
    </message>
    <message>
        <source>menyiapkan peran basis data layanan</source>
        <translation>set up the services&apos; database roles</translation>
    </message>
    <message>
        <source>mendaftarkan stasiun</source>
        <translation>enroll stations</translation>
    </message>
    <message>
        <source>melihat daftar stasiun</source>
        <translation>list the stations</translation>
    </message>
    <message>
        <source>menerima bundel hasil</source>
        <translation>ingest result bundles</translation>
    </message>
    <message>
        <source>membuka isi bundel</source>
        <translation>open a bundle&apos;s contents</translation>
    </message>
    <message>
        <source>menilai ujian</source>
        <translation>score attempts</translation>
    </message>
    <message>
        <source>menilai ulang ujian</source>
        <translation>rescore attempts</translation>
    </message>
    <message>
        <source>mencatat tinjauan manusia</source>
        <translation>record human reviews</translation>
    </message>
    <message>
        <source>memuat nilai kinerja</source>
        <translation>load performance ratings</translation>
    </message>
    <message>
        <source>mencetak profil pegawai</source>
        <translation>print a civil servant&apos;s profile</translation>
    </message>
    <message>
        <source>melihat ujian yang diterima</source>
        <translation>list the attempts received</translation>
    </message>
    <message>
        <source>melihat anomali</source>
        <translation>view anomalies</translation>
    </message>
    <message>
        <source>memeriksa kode tanda terima</source>
        <translation>look up receipt codes</translation>
    </message>
    <message>
        <source>mencetak ringkasan instansi</source>
        <translation>print the agency&apos;s summary</translation>
    </message>
    <message>
        <source>mengekspor hasil ke sistem kepegawaian</source>
        <translation>export results for the HR system</translation>
    </message>
    <message>
        <source>Log akses di basis data ini sudah ditandatangani, tetapi kunci log akses tidak ada di {path}; salin keys/access-log.key dan certs/access-log.pub dari komputer HQ yang pertama.</source>
        <translation>The access log in this database is already signed, but the access-log key is not at {path}; copy keys/access-log.key and certs/access-log.pub from the first HQ machine.</translation>
    </message>
    <message>
        <source>Kunci publik log akses {file} tidak ada.</source>
        <translation>The access log&apos;s public key {file} is missing.</translation>
    </message>
    <message>
        <source>Baris tanpa nomor urut (id {id}, {operator} {action}) disisipkan di luar log.</source>
        <translation>A line without a sequence number (id {id}, {operator} {action}) was inserted outside the log.</translation>
    </message>
    <message>
        <source>Rantai putus sebelum baris {seq}: baris sebelumnya diganti atau dihapus.</source>
        <translation>The chain breaks before line {seq}: the line before it was replaced or deleted.</translation>
    </message>
    <message>
        <source>Baris {seq} diubah setelah ditulis ({operator} {action} {subject}).</source>
        <translation>Line {seq} was changed after it was written ({operator} {action} {subject}).</translation>
    </message>
    <message>
        <source>Akun petugas {name} (peran: {roles}) tidak cocok dengan log akses yang ditandatangani: akun atau perannya diubah di luar HQ.</source>
        <translation>Operator account {name} (roles: {roles}) does not match the signed access log: the account or its roles were changed outside HQ.</translation>
    </message>
    <message>
        <source>Berkas kepala log akses {file} hilang atau rusak; ujung log tidak dapat diperiksa.</source>
        <translation>The access log&apos;s head file {file} is missing or damaged; the end of the log cannot be checked.</translation>
    </message>
    <message>
        <source>Berkas kepala log akses {file} diubah (tanda tangan salah).</source>
        <translation>The access log&apos;s head file {file} was changed (wrong signature).</translation>
    </message>
    <message>
        <source>Ujung log terpotong: baris {seq} hilang (kepala log yang ditandatangani menyebut baris {seq}).</source>
        <translation>The end of the log was cut off: line {seq} is missing (the signed head names line {seq}).</translation>
    </message>
    <message>
        <source>Ujung log terpotong: baris {first} sampai {last} hilang (kepala log yang ditandatangani menyebut baris {last}).</source>
        <translation>The end of the log was cut off: lines {first} to {last} are missing (the signed head names line {last}).</translation>
    </message>
    <message>
        <source>Baris {seq} bukan baris yang ditandatangani di kepala log.</source>
        <translation>Line {seq} is not the line the signed head names.</translation>
    </message>
    <message>
        <source>Nomor urut {seq} muncul dua kali atau mundur.</source>
        <translation>Sequence number {seq} appears twice or goes backwards.</translation>
    </message>
    <message>
        <source>Baris {seq} hilang dari tengah log.</source>
        <translation>Line {seq} is missing from the middle of the log.</translation>
    </message>
    <message>
        <source>Baris {first} sampai {last} hilang dari tengah log.</source>
        <translation>Lines {first} to {last} are missing from the middle of the log.</translation>
    </message>
    <message>
        <source>Nama petugas {name!r} tidak boleh kosong, berisi spasi, koma atau karakter kendali, atau lebih dari 64 huruf.</source>
        <translation>Operator name {name!r} may not be empty, contain spaces, commas or control characters, or be longer than 64 characters.</translation>
    </message>
    <message>
        <source>Kata sandi petugas harus sedikitnya {count} karakter.</source>
        <translation>An operator password must be at least {count} characters.</translation>
    </message>
    <message>
        <source>Petugas {name} tidak dikenal di HQ ini; minta admin menambahkannya.</source>
        <translation>Operator {name} is not known at this HQ; ask an admin to add them.</translation>
    </message>
    <message>
        <source>Akun petugas {name} telah dihapus; minta admin bila perlu.</source>
        <translation>Operator {name}&apos;s account was removed; ask an admin if needed.</translation>
    </message>
    <message>
        <source>Terlalu banyak kata sandi salah untuk petugas {name}; coba lagi dalam {seconds} detik.</source>
        <translation>Too many wrong passwords for operator {name}; try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Petugas {name} masuk dengan berkas kunci; pakai --key-file.</source>
        <translation>Operator {name} signs in with a key file; use --key-file.</translation>
    </message>
    <message>
        <source>Kata sandi atau berkas kunci petugas {name} salah.</source>
        <translation>Wrong password or key file for operator {name}.</translation>
    </message>
    <message>
        <source>Belum ada petugas yang masuk; sebutkan --operator (atau CACT_HQ_OPERATOR) dan kata sandinya.</source>
        <translation>No operator has signed in; give --operator (or CACT_HQ_OPERATOR) and their password.</translation>
    </message>
    <message>
        <source>Petugas {name} (peran: {roles}) tidak boleh {what}; perlu peran {needed}.</source>
        <translation>Operator {name} (roles: {roles}) may not {what}; this needs the role {needed}.</translation>
    </message>
    <message>
        <source>HQ ini sudah mempunyai petugas; petugas baru ditambahkan oleh admin dengan &apos;station hq operator add&apos;.</source>
        <translation>This HQ already has operators; an admin adds new ones with &apos;station hq operator add&apos;.</translation>
    </message>
    <message>
        <source>Sebutkan sedikitnya satu peran (--role).</source>
        <translation>Give at least one role (--role).</translation>
    </message>
    <message>
        <source>Petugas {name} sudah ada.</source>
        <translation>Operator {name} already exists.</translation>
    </message>
    <message>
        <source>Berkas kunci {file} sudah ada; pilih nama berkas baru (berkas lama tidak ditimpa).</source>
        <translation>Key file {file} already exists; choose a new file name (an old file is never overwritten).</translation>
    </message>
    <message>
        <source>Sebutkan kata sandi atau --key-file untuk petugas.</source>
        <translation>Give a password or --key-file for the operator.</translation>
    </message>
    <message>
        <source>Petugas {name} tidak ada.</source>
        <translation>There is no operator {name}.</translation>
    </message>
    <message>
        <source>{name} adalah admin terakhir HQ ini; tambahkan admin lain dulu sebelum menghapusnya.</source>
        <translation>{name} is this HQ&apos;s last admin; add another admin before removing them.</translation>
    </message>
    <message>
        <source>ujian</source>
        <translation>attempts</translation>
    </message>
    <message>
        <source>daftar peserta</source>
        <translation>roster</translation>
    </message>
    <message>
        <source>nilai kinerja</source>
        <translation>performance rating</translation>
    </message>
    <message>
        <source>id SIASN</source>
        <translation>SIASN ids</translation>
    </message>
    <message>
        <source>baris daftar peserta (nama, golongan, jabatan, unit)</source>
        <translation>roster rows (name, rank, position, unit)</translation>
    </message>
    <message>
        <source>kejadian</source>
        <translation>events</translation>
    </message>
    <message>
        <source>jawaban</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>skor dan profil</source>
        <translation>scores and profiles</translation>
    </message>
    <message>
        <source>tinjauan</source>
        <translation>reviews</translation>
    </message>
    <message>
        <source>Ujian {attempt}  NIP {nip}  sesi {session}</source>
        <translation>Attempt {attempt}  NIP {nip}  session {session}</translation>
    </message>
    <message>
        <source>disimpan HQ</source>
        <translation>held by HQ</translation>
    </message>
    <message>
        <source>bertentangan</source>
        <translation>conflicting</translation>
    </message>
    <message>
        <source>  {copy}  [{state}]</source>
        <translation>  {copy}  [{state}]</translation>
    </message>
    <message>
        <source>{count} ujian berkonflik.</source>
        <translation>{count} attempts in conflict.</translation>
    </message>
    <message>
        <source>Konflik ujian {attempt} diselesaikan: salinan {kept} dipakai.</source>
        <translation>Conflict of attempt {attempt} resolved: copy {kept} is kept.</translation>
    </message>
    <message>
        <source>  tetap tercatat, tidak dipakai: {copy}</source>
        <translation>  kept on record, not used: {copy}</translation>
    </message>
    <message>
        <source>Jalankan &apos;station hq score&apos; untuk menilainya.</source>
        <translation>Run &apos;station hq score&apos; to score it.</translation>
    </message>
    <message>
        <source>Penahanan {id} dicatat untuk {subject} (rujukan {reference}).</source>
        <translation>Legal hold {id} recorded for {subject} (reference {reference}).</translation>
    </message>
    <message>
        <source>{id}  {when}  {subject}  rujukan {reference}  oleh {by}: {reason}</source>
        <translation>{id}  {when}  {subject}  reference {reference}  by {by}: {reason}</translation>
    </message>
    <message>
        <source>{count} penahanan aktif.</source>
        <translation>{count} active legal holds.</translation>
    </message>
    <message>
        <source>Penahanan {id} dicabut.</source>
        <translation>Legal hold {id} lifted.</translation>
    </message>
    <message>
        <source>Kebijakan masa simpan {version}: {source}</source>
        <translation>Retention policy {version}: {source}</translation>
    </message>
    <message>
        <source>  dihapus  {kind}  {subject}: {why}</source>
        <translation>  removed  {kind}  {subject}: {why}</translation>
    </message>
    <message>
        <source>  disimpan {kind}  {subject}: {why}</source>
        <translation>  kept     {kind}  {subject}: {why}</translation>
    </message>
    <message>
        <source>Uji coba: {due} akan dihapus, {kept} tetap disimpan; tidak ada yang diubah.</source>
        <translation>Dry run: {due} will be removed, {kept} kept; nothing was changed.</translation>
    </message>
    <message>
        <source>Tidak ada yang jatuh tempo; tidak ada yang diubah.</source>
        <translation>Nothing is due; nothing was changed.</translation>
    </message>
    <message>
        <source>{due} dihapus, {kept} tetap disimpan; nisan {tombstone} dicatat.</source>
        <translation>{due} removed, {kept} kept; tombstone {tombstone} recorded.</translation>
    </message>
    <message>
        <source>Dihapus atas permintaan {reference}:</source>
        <translation>Deleted on request {reference}:</translation>
    </message>
    <message>
        <source>Uji coba; yang akan dihapus atas permintaan {reference}:</source>
        <translation>Dry run; to be deleted on request {reference}:</translation>
    </message>
    <message>
        <source>  {count} {what}</source>
        <translation>  {count} {what}</translation>
    </message>
    <message>
        <source>Yang tetap disimpan, dan alasannya:</source>
        <translation>What is kept, and why:</translation>
    </message>
    <message>
        <source>  - {kept}</source>
        <translation>  - {kept}</translation>
    </message>
    <message>
        <source>Nisan {tombstone} dicatat.</source>
        <translation>Tombstone {tombstone} recorded.</translation>
    </message>
    <message>
        <source>Tidak ada yang dihapus. Ulangi dengan --confirm untuk menghapus.</source>
        <translation>Nothing was deleted. Run again with --confirm to delete.</translation>
    </message>
    <message>
        <source>{id}  {when}  {operator}  {action}  kebijakan {policy}  rujukan {reference}  {attempts} ujian  {detail}</source>
        <translation>{id}  {when}  {operator}  {action}  policy {policy}  reference {reference}  {attempts} attempts  {detail}</translation>
    </message>
    <message>
        <source>{count} nisan.</source>
        <translation>{count} tombstones.</translation>
    </message>
    <message>
        <source>salinan ujian yang bertentangan: daftar dan pilih</source>
        <translation>conflicting copies of an attempt: list and choose</translation>
    </message>
    <message>
        <source>ujian yang berkonflik</source>
        <translation>attempts in conflict</translation>
    </message>
    <message>
        <source>pilih salinan yang berlaku, dengan alasan</source>
        <translation>choose the copy that counts, with a reason</translation>
    </message>
    <message>
        <source>salinan yang dipakai: id bundel, stasiun, STASIUN#NOMOR atau awal kepala rantai</source>
        <translation>the copy to keep: bundle id, station, STATION#NUMBER or the start of the chain head</translation>
    </message>
    <message>
        <source>alasan pilihan</source>
        <translation>reason for the choice</translation>
    </message>
    <message>
        <source>penahanan data untuk keperluan hukum</source>
        <translation>legal holds on data</translation>
    </message>
    <message>
        <source>tahan data seseorang atau satu ujian</source>
        <translation>hold a person&apos;s data or one attempt</translation>
    </message>
    <message>
        <source>NIP yang ditahan</source>
        <translation>the NIP to hold</translation>
    </message>
    <message>
        <source>ujian yang ditahan</source>
        <translation>the attempt to hold</translation>
    </message>
    <message>
        <source>rujukan perkara atau surat</source>
        <translation>case or letter reference</translation>
    </message>
    <message>
        <source>alasan penahanan</source>
        <translation>reason for the hold</translation>
    </message>
    <message>
        <source>penahanan aktif</source>
        <translation>active legal holds</translation>
    </message>
    <message>
        <source>cabut penahanan</source>
        <translation>lift a legal hold</translation>
    </message>
    <message>
        <source>hapus data yang melewati masa simpan menurut kebijakan</source>
        <translation>remove data past its retention period under the policy</translation>
    </message>
    <message>
        <source>hanya tampilkan apa yang akan dihapus dan mengapa</source>
        <translation>only show what would be removed and why</translation>
    </message>
    <message>
        <source>berkas kebijakan masa simpan instansi (bawaan: kebijakan bawaan aplikasi)</source>
        <translation>the agency&apos;s retention policy file (default: the application&apos;s built-in policy)</translation>
    </message>
    <message>
        <source>apa yang dihapus, kapan, dengan kebijakan apa, oleh siapa</source>
        <translation>what was removed, when, under which policy, by whom</translation>
    </message>
    <message>
        <source>data seorang pegawai</source>
        <translation>one employee&apos;s data</translation>
    </message>
    <message>
        <source>hapus data seseorang atas permintaan yang sah (uji coba tanpa --confirm)</source>
        <translation>delete a person&apos;s data on a valid request (a dry run without --confirm)</translation>
    </message>
    <message>
        <source>rujukan permintaan</source>
        <translation>request reference</translation>
    </message>
    <message>
        <source>alasan penghapusan</source>
        <translation>reason for the deletion</translation>
    </message>
    <message>
        <source>benar-benar hapus (bawaan: uji coba)</source>
        <translation>really delete (default: dry run)</translation>
    </message>
    <message>
        <source>Ujian {attempt} tidak ada di HQ.</source>
        <translation>Attempt {attempt} is not at HQ.</translation>
    </message>
    <message>
        <source>Ujian {attempt} tidak sedang berkonflik; tidak ada salinan yang perlu dipilih.</source>
        <translation>Attempt {attempt} is not in conflict; there is no copy to choose.</translation>
    </message>
    <message>
        <source>Salinan {copy} tidak dikenal untuk ujian {attempt}. Salinannya: {copies}.</source>
        <translation>Copy {copy} is not known for attempt {attempt}. Its copies: {copies}.</translation>
    </message>
    <message>
        <source>{copy} cocok dengan lebih dari satu salinan ujian {attempt}: {copies}. Sebut id bundelnya.</source>
        <translation>{copy} matches more than one copy of attempt {attempt}: {copies}. Name its bundle id.</translation>
    </message>
    <message>
        <source>Penyelesaian konflik perlu alasan (--reason); tidak ada yang diubah.</source>
        <translation>Resolving a conflict needs a reason (--reason); nothing was changed.</translation>
    </message>
    <message>
        <source>Salinan {copy} harus dibuka lagi dari bundelnya: perlu kata sandi HQ.</source>
        <translation>Copy {copy} must be opened again from its bundle: the HQ passphrase is needed.</translation>
    </message>
    <message>
        <source>Berkas bundel salinan {copy} tidak ada lagi: {file}.</source>
        <translation>The bundle file of copy {copy} is gone: {file}.</translation>
    </message>
    <message>
        <source>Alamat basis data {url} tidak dikenal: gunakan postgresql://PERAN@HOST:PORT/NAMA_BASIS_DATA.</source>
        <translation>Database address {url} is not recognised: use postgresql://ROLE@HOST:PORT/DATABASE_NAME.</translation>
    </message>
    <message>
        <source>Alamat basis data tidak dapat dibaca: {problem}.</source>
        <translation>The database address cannot be read: {problem}.</translation>
    </message>
    <message>
        <source>Alamat basis data memuat kata sandi; kata sandi tidak boleh disimpan di folder HQ. Hapus kata sandi dari alamat dan simpan di berkas .pgpass (atau PGPASSFILE, atau berkas layanan pg_service.conf); lihat docs/hq-database.md.</source>
        <translation>The database address contains a password; passwords must not be stored in the HQ folder. Remove the password from the address and keep it in a .pgpass file (or PGPASSFILE, or a pg_service.conf service file); see docs/hq-database.md.</translation>
    </message>
    <message>
        <source>Alamat basis data {url} tidak menyebut nama basis data (…/NAMA_BASIS_DATA).</source>
        <translation>Database address {url} names no database (…/DATABASE_NAME).</translation>
    </message>
    <message>
        <source>Berkas {file} tidak dapat dibaca: {problem}.</source>
        <translation>File {file} cannot be read: {problem}.</translation>
    </message>
    <message>
        <source>Berkas {file} rusak atau bukan pilihan basis data HQ; tulis ulang dengan &apos;station hq init --database&apos;.</source>
        <translation>File {file} is damaged or is not an HQ database choice; write it again with &apos;station hq init --database&apos;.</translation>
    </message>
    <message>
        <source>Buku besar bundel (stasiun, nomor, SHA-256) dan tanda terima bertanda tangan HQ: bukti penerimaan bagi stasiun.</source>
        <translation>The bundle ledger (station, number, SHA-256) and HQ&apos;s signed receipts: proof of receipt for the station.</translation>
    </message>
    <message>
        <source>Kode tanda terima dan sidik segel ujiannya (erased_attempts), tanpa nama atau NIP: bukti bahwa ujiannya sampai.</source>
        <translation>The receipt code and seal fingerprint of their attempts (erased_attempts), without name or NIP: proof that the attempt arrived.</translation>
    </message>
    <message>
        <source>Log akses, termasuk baris lama yang menyebut NIP ini: akuntabilitas setiap pemrosesan (UU 27/2022 Pasal 31).</source>
        <translation>The access log, including earlier lines naming this NIP: accountability for every processing (UU 27/2022 Article 31).</translation>
    </message>
    <message>
        <source>Nisan dengan rujukan permintaan, tanpa NIP: bukti bahwa permintaan dilaksanakan, kapan dan oleh siapa.</source>
        <translation>A tombstone with the request reference, without the NIP: proof that the request was carried out, when and by whom.</translation>
    </message>
    <message>
        <source>Berkas bundel di bundles/: tersegel untuk kunci hasil HQ dan memuat ujian orang lain juga; ujian orang ini tidak dimuat lagi bila bundelnya diterima ulang.</source>
        <translation>The bundle files in bundles/: sealed to the HQ results key and holding other people&apos;s attempts too; this person&apos;s attempts are not loaded again if the bundle is ingested again.</translation>
    </message>
    <message>
        <source>PDF profil dan berkas ekspor yang pernah ditulis berada di luar hq.db: petugas menghapusnya sendiri (log akses mencatat nama berkasnya).</source>
        <translation>Profile PDFs and export files written earlier are outside hq.db: staff delete them themselves (the access log names the files).</translation>
    </message>
    <message>
        <source>lebih dari {years} tahun sejak {after} (kebijakan {version})</source>
        <translation>more than {years} years since {after} (policy {version})</translation>
    </message>
    <message>
        <source>konflik salinan belum diselesaikan</source>
        <translation>conflicting copies not resolved</translation>
    </message>
    <message>
        <source>{count} anomali belum selesai</source>
        <translation>{count} open anomalies</translation>
    </message>
    <message>
        <source>skornya masih berlaku</source>
        <translation>its score is still current</translation>
    </message>
    <message>
        <source>ujiannya di sesi ini masih disimpan</source>
        <translation>their attempt in this session is still kept</translation>
    </message>
    <message>
        <source>tidak ada lagi daftar peserta atau ujian orang ini</source>
        <translation>no roster row or attempt of this person is left</translation>
    </message>
    <message>
        <source>Penghapusan perlu rujukan permintaan (--request); tidak ada yang dihapus.</source>
        <translation>A deletion needs the request reference (--request); nothing was deleted.</translation>
    </message>
    <message>
        <source>Penghapusan perlu alasan (--reason); tidak ada yang dihapus.</source>
        <translation>A deletion needs a reason (--reason); nothing was deleted.</translation>
    </message>
    <message>
        <source>HQ tidak menyimpan data apa pun untuk NIP {nip}.</source>
        <translation>HQ holds no data for NIP {nip}.</translation>
    </message>
    <message>
        <source>Data NIP {nip} ditahan untuk keperluan hukum (rujukan {reference}); tidak ada yang dihapus.</source>
        <translation>The data of NIP {nip} is under legal hold (reference {reference}); nothing was deleted.</translation>
    </message>
    <message>
        <source>Sebut satu: --nip atau --attempt.</source>
        <translation>Name one: --nip or --attempt.</translation>
    </message>
    <message>
        <source>Penahanan perlu rujukan (--reference) dan alasan (--reason).</source>
        <translation>A legal hold needs a reference (--reference) and a reason (--reason).</translation>
    </message>
    <message>
        <source>Tidak ada penahanan aktif bernomor {id}.</source>
        <translation>There is no active legal hold number {id}.</translation>
    </message>
    <message>
        <source>ditahan untuk keperluan hukum (rujukan {reference})</source>
        <translation>under legal hold (reference {reference})</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Cadangkan stasiun</source>
        <translation>Back up station</translation>
    </message>
    <message>
        <source>Boleh dilakukan saat sesi berjalan: peserta tetap menjawab dan setiap jawaban tetap tersimpan. Cadangan dibaca ulang dan diperiksa setelah ditulis. Isinya tersegel seperti basis data stasiun; simpan seaman stasiun itu sendiri.</source>
        <translation>Can be done while a session is running: candidates keep answering and every answer is still saved. The backup is read back and verified after writing. Its contents are sealed like the station database; keep it as securely as the station itself.</translation>
    </message>
    <message>
        <source>Cadangkan ke folder…</source>
        <translation>Back up to folder…</translation>
    </message>
    <message>
        <source>Berkas cadangan</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>SHA-256 cadangan</source>
        <translation>Backup SHA-256</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Salin berkas dan SHA-256.</source>
        <translation>Copy the file and SHA-256.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Untuk komputer pengganti atau folder data yang rusak. Cadangan dipulihkan ke folder data baru yang masih kosong; stasiun yang sedang terbuka di sini tidak berubah. Setelah itu tutup aplikasi dan jalankan lagi dengan folder data hasil pemulihan, buka dengan kata sandi stasiun, lalu jalankan Diagnosa.</source>
        <translation>For a replacement computer or a damaged data folder. The backup is restored to a new, empty data folder; the station currently open here does not change. Afterwards, close the application and run it again with the restored data folder, unlock it with the station passphrase, then run Diagnostics.</translation>
    </message>
    <message>
        <source>Ujian yang belum selesai saat dicadangkan dilanjutkan di soal yang sama setelah pengawas memutuskan selisih waktunya.</source>
        <translation>Attempts unfinished at backup time resume at the same item once the proctor has decided on the time gap.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>Folder data baru</source>
        <translation>New data folder</translation>
    </message>
    <message>
        <source>Cadangkan ke folder (flashdisk atau disk lain)</source>
        <translation>Back up to a folder (USB drive or another disk)</translation>
    </message>
    <message>
        <source>Mencadangkan ke {folder}…</source>
        <translation>Backing up to {folder}…</translation>
    </message>
    <message>
        <source>Cadangan tidak dibuat. {reason}</source>
        <translation>No backup was created. {reason}</translation>
    </message>
    <message>
        <source>{attempts} ujian ({live} belum selesai), {events} kejadian, {bundles} bundel · {size} MiB</source>
        <translation>{attempts} attempts ({live} unfinished), {events} events, {bundles} bundles · {size} MiB</translation>
    </message>
    <message>
        <source>✓ Cadangan ditulis, dibaca ulang dan diperiksa.</source>
        <translation>✓ Backup written, read back and verified.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>Cadangan CACT (*.cactbak);;Semua berkas (*)</source>
        <translation>CACT backups (*.cactbak);;All files (*)</translation>
    </message>
    <message>
        <source>Pilih folder data baru yang kosong</source>
        <translation>Choose an empty new data folder</translation>
    </message>
    <message>
        <source>Pulihkan cadangan?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>Pulihkan {file} ke folder {folder}?

Folder itu menjadi folder data stasiun hasil pemulihan. Setelah selesai, tutup aplikasi dan jalankan lagi dengan folder data tersebut.</source>
        <translation>Restore {file} to folder {folder}?

That folder becomes the data folder of the restored station. When finished, close the application and run it again with that data folder.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak kosong. Pulihkan ke folder data baru yang kosong.</source>
        <translation>Folder {folder} is not empty. Restore to a new, empty data folder.</translation>
    </message>
    <message>
        <source>Memulihkan {file}…</source>
        <translation>Restoring {file}…</translation>
    </message>
    <message>
        <source>Cadangan tidak dipulihkan; tidak ada yang berubah. {reason}</source>
        <translation>Backup not restored; nothing has changed. {reason}</translation>
    </message>
    <message>
        <source>Cadangan {file} dipulihkan: stasiun {station}, dibuat {created}.</source>
        <translation>Backup {file} restored: station {station}, created {created}.</translation>
    </message>
    <message>
        <source>{live} ujian belum selesai saat dicadangkan; ujian itu dilanjutkan setelah pengawas memutuskan selisih waktunya.</source>
        <translation>{live} attempts were unfinished at backup time; they resume once the proctor has decided on the time gap.</translation>
    </message>
    <message>
        <source>Tutup aplikasi ini sekarang dan jalankan lagi dengan folder data baru di bawah; sampai itu, aplikasi ini tetap memakai folder data lamanya ({current}).</source>
        <translation>Close this application now and run it again with the new data folder below; until then, this application keeps using its old data folder ({current}).</translation>
    </message>
</context>
<context>
    <name>CandidateWindow</name>
    <message>
        <source>CACT Station — Ujian</source>
        <translation>CACT Station — Exam</translation>
    </message>
    <message>
        <source>Penyimpanan gagal ({problem}). Panggil pengawas.</source>
        <translation>Saving failed ({problem}). Call the proctor.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan ({problem}). Panggil pengawas.</source>
        <translation>Something went wrong ({problem}). Call the proctor.</translation>
    </message>
    <message>
        <source>Ujian tidak dapat dibuka</source>
        <translation>The exam cannot be opened</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>{count} soal · {minutes} menit</source>
        <translation>{count} items · {minutes} minutes</translation>
    </message>
    <message>
        <source>Bagian {number} dari {total}</source>
        <translation>Section {number} of {total}</translation>
    </message>
    <message>
        <source>Bacalah setiap soal dengan saksama.</source>
        <translation>Read every item carefully.</translation>
    </message>
    <message>
        <source>Belum tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Soal {number} dari {total} · dijawab {answered}</source>
        <translation>Item {number} of {total} · {answered} answered</translation>
    </message>
    <message>
        <source>Tinjau &amp; kirim ▶</source>
        <translation>Review &amp; submit ▶</translation>
    </message>
    <message>
        <source>Soal {number} dari {total}</source>
        <translation>Item {number} of {total}</translation>
    </message>
    <message>
        <source>Berikutnya (N) ▶</source>
        <translation>Next (N) ▶</translation>
    </message>
    <message>
        <source>Soal ini menerima paling banyak {limit} jawaban. Tekan salah satu pilihan Anda untuk membatalkannya, lalu pilih yang lain.</source>
        <translation>This item takes at most {limit} answers. Press one of your choices to undo it, then choose another.</translation>
    </message>
    <message>
        <source>Tersimpan ✓ {time}</source>
        <translation>Saved ✓ {time}</translation>
    </message>
    <message>
        <source>Jawaban tersimpan.</source>
        <translation>Answer saved.</translation>
    </message>
    <message>
        <source>{answered} dari {total} soal dijawab · {flagged} ditandai</source>
        <translation>{answered} of {total} items answered · {flagged} flagged</translation>
    </message>
    <message>
        <source>Sisa waktu {time}</source>
        <translation>Time left {time}</translation>
    </message>
    <message>
        <source>Setelah dikirim, jawaban bagian ini tidak dapat diubah lagi.</source>
        <translation>Once submitted, this section&apos;s answers cannot be changed.</translation>
    </message>
    <message>
        <source>Masih ada {count} soal yang belum dijawab.</source>
        <translation>{count} items are still unanswered.</translation>
    </message>
    <message>
        <source>Kirim seluruh ujian?</source>
        <translation>Submit the whole exam?</translation>
    </message>
    <message>
        <source>Ini bagian terakhir: mengirimnya mengakhiri ujian Anda.</source>
        <translation>This is the last section: submitting it ends your exam.</translation>
    </message>
    <message>
        <source>Kirim ujian</source>
        <translation>Submit the exam</translation>
    </message>
    <message>
        <source>Kirim bagian ini?</source>
        <translation>Submit this section?</translation>
    </message>
    <message>
        <source>Kirim bagian</source>
        <translation>Submit section</translation>
    </message>
    <message>
        <source>Ujian selesai</source>
        <translation>Exam finished</translation>
    </message>
    <message>
        <source>Latihan selesai</source>
        <translation>Practice finished</translation>
    </message>
    <message>
        <source> · salinan ruang ✓</source>
        <translation> · room copy ✓</translation>
    </message>
    <message>
        <source>Ujian dipindahkan</source>
        <translation>Exam moved</translation>
    </message>
    <message>
        <source>Sisa waktu bagian ini {minutes} menit.</source>
        <translation>{minutes} minutes left in this section.</translation>
    </message>
    <message>
        <source>Sisa waktu {minutes} menit</source>
        <translation>{minutes} minutes left</translation>
    </message>
    <message>
        <source>Ujian dijeda pengawas. Waktu berhenti.</source>
        <translation>The proctor paused the test. The clock has stopped.</translation>
    </message>
    <message>
        <source>Ujian dilanjutkan. Waktu berjalan lagi.</source>
        <translation>The test goes on. The clock runs again.</translation>
    </message>
    <message>
        <source>Waktu habis</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Bagian: {title}</source>
        <translation>Section: {title}</translation>
    </message>
    <message>
        <source>Sisa waktu bagian ini: {time}</source>
        <translation>Time left in this section: {time}</translation>
    </message>
    <message>
        <source>{minutes} mnt {seconds} dtk</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Galat</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>CACT Station — Konsol petugas</source>
        <translation>CACT Station — Staff console</translation>
    </message>
    <message>
        <source>Masuk sebagai {who}</source>
        <translation>Logged in as {who}</translation>
    </message>
    <message>
        <source>Mulai mode peserta</source>
        <translation>Start candidate mode</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Kunci konsol; bila mode peserta berjalan, kembali ke jendela peserta.</source>
        <translation>Lock the console; if candidate mode is running, return to the candidate window.</translation>
    </message>
    <message>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Ruang</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Teknisi</source>
        <translation>Field IT</translation>
    </message>
</context>
<context>
    <name>DoctorTab</name>
    <message>
        <source>Diagnosa</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Memeriksa jam, disk, basis data, setiap rantai jawaban, sertifikat, data yang belum sampai HQ, layar dan huruf. Kesiapan (H-1) menambahkan ujian latihan lengkap di folder sementara; stasiun ini tidak berubah.</source>
        <translation>Checks the clock, disk, database, every answer chain, certificates, data not yet at HQ, the screen and fonts. Readiness (D-1) adds a full practice exam in a temporary folder; this station does not change.</translation>
    </message>
    <message>
        <source>Jalankan pemeriksaan</source>
        <translation>Run checks</translation>
    </message>
    <message>
        <source>Kesiapan (H-1)</source>
        <translation>Readiness (D-1)</translation>
    </message>
    <message>
        <source>Pemeriksaan lengkap sehari sebelum ujian, dengan ujian latihan.</source>
        <translation>Full check the day before the exam, with a practice exam.</translation>
    </message>
    <message>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Laporan JSON untuk HQ atau teknisi lain.</source>
        <translation>JSON report for HQ or other field IT staff.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Memeriksa kesiapan stasiun (dengan ujian latihan)…</source>
        <translation>Checking station readiness (with a practice exam)…</translation>
    </message>
    <message>
        <source>Memeriksa stasiun…</source>
        <translation>Checking the station…</translation>
    </message>
    <message>
        <source>Pemeriksaan tidak dapat dijalankan. {reason}</source>
        <translation>The checks could not be run. {reason}</translation>
    </message>
    <message>
        <source>{icon} {status} · {failed} gagal, {warnings} peringatan, {ok} baik · {time}</source>
        <translation>{icon} {status} · {failed} failed, {warnings} warnings, {ok} OK · {time}</translation>
    </message>
    <message>
        <source>Simpan laporan diagnosa ke folder</source>
        <translation>Save diagnostics report to folder</translation>
    </message>
    <message>
        <source>Jalankan pemeriksaan dulu.</source>
        <translation>Run the checks first.</translation>
    </message>
    <message>
        <source>Laporan tidak tersimpan. {reason}</source>
        <translation>Report not saved. {reason}</translation>
    </message>
    <message>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Stasiun siap</source>
        <translation>Station ready</translation>
    </message>
    <message>
        <source>Penyiapan selesai; catat ID stasiun ini.</source>
        <translation>Setup complete; note down this station ID.</translation>
    </message>
    <message>
        <source>ID stasiun</source>
        <translation>Station ID</translation>
    </message>
    <message>
        <source>Berikutnya: impor paket ujian dari HQ (tab Paket ujian), lalu jalankan Diagnosa dan Kesiapan (H-1) sehari sebelum ujian.</source>
        <translation>Next: import the exam package from HQ (Exam packages tab), then run Diagnostics and Readiness (D-1) the day before the exam.</translation>
    </message>
    <message>
        <source>Terdaftar di HQ; sertifikat berlaku sampai {until}.</source>
        <translation>Enrolled with HQ; certificate valid until {until}.</translation>
    </message>
</context>
<context>
    <name>ExamScreen</name>
    <message>
        <source>Perkecil tulisan (Ctrl+minus)</source>
        <translation>Smaller text (Ctrl+minus)</translation>
    </message>
    <message>
        <source>Perbesar tulisan (Ctrl+plus)</source>
        <translation>Larger text (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Kontras tinggi</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Perkecil tulisan</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Perbesar tulisan</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>◀ Sebelumnya (P)</source>
        <translation>◀ Previous (P)</translation>
    </message>
    <message>
        <source>Soal sebelumnya</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>Tandai (F)</source>
        <translation>Flag (F)</translation>
    </message>
    <message>
        <source>Tandai soal ini untuk ditinjau lagi</source>
        <translation>Flag this item to review it later</translation>
    </message>
    <message>
        <source>Tinjau bagian (R)</source>
        <translation>Review section (R)</translation>
    </message>
    <message>
        <source>Lihat semua soal bagian ini</source>
        <translation>See every item of this section</translation>
    </message>
    <message>
        <source>Berikutnya (N) ▶</source>
        <translation>Next (N) ▶</translation>
    </message>
    <message>
        <source>Soal berikutnya</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Kontras tinggi: aktif</source>
        <translation>High contrast: on</translation>
    </message>
    <message>
        <source>Kontras tinggi: mati</source>
        <translation>High contrast: off</translation>
    </message>
    <message>
        <source>Teks {percent} %</source>
        <translation>Text {percent}%</translation>
    </message>
</context>
<context>
    <name>FieldIt</name>
    <message>
        <source>Berkas atau folder tidak dapat dipakai: {problem}.</source>
        <translation>The file or folder cannot be used: {problem}.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan ({problem}).</source>
        <translation>Something went wrong ({problem}).</translation>
    </message>
</context>
<context>
    <name>FieldItPanel</name>
    <message>
        <source>Paket ujian</source>
        <translation>Exam packages</translation>
    </message>
    <message>
        <source>Hasil ujian</source>
        <translation>Exam results</translation>
    </message>
    <message>
        <source>Sinkron</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Ruang</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Diagnosa</source>
        <translation>Diagnostics</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>CACT Station — Penyiapan stasiun</source>
        <translation>CACT Station — Station setup</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <source>Periksa identitas Anda</source>
        <translation>Check your identity</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Jika data ini bukan milik Anda, jangan lanjutkan; panggil pengawas.</source>
        <translation>If these details are not yours, do not continue; call the proctor.</translation>
    </message>
    <message>
        <source>Bukan saya</source>
        <translation>Not me</translation>
    </message>
    <message>
        <source>Benar, lanjutkan</source>
        <translation>Correct, continue</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>Sertifikat dari HQ</source>
        <translation>Certificate from HQ</translation>
    </message>
    <message>
        <source>Sertifikat diperiksa (untuk stasiun ini, diterbitkan root HQ) lalu dipasang.</source>
        <translation>The certificate is checked (for this station, issued by the HQ root) and then installed.</translation>
    </message>
    <message>
        <source>Berkas sertifikat stasiun</source>
        <translation>Station certificate file</translation>
    </message>
    <message>
        <source>Sertifikat stasiun dari HQ (.pem)</source>
        <translation>Station certificate from HQ (.pem)</translation>
    </message>
    <message>
        <source>Berkas kepercayaan HQ</source>
        <translation>HQ trust file</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pilih sertifikat stasiun</source>
        <translation>Choose station certificate</translation>
    </message>
    <message>
        <source>Pilih berkas kepercayaan HQ</source>
        <translation>Choose HQ trust file</translation>
    </message>
    <message>
        <source>Sertifikat stasiun</source>
        <translation>Station certificate</translation>
    </message>
    <message>
        <source>Kepercayaan HQ</source>
        <translation>HQ trust</translation>
    </message>
    <message>
        <source>Ganti root HQ yang sudah dipercaya stasiun ini (hanya bila HQ memintanya)</source>
        <translation>Replace the HQ root already trusted by this station (only if HQ asks for it)</translation>
    </message>
    <message>
        <source>Periksa dan pasang</source>
        <translation>Check and install</translation>
    </message>
    <message>
        <source>Sidik root HQ</source>
        <translation>HQ root fingerprint</translation>
    </message>
    <message>
        <source>Sidik sertifikat stasiun</source>
        <translation>Station certificate fingerprint</translation>
    </message>
    <message>
        <source>Sidik root HQ (SHA-256)</source>
        <translation>HQ root fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Sidik root HQ di atas sama dengan yang dibacakan HQ lewat telepon</source>
        <translation>The HQ root fingerprint above matches the one HQ read out over the phone</translation>
    </message>
    <message>
        <source>Pilih berkas dari HQ</source>
        <translation>Choose a file from HQ</translation>
    </message>
    <message>
        <source>PEM (*.pem);;Semua berkas (*)</source>
        <translation>PEM (*.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat stasiun dan berkas kepercayaan HQ dulu.</source>
        <translation>Choose the station certificate file and the HQ trust file first.</translation>
    </message>
    <message>
        <source>Memeriksa sertifikat…</source>
        <translation>Checking the certificate…</translation>
    </message>
    <message>
        <source>Sertifikat tidak dipasang. {reason}</source>
        <translation>Certificate not installed. {reason}</translation>
    </message>
    <message>
        <source>Sertifikat stasiun {station} dipasang ({root}). Bacakan sidik root HQ di bawah kepada HQ lewat telepon dan cocokkan setiap kelompok. Bila ada yang berbeda, jangan lanjutkan: jangan impor paket dan hubungi HQ.</source>
        <translation>Certificate for station {station} installed ({root}). Read the HQ root fingerprint below out to HQ over the phone and compare every group. If anything differs, do not continue: do not import packages, and contact HQ.</translation>
    </message>
</context>
<context>
    <name>InstructionsScreen</name>
    <message>
        <source>Tombol: 1–5 atau A–E memilih jawaban · panah kiri/kanan atau P/N pindah soal · F menandai soal · R meninjau bagian · Ctrl+plus/minus mengubah ukuran tulisan.</source>
        <translation>Keys: 1–5 or A–E choose an answer · left/right arrows or P/N move between items · F flags an item · R reviews the section · Ctrl+plus/minus change the text size.</translation>
    </message>
    <message>
        <source>Mulai bagian ini</source>
        <translation>Start this section</translation>
    </message>
    <message>
        <source>Waktu bagian ini mulai berjalan.</source>
        <translation>This section&apos;s time starts running.</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>Soal</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Pilih {low} sampai {high} jawaban. Tekan lagi untuk membatalkan pilihan.</source>
        <translation>Choose {low} to {high} answers. Press again to undo a choice.</translation>
    </message>
    <message>
        <source>Pilih satu jawaban.</source>
        <translation>Choose one answer.</translation>
    </message>
    <message>
        <source>Pilihan {letter}</source>
        <translation>Option {letter}</translation>
    </message>
    <message>
        <source>Pilih satu tindakan yang PALING efektif dan satu yang KURANG efektif. Tombol M dan K memilih kolom; angka 1–5 memilih baris.</source>
        <translation>Choose the MOST effective action and the LEAST effective one. Keys M and K choose the column; digits 1–5 choose the row.</translation>
    </message>
    <message>
        <source>Paling efektif (M)</source>
        <translation>Most effective (M)</translation>
    </message>
    <message>
        <source>Kurang efektif (K)</source>
        <translation>Least effective (K)</translation>
    </message>
    <message>
        <source>Paling</source>
        <translation>Most</translation>
    </message>
    <message>
        <source>Pilihan {letter} paling efektif</source>
        <translation>Option {letter} most effective</translation>
    </message>
    <message>
        <source>Kurang</source>
        <translation>Least</translation>
    </message>
    <message>
        <source>Pilihan {letter} kurang efektif</source>
        <translation>Option {letter} least effective</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>CACT Station — Konsol petugas</source>
        <translation>CACT Station — Staff console</translation>
    </message>
    <message>
        <source>Stasiun {station}</source>
        <translation>Station {station}</translation>
    </message>
    <message>
        <source>Stasiun ini belum disiapkan.</source>
        <translation>This station has not been set up yet.</translation>
    </message>
    <message>
        <source>Kata sandi teknisi atau kredensial pengawas</source>
        <translation>Field IT passphrase or proctor credential</translation>
    </message>
    <message>
        <source>Kata sandi atau kredensial</source>
        <translation>Passphrase or credential</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Penyiapan pertama…</source>
        <translation>First-time setup…</translation>
    </message>
    <message>
        <source>Ketik kata sandi atau kredensial dulu.</source>
        <translation>Type the passphrase or credential first.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam {seconds} detik.</source>
        <translation>Too many wrong attempts. Try again in {seconds} seconds.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nomor Induk Pegawai, 18 angka; spasi boleh.</source>
        <translation>Civil servant number, 18 digits; spaces are fine.</translation>
    </message>
    <message>
        <source>NIP (18 angka)</source>
        <translation>NIP (18 digits)</translation>
    </message>
    <message>
        <source>Token sesi</source>
        <translation>Session token</translation>
    </message>
    <message>
        <source>Enam karakter yang ditunjukkan pengawas.</source>
        <translation>The six characters the proctor shows.</translation>
    </message>
    <message>
        <source>Token sesi dari pengawas</source>
        <translation>Session token from the proctor</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Coba latihan dulu</source>
        <translation>Try a practice run first</translation>
    </message>
    <message>
        <source>Latihan singkat untuk mengenal tombol; tidak dinilai.</source>
        <translation>A short practice to learn the controls; not scored.</translation>
    </message>
    <message>
        <source>Perkecil tulisan (Ctrl+minus)</source>
        <translation>Smaller text (Ctrl+minus)</translation>
    </message>
    <message>
        <source>Perbesar tulisan (Ctrl+plus)</source>
        <translation>Larger text (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Kontras tinggi</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>PackagesTab</name>
    <message>
        <source>Paket ujian</source>
        <translation>Exam packages</translation>
    </message>
    <message>
        <source>Impor paket .cactpkg dari HQ. Seluruh paket diperiksa dulu (tanda tangan HQ, masa berlaku, stasiun tujuan, setiap berkas di dalamnya); paket yang rusak atau palsu ditolak dan tidak ada bagiannya yang tersimpan. Soal tetap tersegel sampai pengawas memasukkan kode rilis pada hari ujian.</source>
        <translation>Import a .cactpkg package from HQ. The whole package is checked first (HQ signature, validity period, target station, every file inside); a damaged or forged package is refused and no part of it is stored. Items stay sealed until the proctor enters the release code on exam day.</translation>
    </message>
    <message>
        <source>Impor paket…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <source>Pilih berkas .cactpkg di flashdisk.</source>
        <translation>Choose the .cactpkg file on the USB drive.</translation>
    </message>
    <message>
        <source>Sesi di stasiun ini</source>
        <translation>Sessions on this station</translation>
    </message>
    <message>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Pusat</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Soal ujian</source>
        <translation>Exam items</translation>
    </message>
    <message>
        <source>Pilih paket ujian</source>
        <translation>Choose exam package</translation>
    </message>
    <message>
        <source>Paket ujian CACT (*.cactpkg);;Semua berkas (*)</source>
        <translation>CACT exam packages (*.cactpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Memeriksa paket {file}…</source>
        <translation>Checking package {file}…</translation>
    </message>
    <message>
        <source>Paket {package} sudah pernah diimpor ke stasiun ini; tidak ada yang berubah.</source>
        <translation>Package {package} has already been imported to this station; nothing has changed.</translation>
    </message>
    <message>
        <source>Paket {package} diimpor: ujian {exam}, {centre}. Sesi: {sessions}. {candidates} peserta, {slots} kredensial pengawas.</source>
        <translation>Package {package} imported: exam {exam}, {centre}. Sessions: {sessions}. {candidates} candidates, {slots} proctor credentials.</translation>
    </message>
    <message>
        <source>Paket ditolak; tidak ada yang diimpor. {reason}</source>
        <translation>Package refused; nothing was imported. {reason}</translation>
    </message>
    <message>
        <source>Terbuka (kode rilis dimasukkan)</source>
        <translation>Open (release code entered)</translation>
    </message>
    <message>
        <source>Tersegel (menunggu kode rilis)</source>
        <translation>Sealed (awaiting release code)</translation>
    </message>
    <message>
        <source>Belum ada sesi ujian di stasiun ini: impor paket dari HQ.</source>
        <translation>No exam sessions on this station yet: import a package from HQ.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Kata sandi teknisi</source>
        <translation>Field IT passphrase</translation>
    </message>
    <message>
        <source>Kunci stasiun dibuat dan disimpan dalam brankas yang dibuka dengan kata sandi ini.</source>
        <translation>The station key is created and stored in a vault that is unlocked with this passphrase.</translation>
    </message>
    <message>
        <source>Pilih kata sandi yang panjang dan simpan di tempat aman. Kata sandi ini membuka stasiun untuk teknisi dan pengawas; tanpa kata sandi atau kredensial pengawas dari HQ, isi disk stasiun tidak dapat dibaca.</source>
        <translation>Choose a long passphrase and keep it somewhere safe. This passphrase unlocks the station for field IT and proctors; without the passphrase or a proctor credential from HQ, the contents of the station disk cannot be read.</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama; ketik ulang.</source>
        <translation>The passphrases do not match; type them again.</translation>
    </message>
    <message>
        <source>Membuat kunci dan brankas stasiun…</source>
        <translation>Creating the station key and vault…</translation>
    </message>
</context>
<context>
    <name>PauseVeil</name>
    <message>
        <source>Ujian dijeda</source>
        <translation>Exam paused</translation>
    </message>
    <message>
        <source>Pengawas menjeda ujian. Waktu Anda berhenti dan semua jawaban sudah tersimpan. Tunggu sampai pengawas melanjutkan.</source>
        <translation>The proctor has paused the exam. Your time has stopped and every answer is saved. Wait until the proctor resumes.</translation>
    </message>
</context>
<context>
    <name>ProctorConsole</name>
    <message>
        <source>Konsol pengawas</source>
        <translation>Proctor console</translation>
    </message>
    <message>
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Kode rilis dari pusat</source>
        <translation>Release code from headquarters</translation>
    </message>
    <message>
        <source>Kode rilis</source>
        <translation>Release code</translation>
    </message>
    <message>
        <source>Buka soal</source>
        <translation>Unseal items</translation>
    </message>
    <message>
        <source>Token peserta</source>
        <translation>Candidate token</translation>
    </message>
    <message>
        <source>Daftar peserta</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <source>Kehadiran…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <source>Jeda…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>Lanjutkan…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <source>Tambah waktu…</source>
        <translation>Add time…</translation>
    </message>
    <message>
        <source>Kejadian…</source>
        <translation>Incident…</translation>
    </message>
    <message>
        <source>Akhiri ujian…</source>
        <translation>End exam…</translation>
    </message>
    <message>
        <source>Pengganti…</source>
        <translation>Replacement…</translation>
    </message>
    <message>
        <source>Koreksi data…</source>
        <translation>Correct data…</translation>
    </message>
    <message>
        <source>Pindah kursi…</source>
        <translation>Change seat…</translation>
    </message>
    <message>
        <source>Ujian ulang…</source>
        <translation>Retest…</translation>
    </message>
    <message>
        <source>Tutup sesi…</source>
        <translation>Close session…</translation>
    </message>
    <message>
        <source>Berita Acara</source>
        <translation>Session report</translation>
    </message>
    <message>
        <source>Daftar Hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>{paper} (PDF)</source>
        <translation>{paper} (PDF)</translation>
    </message>
    <message>
        <source>Cetak {paper}</source>
        <translation>Print {paper}</translation>
    </message>
    <message>
        <source>Bukti selesai peserta (PDF)</source>
        <translation>Candidate completion receipts (PDF)</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Belum ada sesi; impor paket ujian dulu.</source>
        <translation>No sessions yet; import an exam package first.</translation>
    </message>
    <message>
        <source>Soal terbuka di hub; {opened} dari {total} stasiun sudah terbuka.</source>
        <translation>Items unsealed at the hub; {opened} of {total} stations unsealed.</translation>
    </message>
    <message>
        <source>Soal sudah terbuka di stasiun ini.</source>
        <translation>Items are already unsealed on this station.</translation>
    </message>
    <message>
        <source>Sesi ditutup {time}.</source>
        <translation>Session closed {time}.</translation>
    </message>
    <message>
        <source>berganti dalam {time}</source>
        <translation>changes in {time}</translation>
    </message>
    <message>
        <source>{total} peserta · hadir {present} · tidak hadir {absent} · mengerjakan {running} · dijeda {paused} · selesai {ended} · peringatan {warned}</source>
        <translation>{total} candidates · present {present} · absent {absent} · in progress {running} · paused {paused} · finished {ended} · warned {warned}</translation>
    </message>
    <message>
        <source>Semua peserta yang sedang mengerjakan di ruang ini.</source>
        <translation>All candidates currently taking the exam in this room.</translation>
    </message>
    <message>
        <source>Semua peserta yang sedang mengerjakan di stasiun ini.</source>
        <translation>All candidates currently taking the exam on this station.</translation>
    </message>
    <message>
        <source>Pilih satu peserta di daftar dulu.</source>
        <translation>Select one candidate in the list first.</translation>
    </message>
    <message>
        <source>Tidak tercatat.</source>
        <translation>Not recorded.</translation>
    </message>
    <message>
        <source>Tercatat.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>Berhasil untuk {count} peserta.</source>
        <translation>Succeeded for {count} candidates.</translation>
    </message>
    <message>
        <source>Pilih peserta di daftar dulu.</source>
        <translation>Select candidates in the list first.</translation>
    </message>
    <message>
        <source>Kursi yang sama</source>
        <translation>Same seat</translation>
    </message>
    <message>
        <source>Kursi belum dicatat: ubah kursinya, atau kosongkan.</source>
        <translation>Seat not recorded: change the seat, or leave it empty.</translation>
    </message>
    <message>
        <source>Kursi {seat} sudah dicatat untuk {names}. Tetap catat?</source>
        <translation>Seat {seat} is already recorded for {names}. Record it anyway?</translation>
    </message>
    <message>
        <source>{count} peserta akan tercatat di kursi {seat} yang sama. Tetap catat?</source>
        <translation>{count} candidates would be recorded on the same seat {seat}. Record it anyway?</translation>
    </message>
    <message>
        <source>Tidak ada stasiun cadangan: stasiun tujuan harus terhubung, tidak terkunci, soal sesi sudah terbuka, dan tidak ada peserta di sana.</source>
        <translation>No spare station: the target station must be connected, unlocked, have the session&apos;s items open, and nobody sitting there.</translation>
    </message>
    <message>
        <source>Melewati akhir sesi</source>
        <translation>Beyond the end of the session</translation>
    </message>
    <message>
        <source>Tambahan waktu tidak diberikan.</source>
        <translation>No extra time was granted.</translation>
    </message>
    <message>
        <source>Seluruh ruang</source>
        <translation>Whole room</translation>
    </message>
    <message>
        <source>{name} boleh memulai ujian ulang di stasiun {station}.</source>
        <translation>{name} may begin a retest at station {station}.</translation>
    </message>
    <message>
        <source>Sesi belum dapat ditutup: {reasons}</source>
        <translation>The session cannot be closed yet: {reasons}</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Dikirim ke printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>{name} belum selesai; belum ada bukti.</source>
        <translation>{name} has not finished; no receipt yet.</translation>
    </message>
</context>
<context>
    <name>ProctorScreen</name>
    <message>
        <source>Menu pengawas</source>
        <translation>Proctor menu</translation>
    </message>
    <message>
        <source>Hanya untuk pengawas. Ketik kredensial, lalu pilih tindakan.</source>
        <translation>For proctors only. Type the credential, then choose an action.</translation>
    </message>
    <message>
        <source>Kredensial pengawas</source>
        <translation>Proctor credential</translation>
    </message>
    <message>
        <source>Kredensial pengawas atau kata sandi stasiun.</source>
        <translation>Proctor credential or station passphrase.</translation>
    </message>
    <message>
        <source>Jeda ujian</source>
        <translation>Pause the exam</translation>
    </message>
    <message>
        <source>Lanjutkan ujian</source>
        <translation>Resume the exam</translation>
    </message>
    <message>
        <source>Keluar dari mode kiosk</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Buka konsol pengawas</source>
        <translation>Open the proctor console</translation>
    </message>
    <message>
        <source>Matikan mode pembaca layar</source>
        <translation>Turn screen-reader mode off</translation>
    </message>
    <message>
        <source>Nyalakan mode pembaca layar</source>
        <translation>Turn screen-reader mode on</translation>
    </message>
    <message>
        <source>Tutup menu</source>
        <translation>Close the menu</translation>
    </message>
    <message>
        <source>Ketik kredensial pengawas dulu.</source>
        <translation>Type the proctor credential first.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>CONTOH — latihan tidak dinilai dan jawabannya sudah dihapus.</source>
        <translation>SAMPLE — practice is not scored and its answers have been deleted.</translation>
    </message>
    <message>
        <source>Dikirim: {time}</source>
        <translation>Submitted: {time}</translation>
    </message>
    <message>
        <source>Kode tanda terima</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <source>Kode tanda terima {code}</source>
        <translation>Receipt code {code}</translation>
    </message>
    <message>
        <source>Catat kode tanda terima ini atau potret kode QR-nya. Dengan kode ini Anda dapat memeriksa di pusat bahwa jawaban yang dinilai sama persis dengan yang Anda kirim.</source>
        <translation>Write down this receipt code or photograph its QR code. With it you can check at headquarters that the answers scored are exactly the ones you submitted.</translation>
    </message>
    <message>
        <source>Sidik jari jawaban</source>
        <translation>Answer fingerprint</translation>
    </message>
    <message>
        <source>Sidik jari jawaban {fingerprint}</source>
        <translation>Answer fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Kode QR bukti ujian</source>
        <translation>QR code of the exam receipt</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Permintaan pendaftaran</source>
        <translation>Enrollment request</translation>
    </message>
    <message>
        <source>HQ menerbitkan sertifikat stasiun dari berkas permintaan ini.</source>
        <translation>HQ issues the station certificate from this request file.</translation>
    </message>
    <message>
        <source>Kata sandi teknisi</source>
        <translation>Field IT passphrase</translation>
    </message>
    <message>
        <source>Stasiun ini terkunci. Ketik kata sandi teknisi untuk melanjutkan.</source>
        <translation>This station is locked. Type the field IT passphrase to continue.</translation>
    </message>
    <message>
        <source>Tulis berkas permintaan ke flashdisk lalu bawa (atau kirim) ke HQ. HQ membalas dengan sertifikat stasiun dan berkas kepercayaan hq-trust.pem, dan membacakan sidik root HQ lewat telepon. Sudah punya sertifikatnya? Langsung lanjut.</source>
        <translation>Write the request file to a USB drive, then take (or send) it to HQ. HQ replies with the station certificate and the trust file hq-trust.pem, and reads out the HQ root fingerprint over the phone. Already have the certificate? Continue straight away.</translation>
    </message>
    <message>
        <source>Folder tujuan permintaan</source>
        <translation>Request destination folder</translation>
    </message>
    <message>
        <source>Folder di flashdisk</source>
        <translation>Folder on the USB drive</translation>
    </message>
    <message>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Tulis permintaan</source>
        <translation>Write request</translation>
    </message>
    <message>
        <source>Stasiun {station}: HQ menerbitkan sertifikatnya dari berkas permintaan ini.</source>
        <translation>Station {station}: HQ issues its certificate from this request file.</translation>
    </message>
    <message>
        <source>Tulis permintaan ke folder</source>
        <translation>Write request to folder</translation>
    </message>
    <message>
        <source>Pilih folder tujuan dulu.</source>
        <translation>Choose a destination folder first.</translation>
    </message>
    <message>
        <source>Menulis permintaan…</source>
        <translation>Writing the request…</translation>
    </message>
    <message>
        <source>Permintaan ditulis. Bawa berkas ini ke HQ; setelah HQ memberi sertifikat dan hq-trust.pem, lanjutkan ke halaman berikut (wizard ini boleh ditutup dan dibuka lagi nanti).</source>
        <translation>Request written. Take this file to HQ; once HQ has provided the certificate and hq-trust.pem, continue to the next page (this wizard may be closed and reopened later).</translation>
    </message>
    <message>
        <source>Membuka stasiun…</source>
        <translation>Opening the station…</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Hasil ujian</source>
        <translation>Exam results</translation>
    </message>
    <message>
        <source>Ekspor semua hasil yang belum diterima HQ ke satu bundel .cactres, misalnya di flashdisk. Bundel disegel untuk HQ, ditandatangani stasiun, lalu dibaca ulang dan diperiksa. Setelah HQ menerimanya, impor tanda terima HQ di sini.</source>
        <translation>Export all results not yet acknowledged by HQ to a single .cactres bundle, for example on a USB drive. The bundle is sealed for HQ, signed by the station, then read back and verified. Once HQ has accepted it, import the HQ receipt here.</translation>
    </message>
    <message>
        <source>Ekspor hasil ke folder…</source>
        <translation>Export results to folder…</translation>
    </message>
    <message>
        <source>Impor tanda terima HQ…</source>
        <translation>Import HQ receipt…</translation>
    </message>
    <message>
        <source>Berkas .cactrcpt dari HQ atau layanan unggah.</source>
        <translation>.cactrcpt file from HQ or the upload service.</translation>
    </message>
    <message>
        <source>Simpan/cetak tanda terima serah…</source>
        <translation>Save/print handover receipt…</translation>
    </message>
    <message>
        <source>Lembar serah terima bundel yang dipilih di tabel, untuk ditandatangani.</source>
        <translation>Handover sheet for the bundle selected in the table, for signing.</translation>
    </message>
    <message>
        <source>Bundel di stasiun ini</source>
        <translation>Bundles on this station</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>ID bundel</source>
        <translation>Bundle ID</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ujian</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Berkas bundel</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <source>SHA-256 bundel</source>
        <translation>Bundle SHA-256</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Salin ID, berkas dan SHA-256.</source>
        <translation>Copy the ID, file and SHA-256.</translation>
    </message>
    <message>
        <source>Ekspor hasil ke folder (flashdisk)</source>
        <translation>Export results to folder (USB drive)</translation>
    </message>
    <message>
        <source>Mengekspor hasil ke {folder}…</source>
        <translation>Exporting results to {folder}…</translation>
    </message>
    <message>
        <source>✓ Terverifikasi setelah ditulis · bundel nomor {sequence} · {attempts} ujian</source>
        <translation>✓ Verified after writing · bundle number {sequence} · {attempts} attempts</translation>
    </message>
    <message>
        <source>Bundel ditulis dan diperiksa. Cocokkan SHA-256 di bawah dengan lembar serah terima saat flashdisk berpindah tangan.</source>
        <translation>Bundle written and verified. Compare the SHA-256 below with the handover sheet when the USB drive changes hands.</translation>
    </message>
    <message>
        <source>Juga disalin, belum diterima HQ: {files}</source>
        <translation>Also copied, not yet acknowledged by HQ: {files}</translation>
    </message>
    <message>
        <source>Ekspor tidak dilakukan. {reason}</source>
        <translation>Export not carried out. {reason}</translation>
    </message>
    <message>
        <source>Pilih tanda terima HQ</source>
        <translation>Choose HQ receipt</translation>
    </message>
    <message>
        <source>Tanda terima CACT (*.cactrcpt);;Semua berkas (*)</source>
        <translation>CACT receipts (*.cactrcpt);;All files (*)</translation>
    </message>
    <message>
        <source>Memeriksa tanda terima {file}…</source>
        <translation>Checking receipt {file}…</translation>
    </message>
    <message>
        <source>Tanda terima ditolak. {reason}</source>
        <translation>Receipt refused. {reason}</translation>
    </message>
    <message>
        <source>Tanda terima bundel nomor {sequence} sudah pernah diimpor; tidak ada yang berubah.</source>
        <translation>The receipt for bundle number {sequence} has already been imported; nothing has changed.</translation>
    </message>
    <message>
        <source>Tanda terima HQ untuk bundel nomor {sequence} diimpor: {count} ujian diterima HQ.</source>
        <translation>HQ receipt for bundle number {sequence} imported: {count} attempts acknowledged by HQ.</translation>
    </message>
    <message>
        <source>{count} ujian belum diterima dan tetap disimpan untuk diekspor lagi: {list}.</source>
        <translation>{count} attempts not yet acknowledged remain stored for export again: {list}.</translation>
    </message>
    <message>
        <source>Tanda terima pengiriman bundel nomor {sequence} diimpor: bundel sampai utuh di layanan unggah. Tunggu tanda terima HQ.</source>
        <translation>Delivery receipt for bundle number {sequence} imported: the bundle reached the upload service intact. Wait for the HQ receipt.</translation>
    </message>
    <message>
        <source>Pilih bundel di tabel dulu.</source>
        <translation>Select a bundle in the table first.</translation>
    </message>
    <message>
        <source>Simpan tanda terima serah ke folder</source>
        <translation>Save handover receipt to folder</translation>
    </message>
    <message>
        <source>Menyimpan tanda terima serah…</source>
        <translation>Saving handover receipt…</translation>
    </message>
    <message>
        <source>Tanda terima serah tidak tersimpan. {reason}</source>
        <translation>Handover receipt not saved. {reason}</translation>
    </message>
    <message>
        <source>Tanda terima serah disimpan: {path}</source>
        <translation>Handover receipt saved: {path}</translation>
    </message>
    <message>
        <source>Sedang ditulis</source>
        <translation>Being written</translation>
    </message>
    <message>
        <source>Menunggu dikirim ke HQ</source>
        <translation>Waiting to be sent to HQ</translation>
    </message>
    <message>
        <source>Terkirim, menunggu HQ</source>
        <translation>Sent, awaiting HQ</translation>
    </message>
    <message>
        <source>Diterima HQ</source>
        <translation>Acknowledged by HQ</translation>
    </message>
</context>
<context>
    <name>ResumeScreen</name>
    <message>
        <source>Lanjutkan ujian yang terputus</source>
        <translation>Resume an interrupted exam</translation>
    </message>
    <message>
        <source>Ujian ini terhenti (listrik padam atau komputer mati). Panggil pengawas.</source>
        <translation>This exam stopped (power cut or computer failure). Call the proctor.</translation>
    </message>
    <message>
        <source>Jeda sejak tanda hidup terakhir: {gap}</source>
        <translation>Gap since the last sign of life: {gap}</translation>
    </message>
    <message>
        <source>Keputusan pengawas: apakah jeda ini dihitung sebagai waktu ujian?</source>
        <translation>Proctor&apos;s decision: does this gap count as exam time?</translation>
    </message>
    <message>
        <source>Tidak — waktu jeda dikembalikan kepada peserta</source>
        <translation>No — the gap is given back to the candidate</translation>
    </message>
    <message>
        <source>Ya — waktu jeda dihitung (dipotong)</source>
        <translation>Yes — the gap counts (time is deducted)</translation>
    </message>
    <message>
        <source>Kredensial pengawas</source>
        <translation>Proctor credential</translation>
    </message>
    <message>
        <source>Pengawas mengetik kredensial atau kata sandi stasiun untuk melanjutkan.</source>
        <translation>The proctor types the credential or the station passphrase to continue.</translation>
    </message>
    <message>
        <source>Lanjutkan ujian</source>
        <translation>Resume the exam</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Tinjau bagian</source>
        <translation>Section review</translation>
    </message>
    <message>
        <source>Hijau: dijawab · Putih: belum dijawab · Jingga: ditandai untuk ditinjau</source>
        <translation>Green: answered · White: not answered · Orange: flagged for review</translation>
    </message>
    <message>
        <source>dijawab</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>belum dijawab</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>ditandai</source>
        <translation>flagged</translation>
    </message>
    <message>
        <source>Soal {number}, {state}</source>
        <translation>Item {number}, {state}</translation>
    </message>
    <message>
        <source>Kembali ke soal</source>
        <translation>Back to the items</translation>
    </message>
    <message>
        <source>Kirim bagian ini</source>
        <translation>Submit this section</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Ruang</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Keadaan hub ruang</source>
        <translation>Room hub status</translation>
    </message>
    <message>
        <source>Hentikan hub</source>
        <translation>Stop hub</translation>
    </message>
    <message>
        <source>Ekspor ruang ke USB…</source>
        <translation>Export room to USB…</translation>
    </message>
    <message>
        <source>Kemajuan ekspor</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Stasiun di ruang</source>
        <translation>Stations in the room</translation>
    </message>
    <message>
        <source>Hub ruang tidak dapat dijalankan: {problem}</source>
        <translation>The room hub cannot be started: {problem}</translation>
    </message>
    <message>
        <source>Jalankan hub</source>
        <translation>Start hub</translation>
    </message>
    <message>
        <source>Hub ruang berhenti: stasiun bekerja sendiri dan menyalin lagi saat hub berjalan.</source>
        <translation>Room hub stopped: the stations work alone and copy again once the hub runs.</translation>
    </message>
    <message>
        <source>Hub ruang {hub} berjalan di port {port} · {connected} dari {total} stasiun terhubung</source>
        <translation>Room hub {hub} running on port {port} · {connected} of {total} stations connected</translation>
    </message>
    <message>
        <source>Sambungan terakhir yang ditolak ({peer}): {problem}</source>
        <translation>Last refused connection ({peer}): {problem}</translation>
    </message>
    <message>
        <source>Ekspor ruang ke folder (USB)</source>
        <translation>Export room to folder (USB)</translation>
    </message>
    <message>
        <source>{count} bundel ditulis ke {folder}.</source>
        <translation>{count} bundles written to {folder}.</translation>
    </message>
    <message>
        <source>Tanpa bundel: {stations}</source>
        <translation>Without a bundle: {stations}</translation>
    </message>
    <message>
        <source>Ekspor ruang gagal: {problem}</source>
        <translation>Room export failed: {problem}</translation>
    </message>
</context>
<context>
    <name>RoomTab</name>
    <message>
        <source>Hub ruang</source>
        <translation>Room hub</translation>
    </message>
    <message>
        <source>Di ruang dengan hub (PC pengawas), stasiun ini menyalin setiap jawaban ke hub dan menerima perintah pengawas dari sana. Tanpa hub stasiun tetap bekerja sendiri.</source>
        <translation>In a room with a hub (the proctor&apos;s PC), this station copies every answer to the hub and receives the proctor&apos;s commands from it. Without a hub the station still works alone.</translation>
    </message>
    <message>
        <source>mis. 192.168.10.2:47610</source>
        <translation>e.g. 192.168.10.2:47610</translation>
    </message>
    <message>
        <source>Alamat hub</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <source>Cari hub lewat suarnya di jaringan lokal</source>
        <translation>Find the hub by its beacon on the local network</translation>
    </message>
    <message>
        <source>Hub di PC ini mengumumkan diri di jaringan lokal</source>
        <translation>The hub on this PC announces itself on the local network</translation>
    </message>
    <message>
        <source>Sambungan</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Sambungan ke hub</source>
        <translation>Connection to the hub</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Simpan dan hubungkan</source>
        <translation>Save and connect</translation>
    </message>
    <message>
        <source>PC pengawas: menjalankan hub ruang di {listen}</source>
        <translation>Proctor&apos;s PC: runs the room hub on {listen}</translation>
    </message>
    <message>
        <source>stasiun peserta</source>
        <translation>candidate station</translation>
    </message>
    <message>
        <source>tidak menyambung (belum diatur)</source>
        <translation>not connecting (not configured)</translation>
    </message>
    <message>
        <source>{count} kejadian belum tersalin</source>
        <translation>{count} events not yet copied</translation>
    </message>
    <message>
        <source>Tersimpan; stasiun menghubungi hub.</source>
        <translation>Saved; the station is contacting the hub.</translation>
    </message>
    <message>
        <source>Tersimpan; stasiun bekerja sendiri (tidak ada hub yang diatur).</source>
        <translation>Saved; the station works alone (no hub configured).</translation>
    </message>
</context>
<context>
    <name>SyncProgressArea</name>
    <message>
        <source>{done} dari {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>percobaan {attempt} dari {tries} gagal</source>
        <translation>try {attempt} of {tries} failed</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sinkron ke HQ</source>
        <translation>Sync with HQ</translation>
    </message>
    <message>
        <source>Kirim hasil ujian ke layanan unggah HQ lewat jaringan, tanpa flashdisk. Hasil yang belum dikirim dijadikan bundel, bundel dikirim lewat sambungan terenkripsi yang memeriksa kedua pihak, lalu tanda terima HQ diambil. Bila jaringan tidak ada, ekspor ke USB tetap bisa dipakai.</source>
        <translation>Send exam results to HQ&apos;s upload service over the network, without a flash drive. Results not yet sent are made into a bundle, bundles are sent over an encrypted connection that checks both sides, then HQ&apos;s receipts are fetched. Where there is no network, the USB export still works.</translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Buat bundel dari hasil baru, kirim yang belum sampai dan ambil tanda terima HQ.</source>
        <translation>Make a bundle of new results, send what has not arrived and fetch HQ&apos;s receipts.</translation>
    </message>
    <message>
        <source>Bundel di stasiun ini</source>
        <translation>Bundles on this station</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>ID bundel</source>
        <translation>Bundle ID</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ujian</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Layanan unggah HQ</source>
        <translation>HQ upload service</translation>
    </message>
    <message>
        <source>Alamat layanan HQ</source>
        <translation>HQ service address</translation>
    </message>
    <message>
        <source>Sidik sertifikat layanan HQ</source>
        <translation>HQ service certificate fingerprint</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Sidik sertifikat (SHA-256)</source>
        <translation>Certificate fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Stasiun hanya mengirim ke server dengan sertifikat ini, yang disematkan saat pendaftaran; server lain ditolak.</source>
        <translation>The station sends only to the server with this certificate, pinned at enrollment; any other server is refused.</translation>
    </message>
    <message>
        <source>Salin sidik</source>
        <translation>Copy fingerprint</translation>
    </message>
    <message>
        <source>Salin alamat dan sidik lengkap.</source>
        <translation>Copy the address and the full fingerprint.</translation>
    </message>
    <message>
        <source>Stasiun ini mengirim hasil lewat USB saja</source>
        <translation>This station sends results by USB only</translation>
    </message>
    <message>
        <source>Data pendaftaran stasiun ini tidak menyebut layanan unggah HQ, jadi stasiun tidak dapat sinkron lewat jaringan. Ekspor hasil ke flashdisk di tab Hasil ujian dan bawa ke HQ seperti biasa.</source>
        <translation>This station&apos;s enrollment data names no HQ upload service, so the station cannot sync over the network. Export results to a flash drive in the Exam results tab and take them to HQ as usual.</translation>
    </message>
    <message>
        <source>Ekspor ke USB</source>
        <translation>Export to USB</translation>
    </message>
    <message>
        <source>Bundel {sequence} ditolak HQ: {problem}. Hubungi HQ sebelum mengekspor ulang.</source>
        <translation>Bundle {sequence} refused by HQ: {problem}. Contact HQ before exporting again.</translation>
    </message>
    <message>
        <source>Hasil tetap tersimpan aman di stasiun ini. Coba lagi nanti, atau ekspor ke flashdisk dan bawa ke HQ.</source>
        <translation>The results stay safely stored on this station. Try again later, or export to a flash drive and take it to HQ.</translation>
    </message>
    <message>
        <source>Buka tab Hasil ujian untuk mengekspor bundel ke flashdisk.</source>
        <translation>Open the Exam results tab to export a bundle to a flash drive.</translation>
    </message>
    <message>
        <source>Untuk sinkron lewat jaringan: minta HQ berkas kepercayaan (hq-trust.pem) yang menyebut layanan unggahnya, lalu pasang bersama sertifikat stasiun ini (station enroll install STN-….pem --trust hq-trust.pem). Setelah itu alamat dan sidik layanan HQ tampil di sini.</source>
        <translation>To sync over the network: ask HQ for a trust file (hq-trust.pem) that names its upload service, then install it with this station&apos;s certificate (station enroll install STN-….pem --trust hq-trust.pem). The HQ service&apos;s address and fingerprint then show here.</translation>
    </message>
    <message>
        <source>Menyinkronkan dengan {address}…</source>
        <translation>Syncing with {address}…</translation>
    </message>
    <message>
        <source>! Sinkron selesai, perlu perhatian · {time}</source>
        <translation>! Sync finished, needs attention · {time}</translation>
    </message>
    <message>
        <source>✓ Sinkron selesai · {time}</source>
        <translation>✓ Sync finished · {time}</translation>
    </message>
    <message>
        <source>Terhubung dengan layanan HQ di {address}.</source>
        <translation>Connected to the HQ service at {address}.</translation>
    </message>
    <message>
        <source>Bundel baru nomor {sequence} dibuat dari hasil yang belum dikirim.</source>
        <translation>New bundle number {sequence} made from the results not yet sent.</translation>
    </message>
    <message>
        <source>Bundel {sequence} terkirim ({size}); layanan unggah memberi tanda terima kiriman.</source>
        <translation>Bundle {sequence} sent ({size}); the upload service gave a transport receipt.</translation>
    </message>
    <message>
        <source>Bundel {sequence} diterima HQ: {count} ujian diakui.</source>
        <translation>Bundle {sequence} accepted by HQ; attempts acknowledged: {count}.</translation>
    </message>
    <message>
        <source>Bundel {sequence} tersimpan di HQ dan menunggu diproses; tanda terimanya diambil pada sinkron berikutnya.</source>
        <translation>Bundle {sequence} is stored at HQ and waiting to be processed; its receipt is fetched at the next sync.</translation>
    </message>
    <message>
        <source>Bundel {sequence} belum terkirim dan berkasnya tidak ada lagi ({file}); bawa berkas itu ke HQ atau ekspor ulang.</source>
        <translation>Bundle {sequence} has not been sent and its file is gone ({file}); take that file to HQ or export again.</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu dikirim; semua bundel sudah diterima HQ.</source>
        <translation>Nothing to send; HQ has accepted every bundle.</translation>
    </message>
    <message>
        <source>HQ tidak dapat dihubungi</source>
        <translation>HQ cannot be reached</translation>
    </message>
    <message>
        <source>Sinkron dihentikan: pemeriksaan identitas gagal</source>
        <translation>Sync stopped: the identity check failed</translation>
    </message>
    <message>
        <source>Mencoba lagi tidak akan menolong. Hasil tetap tersimpan aman di stasiun ini: hubungi HQ dengan kode stasiun {station}, dan bawa hasil dengan ekspor ke flashdisk.</source>
        <translation>Trying again will not help. The results stay safely stored on this station: contact HQ with station code {station}, and take the results by exporting to a flash drive.</translation>
    </message>
    <message>
        <source>Sinkron tidak dilakukan. {reason}</source>
        <translation>No sync was done. {reason}</translation>
    </message>
    <message>
        <source>{count} bundel belum diterima HQ.</source>
        <translation>Bundles not yet accepted by HQ: {count}.</translation>
    </message>
    <message>
        <source>Semua bundel sudah diterima HQ.</source>
        <translation>HQ has accepted every bundle.</translation>
    </message>
    <message>
        <source>Belum ada bundel; sinkron pertama membuatnya dari hasil ujian.</source>
        <translation>No bundles yet; the first sync makes one from the exam results.</translation>
    </message>
    <message>
        <source>Belum ada bundel; ekspor hasil di tab Hasil ujian.</source>
        <translation>No bundles yet; export results in the Exam results tab.</translation>
    </message>
    <message>
        <source>{until} — sudah kedaluwarsa; minta HQ berkas kepercayaan baru.</source>
        <translation>{until} — expired; ask HQ for a new trust file.</translation>
    </message>
    <message>
        <source>Diterima HQ · {time}</source>
        <translation>Accepted by HQ · {time}</translation>
    </message>
    <message>
        <source>Terkirim, menunggu HQ · {time}</source>
        <translation>Sent, waiting for HQ · {time}</translation>
    </message>
    <message>
        <source>Sedang ditulis</source>
        <translation>Being written</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Stasiun terkunci</source>
        <translation>Station locked</translation>
    </message>
    <message>
        <source>Pengawas atau teknisi membuka stasiun ini dengan kata sandi stasiun atau kredensial pengawas dari pusat.</source>
        <translation>The proctor or field IT opens this station with the station passphrase or a proctor credential from headquarters.</translation>
    </message>
    <message>
        <source>Stasiun: {station}</source>
        <translation>Station: {station}</translation>
    </message>
    <message>
        <source>Kata sandi atau kredensial pengawas</source>
        <translation>Passphrase or proctor credential</translation>
    </message>
    <message>
        <source>Diketik oleh pengawas atau teknisi, bukan oleh peserta.</source>
        <translation>Typed by the proctor or field IT, not by candidates.</translation>
    </message>
    <message>
        <source>Sesi ujian</source>
        <translation>Exam session</translation>
    </message>
    <message>
        <source>Buka stasiun</source>
        <translation>Open the station</translation>
    </message>
    <message>
        <source>Pilih sesi ini</source>
        <translation>Choose this session</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>tetap</source>
        <translation>unchanged</translation>
    </message>
</context>
</TS>
