#Requires -Version 5.1
<#
.SYNOPSIS
    Signs every .exe, .dll and .pyd of the PyInstaller build before the
    installer is compiled.

.DESCRIPTION
    Why: antivirus programs and Microsoft Defender SmartScreen distrust
    unsigned PyInstaller builds. The bootloader that unpacks Python is the
    same in much malware, so unsigned builds are often quarantined or blocked
    with "Windows protected your PC", and test centres have no internet to
    appeal. Signing the executables and every DLL and Python extension module
    with the organisation's code-signing certificate, with an RFC 3161
    timestamp (so the signatures stay valid after the certificate expires),
    lets them recognise the publisher. The installer itself and its
    uninstaller are signed by Inno Setup's SignTool (cact-station.iss).

    Files that already carry a valid signature (Qt's, Microsoft's runtime
    DLLs) are left alone.

    Needs signtool.exe from the Windows SDK on the PATH, or -SignTool.

.PARAMETER BuildDir
    The one-folder build (default: dist\cact-station beside the repository root).
.PARAMETER CertificateFile
    A .pfx file with the code-signing certificate; the password is asked for
    (or give -CertificatePassword).
.PARAMETER Thumbprint
    SHA-1 thumbprint of a certificate in the Windows certificate store
    (a hardware token or the user's "Personal" store), instead of a .pfx.
.PARAMETER TimestampUrl
    RFC 3161 timestamp server (default http://timestamp.digicert.com).

.EXAMPLE
    .\packaging\windows\sign-build.ps1 -Thumbprint 0123456789ABCDEF0123456789ABCDEF01234567
.EXAMPLE
    .\packaging\windows\sign-build.ps1 -BuildDir dist\cact-station -CertificateFile C:\keys\cact.pfx
#>
[CmdletBinding(DefaultParameterSetName = 'Thumbprint')]
param(
    [string]$BuildDir = (Join-Path $PSScriptRoot '..\..\dist\cact-station'),
    [Parameter(Mandatory = $true, ParameterSetName = 'File')]
    [string]$CertificateFile,
    [Parameter(ParameterSetName = 'File')]
    [System.Security.SecureString]$CertificatePassword,
    [Parameter(Mandatory = $true, ParameterSetName = 'Thumbprint')]
    [ValidatePattern('^[0-9A-Fa-f]{40}$')]
    [string]$Thumbprint,
    [string]$TimestampUrl = 'http://timestamp.digicert.com',
    [string]$SignTool = 'signtool.exe'
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

$BuildDir = (Resolve-Path -LiteralPath $BuildDir).Path
if (-not (Get-Command $SignTool -ErrorAction SilentlyContinue)) {
    throw "$SignTool not found: install the Windows SDK (Signing Tools) or give -SignTool with its full path."
}

$common = @('sign', '/fd', 'sha256', '/tr', $TimestampUrl, '/td', 'sha256')
if ($PSCmdlet.ParameterSetName -eq 'File') {
    if (-not $CertificatePassword) {
        $CertificatePassword = Read-Host -AsSecureString "Password of $CertificateFile"
    }
    $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR([Runtime.InteropServices.Marshal]::SecureStringToBSTR($CertificatePassword))
    $common += @('/f', (Resolve-Path -LiteralPath $CertificateFile).Path, '/p', $plain)
}
else {
    $common += @('/sha1', $Thumbprint.ToUpperInvariant())
}

$files = Get-ChildItem -LiteralPath $BuildDir -Recurse -File |
    Where-Object { @('.exe', '.dll', '.pyd') -contains $_.Extension.ToLowerInvariant() }
$toSign = @($files | Where-Object { (Get-AuthenticodeSignature -LiteralPath $_.FullName).Status -ne 'Valid' } |
        ForEach-Object { $_.FullName })
Write-Host ('{0} files in {1}; {2} to sign, {3} already signed' -f @($files).Count, $BuildDir, $toSign.Count, (@($files).Count - $toSign.Count))

# signtool takes many files at once; batches keep the command line short.
$batch = 50
for ($start = 0; $start -lt $toSign.Count; $start += $batch) {
    $end = [Math]::Min($start + $batch, $toSign.Count) - 1
    $arguments = $common + @($toSign[$start..$end])
    & $SignTool @arguments
    if ($LASTEXITCODE -ne 0) { throw "signtool failed ($LASTEXITCODE)" }
}

$bad = @($files | Where-Object { (Get-AuthenticodeSignature -LiteralPath $_.FullName).Status -ne 'Valid' })
if ($bad.Count -gt 0) {
    $bad | ForEach-Object { Write-Warning "not validly signed: $($_.FullName)" }
    throw "$($bad.Count) files are not validly signed."
}
Write-Host 'Every .exe, .dll and .pyd is signed. Next: iscc with /DSignTool=signtool (see cact-station.iss).'
