<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <source>Berkas kata sandi {file} tidak dapat dibaca atau kosong.</source>
        <translation>Passphrase file {file} cannot be read or is empty.</translation>
    </message>
    <message>
        <source>Tidak ada terminal untuk meminta kata sandi; pakai --passphrase-file.</source>
        <translation>No terminal to ask for the passphrase; use --passphrase-file.</translation>
    </message>
    <message>
        <source>Kata sandi stasiun: </source>
        <translation>Station passphrase: </translation>
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
        <source>Membuat ujian sintetis ukuran penuh (435 soal, 22 bagian, 100 gambar)…</source>
        <translation>Creating a full-size synthetic exam (435 items, 22 sections, 100 images)…</translation>
    </message>
    <message>
        <source>Folder {folder} sudah berisi data; pilih folder --out yang kosong.</source>
        <translation>Folder {folder} already contains data; choose an empty --out folder.</translation>
    </message>
    <message>
        <source>Jendela peserta belum tersedia di versi ini; alur dijalankan tanpa layar.</source>
        <translation>The candidate window is not available in this version yet; running the pipeline without a display.</translation>
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
        <source>5. Bundel hasil nomor {sequence} ditulis dan diperiksa: {file}</source>
        <translation>5. Result bundle number {sequence} written and verified: {file}</translation>
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
        <source>Kata sandi demo (BUKAN rahasia): stasiun {station}, HQ {hq}</source>
        <translation>Demo passphrases (NOT secret): station {station}, HQ {hq}</translation>
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
        <source>{station}  {enrolled}  {state}  {fingerprint}</source>
        <translation>{station}  {enrolled}  {state}  {fingerprint}</translation>
    </message>
    <message>
        <source>Paket {package} ditulis: {file} ({size} bita).</source>
        <translation>Package {package} written: {file} ({size} bytes).</translation>
    </message>
    <message>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Kode rilis dan kredensial pengawas ada di {folder}; cetak dan kirim terpisah dari paket.</source>
        <translation>Release codes and proctor credentials are in {folder}; print them and send them separately from the package.</translation>
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
        <source>Profil kompetensi ditulis: {file}</source>
        <translation>Competency profile written: {file}</translation>
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
        <source>folder HQ</source>
        <translation>HQ folder</translation>
    </message>
    <message>
        <source>baca kata sandi HQ dari baris pertama berkas ini</source>
        <translation>read the HQ passphrase from the first line of this file</translation>
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
        <source>tulis ulang berkas kepercayaan untuk stasiun</source>
        <translation>rewrite the trust file for stations</translation>
    </message>
    <message>
        <source>terbitkan sertifikat stasiun dari permintaannya</source>
        <translation>issue a station certificate from its enrollment request</translation>
    </message>
    <message>
        <source>cabut sertifikat stasiun</source>
        <translation>revoke a station certificate</translation>
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
        <source>paket ujian</source>
        <translation>exam package</translation>
    </message>
    <message>
        <source>buat paket .cactpkg dari sumber ujian</source>
        <translation>build a .cactpkg package from an exam source</translation>
    </message>
    <message>
        <source>terima bundel hasil dan tulis tanda terima</source>
        <translation>accept result bundles and write receipts</translation>
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
        <source>nama petugas untuk log akses (bawaan: pengguna sistem)</source>
        <translation>operator name for the access log (default: the system user)</translation>
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
        <source>cetak profil kompetensi seorang pegawai (PDF)</source>
        <translation>print one employee&apos;s competency profile (PDF)</translation>
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
        <source>jalankan peserta sintetis melalui ujian, tanpa layar</source>
        <translation>run synthetic candidates through the exam, without a display</translation>
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
        <source>Golongan/ruang tidak dikenal: {value!r} (contoh: III/a).</source>
        <translation>Unknown rank (golongan/ruang): {value!r} (example: III/a).</translation>
    </message>
    <message>
        <source>Golongan/ruang tidak ada: {value!r}.</source>
        <translation>No such rank (golongan/ruang): {value!r}.</translation>
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
        <source>harus berupa objek JSON</source>
        <translation>must be a JSON object</translation>
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
        <source>NIP {nip} terdaftar di sesi lain ({sessions}), bukan sesi ini.</source>
        <translation>NIP {nip} is registered for another session ({sessions}), not this one.</translation>
    </message>
    <message>
        <source>NIP {nip} tidak terdaftar sebagai peserta di stasiun ini.</source>
        <translation>NIP {nip} is not registered as a candidate on this station.</translation>
    </message>
    <message>
        <source>Peserta dengan NIP {nip} sudah menyelesaikan ujian di sesi ini.</source>
        <translation>The candidate with NIP {nip} has already finished an attempt in this session.</translation>
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
        <source>Token sesi {session}: {token} (terbaru sampai {until})</source>
        <translation>Session token of {session}: {token} (current until {until})</translation>
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
        <source>tulis bundel hasil .cactres untuk HQ</source>
        <translation>write a .cactres result bundle for HQ</translation>
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
        <source>Folder {folder} belum berisi HQ; jalankan &apos;station hq init&apos; dulu.</source>
        <translation>Folder {folder} does not contain an HQ yet; run &apos;station hq init&apos; first.</translation>
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
        <source>Segel dibuat stasiun {station} setelah sertifikatnya dicabut.</source>
        <translation>The seal was made by station {station} after its certificate was revoked.</translation>
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
        <source>Bundel {bundle} pernah diterima dengan isi lain; yang ini ditolak.</source>
        <translation>Bundle {bundle} was previously accepted with different content; this one is refused.</translation>
    </message>
    <message>
        <source>Stasiun {station} sudah mengirim bundel nomor {sequence} yang lain; nomor ini dipakai ulang.</source>
        <translation>Station {station} already sent a different bundle number {sequence}; this number has been reused.</translation>
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
        <source>Folder {folder} sudah berisi kunci HQ.</source>
        <translation>Folder {folder} already contains HQ keys.</translation>
    </message>
    <message>
        <source>HQ tidak mengenal stasiun {station}.</source>
        <translation>HQ does not know station {station}.</translation>
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
        <source>Tidak ada hasil baru untuk diekspor: semua ujian sudah diterima HQ.</source>
        <translation>No new results to export: all attempts have been acknowledged by HQ.</translation>
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
        <source>Selesai</source>
        <translation>Done</translation>
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
        <source>Basis data ini dibuat oleh versi CACT Station yang lebih baru (skema {found}, versi ini mengenal sampai {known}).</source>
        <translation>This database was made by a newer version of CACT Station (schema {found}; this version knows up to {known}).</translation>
    </message>
    <message>
        <source>Ujian {attempt} sedang terbuka di jendela lain pada stasiun ini.</source>
        <translation>Exam {attempt} is open in another window on this station.</translation>
    </message>
    <message>
        <source>Ujian peserta dengan NIP {nip} sedang terbuka di jendela lain pada stasiun ini.</source>
        <translation>The exam of the candidate with NIP {nip} is open in another window on this station.</translation>
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
        <source>Membuka stasiun…</source>
        <translation>Opening the station…</translation>
    </message>
    <message>
        <source>Belum ada sesi yang dibuka dengan kode rilis di stasiun ini.</source>
        <translation>No session on this station has been released with its release code yet.</translation>
    </message>
    <message>
        <source>Memeriksa ujian yang terputus…</source>
        <translation>Checking the interrupted exam…</translation>
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
        <source>Isi NIP dan token sesi.</source>
        <translation>Enter your NIP and the session token.</translation>
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
        <source>Berikutnya (N) ▶</source>
        <translation>Next (N) ▶</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tersimpan ✓ {time}</source>
        <translation>Saved ✓ {time}</translation>
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
        <source>Bagian “{title}” sudah terkirim. Anda boleh beristirahat sejenak: waktu bagian berikutnya baru berjalan setelah Anda menekan Mulai.</source>
        <translation>Section “{title}” has been submitted. You may take a short break: the next section&apos;s time only starts when you press Start.</translation>
    </message>
    <message>
        <source>Waktu ujian habis; semua jawaban yang tersimpan telah dikirim.</source>
        <translation>Exam time is up; every saved answer has been submitted.</translation>
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
        <source>Sisa waktu bagian ini {minutes} menit.</source>
        <translation>{minutes} minutes left in this section.</translation>
    </message>
    <message>
        <source>Waktu bagian “{title}” habis. Semua jawaban Anda sudah tersimpan dan bagian ini dikirim otomatis.</source>
        <translation>Time is up for section “{title}”. All your answers are saved and the section was submitted automatically.</translation>
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
    <message>
        <source>Memeriksa kredensial pengawas…</source>
        <translation>Checking the proctor credential…</translation>
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
        <source>Kode bukti</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <source>Kode bukti {code}</source>
        <translation>Receipt code {code}</translation>
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
        <source>Catat kode bukti ini atau potret kode QR-nya. Dengan kode ini Anda dapat memeriksa di pusat bahwa jawaban yang dinilai sama persis dengan yang Anda kirim.</source>
        <translation>Write down this receipt code or photograph its QR code. With it you can check at headquarters that the answers scored are exactly the ones you submitted.</translation>
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
</TS>
