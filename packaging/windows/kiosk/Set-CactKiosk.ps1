#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Turns this Windows 10/11 computer into a CACT Station candidate kiosk.

.DESCRIPTION
    Run as administrator, after CACT Station is installed and the station is
    set up in its data folder. Docs: docs/install.md (Indonesian and English).

    - Creates the local kiosk account if it is missing (a random password is
      printed once, or give -Password), a standard user in the groups Users
      and "CACT Station" (which may change the data folder).
    - Makes "cact-station.exe kiosk" the account's only program:
        ShellLauncher  (default; Windows 10/11 Enterprise, Education, IoT
                       Enterprise): Shell Launcher runs ROOT\cact-kiosk.cmd
                       instead of Explorer and starts it again whenever it
                       ends. The launcher reads ROOT\current, so offline
                       upgrades and rollbacks need no reconfiguration.
        AssignedAccess (Windows 10/11 Pro): see the note below.
    - Policies for the kiosk account only (its own registry hive, loaded from
      NTUSER.DAT when it is not signed in): no Task Manager, no lock, no
      password change, no sign-out, no Windows-key shortcuts, no Run dialog,
      no notification centre or toast notifications, no screen saver, and
      "All Removable Storage classes: Deny all access".
    - For the whole computer: no "Switch user"; a power plan "CACT Station"
      that never sleeps, hibernates or turns the display off (on mains and on
      battery) and ignores the power, sleep buttons and the lid; Remote
      Desktop and Remote Assistance off; Quick Assist removed if present.
    - Narrator, Magnifier, the on-screen keyboard and NVDA stay allowed:
      nothing here blocks them. Windows-key shortcuts are off in the kiosk
      account, so use -StartAtSignIn to have one start with the account, or
      the Accessibility button of the sign-in and Ctrl+Alt+Del screens.

    Undo-CactKiosk.ps1 reverses every step. Running this script again is
    harmless; -WhatIf shows what it would change.

    Note on -Mode AssignedAccess (Windows Pro). Set-AssignedAccess (the
    single-app kiosk cmdlet) accepts only Microsoft Store (UWP) apps, not a
    desktop program like cact-station.exe. For Pro this script therefore
    applies an Assigned Access "restricted user experience" XML through the
    MDM bridge (MDM_AssignedAccess, as SYSTEM): only cact-station.exe and the
    accessibility tools may run for the kiosk account, it starts
    automatically with "kiosk" at sign-in, and the taskbar is hidden. Limits:
    Windows does not restart it after a crash (restart the computer:
    Ctrl+Alt+Del, power button, Restart), the allowed paths name each
    installed version, so run this script again after an upgrade, and the
    Explorer shell still runs behind the kiosk window. Shell Launcher on
    Enterprise or Education is the better choice.

.PARAMETER KioskUser
    The local kiosk account (default cact-peserta).
.PARAMETER InstallRoot
    CACT Station's install root (default "C:\Program Files\CACT Station").
.PARAMETER DataDir
    The shared data folder (default: the machine variable CACT_STATION_DATA,
    else C:\ProgramData\CACT Station\data).
.PARAMETER Mode
    ShellLauncher (default) or AssignedAccess.
.PARAMETER Password
    Password for a new kiosk account (SecureString); a random one otherwise.
    For an existing account it resets the password.
.PARAMETER StartAtSignIn
    Assistive technology started when the kiosk account signs in: Narrator,
    Magnifier, NVDA (NVDA must be installed, not portable).

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File Set-CactKiosk.ps1
.EXAMPLE
    .\Set-CactKiosk.ps1 -Mode AssignedAccess -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidatePattern('^[A-Za-z0-9._-]{1,20}$')]
    [string]$KioskUser = 'cact-peserta',
    [string]$InstallRoot = (Join-Path $env:ProgramFiles 'CACT Station'),
    [string]$DataDir,
    [ValidateSet('ShellLauncher', 'AssignedAccess')]
    [string]$Mode = 'ShellLauncher',
    [System.Security.SecureString]$Password,
    [ValidateSet('Narrator', 'Magnifier', 'NVDA')]
    [string[]]$StartAtSignIn
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'CactKiosk-Common.ps1')

function New-RandomPassword {
    $alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
    $limit = [math]::Floor(256 / $alphabet.Length) * $alphabet.Length
    $random = [System.Security.Cryptography.RandomNumberGenerator]::Create()
    $byte = New-Object byte[] 1
    do {
        $chars = New-Object System.Text.StringBuilder
        while ($chars.Length -lt 16) {
            $random.GetBytes($byte)
            if ($byte[0] -lt $limit) { $null = $chars.Append($alphabet[$byte[0] % $alphabet.Length]) }
        }
        $text = $chars.ToString()
    } until ($text -cmatch '[A-Z]' -and $text -cmatch '[a-z]' -and $text -match '[0-9]')
    return $text
}

function Add-ToGroup([string]$GroupSid, [string]$GroupName, [string]$Member) {
    try {
        if ($GroupSid) { Add-LocalGroupMember -SID $GroupSid -Member $Member }
        else { Add-LocalGroupMember -Group $GroupName -Member $Member }
    }
    catch [Microsoft.PowerShell.Commands.MemberExistsException] {
        # already a member
    }
}

function Test-IsAdministrator([string]$Sid) {
    # Get-LocalGroupMember fails on groups holding unresolvable members; ADSI
    # is the fallback.
    try {
        return [bool](Get-LocalGroupMember -SID 'S-1-5-32-544' | Where-Object { $_.SID.Value -eq $Sid })
    }
    catch {
        $admins = (New-Object System.Security.Principal.SecurityIdentifier 'S-1-5-32-544').Translate([System.Security.Principal.NTAccount]).Value.Split('\')[-1]
        $group = [ADSI]"WinNT://$env:COMPUTERNAME/$admins,group"
        foreach ($member in @($group.psbase.Invoke('Members'))) {
            $bytes = $member.GetType().InvokeMember('objectSid', 'GetProperty', $null, $member, $null)
            if ((New-Object System.Security.Principal.SecurityIdentifier $bytes, 0).Value -eq $Sid) { return $true }
        }
        return $false
    }
}

# ------------------------------------------------------------------ checks
$InstallRoot = $InstallRoot.TrimEnd('\')
if (-not $DataDir) {
    $DataDir = [Environment]::GetEnvironmentVariable('CACT_STATION_DATA', 'Machine')
    if (-not $DataDir) { $DataDir = Join-Path $env:ProgramData 'CACT Station\data' }
}
$DataDir = $DataDir.TrimEnd('\')
$launcher = Join-Path $InstallRoot 'cact-kiosk.cmd'
$currentFile = Join-Path $InstallRoot 'current'
if (-not (Test-Path -LiteralPath $currentFile)) {
    throw "$currentFile is missing: install CACT Station first (or give -InstallRoot)."
}
$version = (Get-Content -LiteralPath $currentFile -TotalCount 1).Trim()
$program = Join-Path $InstallRoot "versions\$version\cact-station.exe"
if (-not (Test-Path -LiteralPath $program)) {
    throw "$program is missing: the version named in $currentFile is not installed."
}
if ($Mode -eq 'ShellLauncher' -and -not (Test-Path -LiteralPath $launcher)) {
    throw "$launcher is missing: install CACT Station again with its installer."
}
$edition = (Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion').EditionID

Write-Host "CACT Station kiosk: account $KioskUser, mode $Mode, version $version, Windows edition $edition"
Write-Host "  data folder: $DataDir"

$state = Read-KioskState
if (-not $state) {
    $state = [pscustomobject]@{
        KioskUser = $KioskUser; Sid = $null; Mode = $Mode; UserCreated = $false
        PreviousPowerScheme = $null; MachinePolicies = @(); QuickAssistRemoved = $false
    }
}
$previousMode = $state.Mode
$state.KioskUser = $KioskUser
$state.Mode = $Mode

# ------------------------------------------------------------------ the account
$printPassword = $null
$sid = Get-KioskSid $KioskUser
if (-not $sid) {
    if (-not $Password) {
        $printPassword = New-RandomPassword
        $Password = ConvertTo-SecureString $printPassword -AsPlainText -Force
    }
    if ($PSCmdlet.ShouldProcess($KioskUser, 'Create the local kiosk account')) {
        $null = New-LocalUser -Name $KioskUser -Password $Password -FullName 'CACT Station peserta' `
            -Description 'CACT Station candidate kiosk' -PasswordNeverExpires -UserMayNotChangePassword -AccountNeverExpires
        $sid = Get-KioskSid $KioskUser
        $state.UserCreated = $true
        Write-Step "account $KioskUser created"
    }
}
elseif ($Password -and $PSCmdlet.ShouldProcess($KioskUser, 'Reset the password')) {
    Set-LocalUser -Name $KioskUser -Password $Password
    Write-Step "password of $KioskUser reset"
}
if ($sid) {
    if (Test-IsAdministrator $sid) {
        throw "$KioskUser is an administrator. A kiosk account must be a standard user: remove it from Administrators or choose another -KioskUser."
    }
    $state.Sid = $sid
}

if ($sid -and $PSCmdlet.ShouldProcess("$KioskUser, group $script:StationGroup", 'Add the account to Users and to the CACT Station group')) {
    if (-not (Get-LocalGroup -Name $script:StationGroup -ErrorAction SilentlyContinue)) {
        $null = New-LocalGroup -Name $script:StationGroup -Description 'May change the CACT Station data folder'
        Write-Step "group $script:StationGroup created"
    }
    Add-ToGroup 'S-1-5-32-545' $null $KioskUser
    Add-ToGroup $null $script:StationGroup $KioskUser
    Write-Step "$KioskUser is in Users and $script:StationGroup"
}

if (-not (Test-Path -LiteralPath $DataDir)) {
    if ($PSCmdlet.ShouldProcess($DataDir, 'Create the data folder (SYSTEM, Administrators: full; CACT Station: modify)')) {
        $null = New-Item -ItemType Directory -Path $DataDir -Force
        $null = Invoke-Native icacls.exe @($DataDir, '/inheritance:r', '/grant:r', '*S-1-5-18:(OI)(CI)F', '*S-1-5-32-544:(OI)(CI)F', "${script:StationGroup}:(OI)(CI)M")
        Write-Step "data folder created: $DataDir"
    }
}
Write-Warning "The kiosk opens only a station that is already set up in $DataDir (station enroll, then station doctor --readiness)."

# ------------------------------------------------------------------ the kiosk account's policies
if ($sid -and $PSCmdlet.ShouldProcess("$KioskUser (its own registry hive)", 'Set the kiosk policies')) {
    $profilePath = Get-ProfilePath $sid
    if (-not $profilePath -or -not (Test-Path -LiteralPath (Join-Path $profilePath 'NTUSER.DAT'))) {
        $profilePath = New-KioskProfile $sid $KioskUser
        Write-Step "profile created: $profilePath"
    }
    $mount = Mount-KioskHive $sid $profilePath
    try {
        foreach ($policy in $script:UserPolicies) {
            Set-HiveValue $mount $policy
        }
        Write-Step 'policies: no Task Manager, lock, password change, sign-out, Windows-key shortcuts, Run, notifications, screen saver, removable storage'
        if ($StartAtSignIn) {
            $names = @{ Narrator = 'narrator'; Magnifier = 'magnifierpane'; NVDA = 'nvda_nvda_v1' }
            $list = ($StartAtSignIn | ForEach-Object { $names[$_] }) -join ','
            if ($StartAtSignIn -contains 'NVDA' -and -not (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Accessibility\ATs\nvda_nvda_v1')) {
                Write-Warning 'NVDA is not installed on this computer (a portable copy cannot start at sign-in).'
            }
            Set-HiveValue $mount @{ Key = 'Software\Microsoft\Windows NT\CurrentVersion\Accessibility'; Name = 'Configuration'; Type = 'REG_SZ'; Data = $list }
            Write-Step "starts at sign-in: $($StartAtSignIn -join ', ')"
        }
    }
    finally {
        Dismount-KioskHive $mount
    }
}

# ------------------------------------------------------------------ the kiosk program
# Switching modes: the other mode's configuration goes first.
if ($Mode -eq 'ShellLauncher' -and $previousMode -eq 'AssignedAccess' -and (Read-KioskState) -and
    $PSCmdlet.ShouldProcess('Assigned Access', 'Clear the earlier configuration')) {
    Set-AssignedAccessAsSystem ''
    Write-Step 'Assigned Access: earlier configuration cleared'
}
if ($Mode -eq 'AssignedAccess' -and $sid) {
    $earlierShell = $null
    try {
        $earlierShell = Get-CimInstance -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting' -ErrorAction Stop | Where-Object { $_.Sid -eq $sid }
    }
    catch {
        $earlierShell = $null # Shell Launcher is not installed
    }
    if ($earlierShell -and $PSCmdlet.ShouldProcess($KioskUser, 'Shell Launcher: remove the earlier custom shell')) {
        $null = Invoke-CimMethod -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting' -MethodName 'RemoveCustomShell' -Arguments @{ Sid = $sid }
        Write-Step 'Shell Launcher: earlier custom shell removed'
    }
}

if ($Mode -eq 'ShellLauncher') {
    if ($edition -notmatch 'Enterprise|Education' -or $edition -match '^Professional') {
        Write-Warning "Shell Launcher is licensed on Windows Enterprise, Education and IoT Enterprise only; this is $edition. On Pro use -Mode AssignedAccess."
    }
    $feature = Get-WindowsOptionalFeature -Online -FeatureName 'Client-EmbeddedShellLauncher' -ErrorAction SilentlyContinue
    if (-not $feature) {
        throw "Shell Launcher is not available on this Windows edition ($edition). It needs Windows 10/11 Enterprise, Education or IoT Enterprise; on Pro use -Mode AssignedAccess."
    }
    if ($feature.State -ne 'Enabled' -and $PSCmdlet.ShouldProcess('Shell Launcher', 'Turn on the Windows feature Client-EmbeddedShellLauncher')) {
        $result = Enable-WindowsOptionalFeature -Online -FeatureName 'Client-EmbeddedShellLauncher' -All -NoRestart
        Write-Step 'Windows feature Shell Launcher turned on'
        if ($result.RestartNeeded) {
            Write-Warning 'Windows needs a restart to finish turning on Shell Launcher. Restart, then run this script again.'
        }
    }
    # cmd.exe runs the launcher; Shell Launcher starts it again whenever it
    # ends (DefaultAction 0 = restart the shell).
    $shell = '"{0}" /d /c ""{1}" --data "{2}""' -f (Join-Path $env:SystemRoot 'System32\cmd.exe'), $launcher, $DataDir
    if ($sid -and $PSCmdlet.ShouldProcess($KioskUser, "Shell Launcher: shell = $shell")) {
        try {
            $null = Get-CimClass -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting'
        }
        catch {
            throw 'Shell Launcher is not ready yet (WESL_UserSetting is missing): restart Windows, then run this script again.'
        }
        $enabled = Invoke-CimMethod -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting' -MethodName 'SetEnabled' -Arguments @{ Enabled = $true }
        if ($enabled.ReturnValue -ne 0) { throw "Shell Launcher: SetEnabled returned $($enabled.ReturnValue)" }
        $existing = Get-CimInstance -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting' | Where-Object { $_.Sid -eq $sid }
        if ($existing) {
            $null = Invoke-CimMethod -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting' -MethodName 'RemoveCustomShell' -Arguments @{ Sid = $sid }
        }
        $set = Invoke-CimMethod -Namespace $script:ShellLauncherNamespace -ClassName 'WESL_UserSetting' -MethodName 'SetCustomShell' -Arguments @{ Sid = $sid; Shell = $shell; DefaultAction = [int]0 }
        if ($set.ReturnValue -ne 0) { throw "Shell Launcher: SetCustomShell returned $($set.ReturnValue)" }
        Write-Step "Shell Launcher: $KioskUser runs $launcher (restarted when it ends)"
    }
}
else {
    if ($edition -match 'Core') {
        throw "Assigned Access is not available on Windows Home ($edition)."
    }
    # Every installed version's cact-station.exe may run: an old shortcut's
    # version hands over to the one ROOT\current names.
    $allowed = New-Object System.Collections.Generic.List[string]
    foreach ($folder in Get-ChildItem -LiteralPath (Join-Path $InstallRoot 'versions') -Directory) {
        $exe = Join-Path $folder.FullName 'cact-station.exe'
        if ((Test-Path -LiteralPath $exe) -and $exe -ne $program) { $allowed.Add($exe) }
    }
    foreach ($tool in @('%windir%\System32\Narrator.exe', '%windir%\System32\Magnify.exe', '%windir%\System32\osk.exe')) {
        $allowed.Add($tool)
    }
    foreach ($nvda in @("${env:ProgramFiles(x86)}\NVDA\nvda.exe", "$env:ProgramFiles\NVDA\nvda.exe")) {
        if (Test-Path -LiteralPath $nvda) { $allowed.Add($nvda) }
    }
    $escape = { param($text) [System.Security.SecurityElement]::Escape($text) }
    $arguments = 'kiosk --data "{0}"' -f $DataDir
    $apps = New-Object System.Text.StringBuilder
    $null = $apps.AppendLine(('          <App DesktopAppPath="{0}" rs5:AutoLaunch="true" rs5:AutoLaunchArguments="{1}" />' -f (& $escape $program), (& $escape $arguments)))
    foreach ($path in $allowed) {
        $null = $apps.AppendLine(('          <App DesktopAppPath="{0}" />' -f (& $escape $path)))
    }
    $profileId = '{5C0FFEE0-CAC7-4C7A-9B1E-5CA7C0DE0002}'
    $xml = @"
<?xml version="1.0" encoding="utf-8"?>
<AssignedAccessConfiguration
    xmlns="http://schemas.microsoft.com/AssignedAccess/2017/config"
    xmlns:rs5="http://schemas.microsoft.com/AssignedAccess/201810/config">
  <Profiles>
    <Profile Id="$profileId">
      <AllAppsList>
        <AllowedApps>
$($apps.ToString().TrimEnd())
        </AllowedApps>
      </AllAppsList>
      <StartLayout><![CDATA[<LayoutModificationTemplate xmlns:defaultlayout="http://schemas.microsoft.com/Start/2014/FullDefaultLayout" xmlns:start="http://schemas.microsoft.com/Start/2014/StartLayout" Version="1" xmlns="http://schemas.microsoft.com/Start/2014/LayoutModification">
  <LayoutOptions StartTileGroupCellWidth="6" />
  <DefaultLayoutOverride>
    <StartLayoutCollection>
      <defaultlayout:StartLayout GroupCellWidth="6" />
    </StartLayoutCollection>
  </DefaultLayoutOverride>
</LayoutModificationTemplate>]]></StartLayout>
      <Taskbar ShowTaskbar="false" />
    </Profile>
  </Profiles>
  <Configs>
    <Config>
      <Account>$(& $escape $KioskUser)</Account>
      <DefaultProfile Id="$profileId" />
    </Config>
  </Configs>
</AssignedAccessConfiguration>
"@
    if ($PSCmdlet.ShouldProcess($KioskUser, 'Assigned Access: only CACT Station and the accessibility tools, started at sign-in')) {
        if (-not (Test-Path -LiteralPath $script:StateDir)) { $null = New-Item -ItemType Directory -Path $script:StateDir -Force }
        $xmlPath = Join-Path $script:StateDir 'assigned-access.xml'
        Set-Content -LiteralPath $xmlPath -Value $xml -Encoding UTF8
        Set-AssignedAccessAsSystem $xmlPath
        Write-Step "Assigned Access: $KioskUser starts $program kiosk at sign-in ($xmlPath)"
        Write-Warning 'Assigned Access names each version''s path: run this script again after every upgrade or rollback.'
    }
}

# ------------------------------------------------------------------ the whole computer
if ($PSCmdlet.ShouldProcess('this computer', 'No Switch user; Remote Desktop and Remote Assistance off')) {
    $recorded = @($state.MachinePolicies)
    foreach ($policy in $script:MachinePolicies) {
        $known = $recorded | Where-Object { $_.Key -eq $policy.Key -and $_.Name -eq $policy.Name }
        if (-not $known) {
            $before = Get-MachineValue $policy.Key $policy.Name
            $recorded += [pscustomobject]@{ Key = $policy.Key; Name = $policy.Name; Kind = $policy.Kind; Existed = ($null -ne $before); Value = $before }
        }
        Set-MachineValue $policy.Key $policy.Name $policy.Kind $policy.Value
    }
    $state.MachinePolicies = $recorded
    Write-Step 'no Switch user; Remote Desktop and Remote Assistance off'
}

if ($PSCmdlet.ShouldProcess('power plan "CACT Station"', 'Never sleep, hibernate or turn the display off; ignore power and sleep buttons and the lid')) {
    $active = Get-ActivePowerScheme
    if ($active -ne $script:PowerSchemeGuid -and -not $state.PreviousPowerScheme) {
        $state.PreviousPowerScheme = $active
    }
    if (-not (Test-PowerScheme $script:PowerSchemeGuid)) {
        $null = Invoke-Native powercfg.exe @('/duplicatescheme', 'SCHEME_CURRENT', $script:PowerSchemeGuid)
        $null = Invoke-Native powercfg.exe @('/changename', $script:PowerSchemeGuid, 'CACT Station', 'Ujian: tidak pernah tidur / exam: never sleeps')
    }
    # On battery too: a sitting goes on through a power cut. The critical
    # battery action is left as it is.
    $settings = @(
        @('SUB_SLEEP', 'STANDBYIDLE'), @('SUB_SLEEP', 'HIBERNATEIDLE'), @('SUB_VIDEO', 'VIDEOIDLE'),
        @('SUB_BUTTONS', 'PBUTTONACTION'), @('SUB_BUTTONS', 'SBUTTONACTION'), @('SUB_BUTTONS', 'LIDACTION')
    )
    foreach ($setting in $settings) {
        foreach ($which in @('/setacvalueindex', '/setdcvalueindex')) {
            $result = Invoke-Native powercfg.exe @($which, $script:PowerSchemeGuid, $setting[0], $setting[1], '0') -AllowFailure
            if ($result.ExitCode -ne 0) { Write-Warning "powercfg $which $($setting -join ' '): $($result.Output)" }
        }
    }
    $null = Invoke-Native powercfg.exe @('/setactive', $script:PowerSchemeGuid)
    Write-Step 'power plan "CACT Station" active: never sleeps; power and sleep buttons and the lid do nothing'
}

$quickAssist = @(Get-AppxPackage -AllUsers -Name 'MicrosoftCorporationII.QuickAssist' -ErrorAction SilentlyContinue)
$quickAssistProvisioned = @(Get-AppxProvisionedPackage -Online -ErrorAction SilentlyContinue | Where-Object { $_.DisplayName -eq 'MicrosoftCorporationII.QuickAssist' })
$quickAssistCapability = @(Get-WindowsCapability -Online -ErrorAction SilentlyContinue | Where-Object { $_.Name -like 'App.Support.QuickAssist*' -and $_.State -eq 'Installed' })
if (($quickAssist.Count + $quickAssistProvisioned.Count + $quickAssistCapability.Count) -gt 0 -and
    $PSCmdlet.ShouldProcess('Quick Assist', 'Remove (it can be installed again from the Microsoft Store)')) {
    foreach ($package in $quickAssist) { Remove-AppxPackage -Package $package.PackageFullName -AllUsers }
    foreach ($package in $quickAssistProvisioned) { $null = Remove-AppxProvisionedPackage -Online -PackageName $package.PackageName }
    foreach ($capability in $quickAssistCapability) { $null = Remove-WindowsCapability -Online -Name $capability.Name }
    $state.QuickAssistRemoved = $true
    Write-Step 'Quick Assist removed'
}

if (-not $WhatIfPreference) {
    Write-KioskState $state
}

Write-Host ''
if ($printPassword) {
    Write-Host "Password of $KioskUser (shown only now; write it down for the proctor): $printPassword" -ForegroundColor Yellow
}
Write-Host 'Done. Restart the computer, sign in as the kiosk account and check the list in docs/install.md.'
Write-Host 'Selesai. Nyalakan ulang komputer, masuk dengan akun kios, lalu periksa daftar di docs/install.md.'
